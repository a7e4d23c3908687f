/**
 * Where the elements with a given class start and end in a page's HTML, found by htmlparser2's streaming
 * tokenizer without building a tree. A step that rewrites only part of every built page (phone links in its
 * "prose" blocks) can then parse and write just those parts, about 8% of a page's markup: a full HTML parser takes
 * several milliseconds to read and write a whole page, and a site with 10,000 items has thousands of pages.
 *
 * htmlparser2 is not the HTML standard's tree builder: where markup is not as Astro writes it (an end tag closing
 * an element other than the one open, an element still open when the page ends, a raw-text element htmlparser2
 * reads as markup, a class written with a character reference, which is read undecoded for speed), the two could
 * disagree. Then it answers `undefined`, so the caller can fall back to a full
 * parser and get the same result more slowly. Elements inside a <template> are skipped: hast keeps them out of the
 * tree.
 */
import { Parser } from 'htmlparser2';

/** Where one element is in a page's HTML: from the `<` of its start tag to just after the `>` of its end tag. */
export interface Extent {
  start: number;
  end: number;
}

/**
 * Raw-text elements htmlparser2 reads as markup, unlike a browser (it reads <script>, <style>, <title> and
 * <textarea> as text): a page with one is left to the full parser.
 */
const RAW_TEXT_READ_AS_MARKUP = new Set(['xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Elements with no content and no end tag: htmlparser2 closes them as it opens them. */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Whether a class attribute's value lists `className`; one with a character reference is left to the full parser. */
function listsClass(classes: string | undefined, className: string): boolean {
  if (classes === undefined || !classes.includes(className.slice(1))) return false;
  if (classes.includes('&')) throw new NotAsAstroWritesIt();
  return classes.split(/[\t\n\f\r ]+/).includes(className);
}

/** Thrown inside the parser's callbacks to stop reading a page only the full parser can be sure of. */
class NotAsAstroWritesIt extends Error {}

/**
 * Where each outermost element whose class list includes `className` is, in page order (an element with the class
 * inside another is part of the outer one's extent); `undefined` when the markup is not as Astro writes it (see
 * the top of this file) and only a full parser can say.
 */
export function outermostElementsWithClass(html: string, className: string): Extent[] | undefined {
  const extents: Extent[] = [];
  // Inside an element with the class: where it starts, and how many elements are open in it (itself included).
  let starts = -1;
  let depth = 0;
  // Outside one: how many <template> elements are open, whose contents hast leaves out of the tree.
  let templates = 0;
  /** Whether the tag just read is `<name …/>`: in SVG and MathML that closes the element it opens. */
  const selfClosed = (name: string) =>
    html.startsWith('/>', parser.endIndex - 1) &&
    html.slice(parser.startIndex + 1, parser.startIndex + 1 + name.length).toLowerCase() === name;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (RAW_TEXT_READ_AS_MARKUP.has(name)) throw new NotAsAstroWritesIt();
        if (starts >= 0) {
          depth += 1;
        } else if (name === 'template') {
          templates += 1;
        } else if (templates === 0 && listsClass(attributes['class'], className)) {
          starts = parser.startIndex;
          depth = 1;
        }
      },
      onclosetag(name, isImplied) {
        // An element closed by another's start or end tag, or by the end of the page: the full parser decides.
        if (isImplied && starts >= 0 && !VOID.has(name) && !selfClosed(name)) throw new NotAsAstroWritesIt();
        if (starts >= 0) {
          depth -= 1;
          if (depth === 0) {
            // A void element (<img class="prose">) has no content to rewrite.
            if (!VOID.has(name)) extents.push({ start: starts, end: parser.endIndex + 1 });
            starts = -1;
          }
        } else if (name === 'template' && templates > 0) {
          templates -= 1;
        }
      },
    },
    // Text is never needed, only the class attribute: a class written with `&` is left to the full parser.
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (error instanceof NotAsAstroWritesIt) return undefined;
    throw error;
  }
  return starts < 0 ? extents : undefined;
}
