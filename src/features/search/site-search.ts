/**
 * What the header's search box asks for. It is an ordinary form, so a
 * search arrives as /search/?q=…; the words must then leave the address,
 * so they stay out of the tab's history.
 */

/** The words searched for, and the address without them (undefined when it had none to take out). */
export function searchFromAddress(href: string): { query: string; withoutQuery: string | undefined } {
  const url = new URL(href);
  const query = url.searchParams.get('q')?.trim() ?? '';
  if (!url.searchParams.has('q')) return { query, withoutQuery: undefined };
  url.searchParams.delete('q');
  return { query, withoutQuery: url.href };
}
