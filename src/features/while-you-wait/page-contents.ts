/**
 * The contents list at the top of /while-you-wait/, a page tens of
 * thousands of pixels tall on a phone: a link to each section's heading, in
 * the page's order. The sections are the page's own (the level-2 headings in
 * its Markdown, whose ids Astro makes from their words) followed by those
 * the route adds (exercises, the support plan, the resources), each with a
 * fixed id.
 */

/** A heading as Astro's render() lists them for a Markdown entry. */
export interface MarkdownHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One line of the contents list: the heading's words and the id it links to. */
export interface ContentsEntry {
  id: string;
  text: string;
}

/**
 * The contents: the Markdown's level-2 headings, then the route's own sections, skipping any without an id or
 * words, and any id already listed (a link can only lead to one place).
 */
export function pageContents(
  headings: readonly MarkdownHeading[],
  routeSections: readonly ContentsEntry[] = [],
): ContentsEntry[] {
  const fromMarkdown = headings
    .filter((heading) => heading.depth === 2)
    .map((heading) => ({ id: heading.slug, text: heading.text.trim() }));
  const seen = new Set<string>();
  return [...fromMarkdown, ...routeSections].filter((entry) => {
    if (!entry.id || !entry.text || seen.has(entry.id)) return false;
    seen.add(entry.id);
    return true;
  });
}
