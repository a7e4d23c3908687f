/**
 * The decisions behind an Easy Read page, plain and tested without a browser:
 * the words about printing, and web addresses in a point made into links.
 * The checks on the writing are in writing-checks.ts.
 */

/** "You can print this page. It prints on 4 pages." */
export function printNote(printedPages: number): string {
  return `You can print this page. It prints on ${printedPages} ${printedPages === 1 ? 'page' : 'pages'}.`;
}

/**
 * How to print, in words: a Print button would need JavaScript, and every
 * browser has Print in its menu.
 */
export const PRINT_HINT = [
  'Open the menu of your web browser. Then choose Print.',
  'On some phones, choose Share first.',
  'On a computer, you can also press the Control key and P together.',
] as const;

export type TextPart = { text: string } | { text: string; href: string };

/**
 * A point's words, with each address on this site ("www.victims-first.org.uk/refer")
 * made a link to that page. Phone numbers are linked after the build, like on every page.
 */
export function textParts(text: string, siteUrl: string): TextPart[] {
  const host = new URL(siteUrl).host.replace(/^www\./, '');
  const address = new RegExp(
    `\\b(?:https?://)?(?:www\\.)?${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[\\w\\-/]*)?(?<![.,])`,
    'g',
  );
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(address)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at) });
    const path = (match[1] ?? '/').replace(/\/?$/, '/');
    parts.push({ text: match[0], href: path });
    last = at + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}
