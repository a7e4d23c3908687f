/**
 * A line break between blocks that the built HTML runs together. Astro writes
 * "…how to get it</dd><dt>Kinds of support…" with nothing between the tags;
 * a browser shows them on separate lines, but the site search reads the text
 * as "itKinds of support", and its excerpts and matches run words together.
 * A newline between block elements changes nothing a visitor sees (white space
 * between blocks is not drawn; between inline list items in a flex row it is
 * ignored), so it is added after the build, before the search indexes it.
 */

/** Closing tags of blocks whose text is read on its own line. */
const BLOCK_END = /(<\/(?:p|li|dt|dd|h[1-6]|td|th|caption|figcaption|blockquote)>)(?=<)/g;

/** The page with a newline after each block that is followed straight away by another tag. */
export function withBlockBreaks(html: string): string {
  return html.replace(BLOCK_END, '$1\n');
}
