/**
 * Where the elements with a given class start and end in a page's HTML, found by reading its tags in order without
 * building a tree. A step that rewrites only part of every built page (phone links in its "prose" blocks) can then
 * parse and write just those parts, about 8% of a page's markup: a full HTML parser takes several milliseconds to
 * read and write a whole page, and a site with 10,000 items has thousands of pages.
 *
 * It reads HTML as Astro writes it: every element closed, in order, and text escaped, so `<` only starts a tag,
 * a comment or a doctype. It skips comments and what the HTML parser reads as text (the inside of <script>,
 * <style>, <textarea>, <title> …), and elements inside a <template>, which hast keeps out of the tree.
 * Anything it cannot be sure of (an end tag that does not close the element open at that point, an element or
 * comment still open when the page ends, a class attribute with a character reference in it) makes it answer
 * `undefined`, so the caller can fall back to a full parser and get the same result more slowly.
 */

/** Where one element is in a page's HTML: from the `<` of its start tag to just after the `>` of its end tag. */
export interface Extent {
  start: number;
  end: number;
}

/** Elements with no content and no end tag. */
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

/**
 * Elements whose content the HTML parser reads as text up to their end tag, tags and all. Not <noscript>:
 * hast-util-from-html parses with scripting off, which reads its content as markup.
 */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/** SVG and MathML, where `<x/>` closes the element it opens (in HTML the slash means nothing). */
const FOREIGN = new Set(['svg', 'math']);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** The first class attribute's value, as written. */
  classes: string | undefined;
  /** Where the tag ends: just after its `>`. */
  after: number;
}

// Character codes the tags are read by (comparing codes is several times faster than comparing one-letter strings).
const TAB = 9;
const LINE_FEED = 10;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const SLASH = 47;
const EQUALS = 61;
const GREATER_THAN = 62;

/** HTML's white space: tab, line feed, form feed, carriage return and space. */
function isSpace(code: number): boolean {
  return code === SPACE || code === LINE_FEED || code === TAB || code === CARRIAGE_RETURN || code === FORM_FEED;
}

/** Whether a tag or attribute name goes on past this character (NaN, past the end of the page, stops it too). */
function continuesName(code: number): boolean {
  return code === code && code !== SLASH && code !== GREATER_THAN && !isSpace(code);
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z'));
}

/** Whether the attribute name from `start` to `end` is "class", in any case. */
function isClass(html: string, start: number, end: number): boolean {
  return end - start === 5 && html.slice(start, end).toLowerCase() === 'class';
}

/**
 * The start or end tag at `at` (a `<` followed by a letter, or `</` and a letter), read as the HTML tokenizer
 * reads it: attribute values in quotes may hold `>`. `null` when the page ends inside the tag.
 */
function readTag(html: string, at: number): Tag | null {
  const closing = html.charCodeAt(at + 1) === SLASH;
  let i = at + (closing ? 2 : 1);
  const nameStarts = i;
  while (continuesName(html.charCodeAt(i))) i += 1;
  const name = html.slice(nameStarts, i).toLowerCase();
  let classes: string | undefined;
  let selfClosing = false;
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === GREATER_THAN) return { name, closing, selfClosing, classes, after: i + 1 };
    if (isSpace(code)) {
      i += 1;
      continue;
    }
    if (code === SLASH) {
      i += 1;
      selfClosing = html.charCodeAt(i) === GREATER_THAN;
      continue;
    }
    // An attribute: its name (which may start with "="), then perhaps "=" and a value.
    const attributeStarts = i;
    i += 1;
    while (continuesName(html.charCodeAt(i)) && html.charCodeAt(i) !== EQUALS) i += 1;
    const attributeEnds = i;
    while (isSpace(html.charCodeAt(i))) i += 1;
    if (html.charCodeAt(i) !== EQUALS) continue;
    i += 1;
    while (isSpace(html.charCodeAt(i))) i += 1;
    const quote = html.charCodeAt(i);
    let valueStarts: number;
    let valueEnds: number;
    if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
      valueStarts = i + 1;
      valueEnds = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", valueStarts);
      if (valueEnds < 0) return null;
      i = valueEnds + 1;
    } else {
      valueStarts = i;
      while (i < html.length && html.charCodeAt(i) !== GREATER_THAN && !isSpace(html.charCodeAt(i))) i += 1;
      valueEnds = i;
    }
    // The parser keeps the first of two attributes with the same name.
    if (classes === undefined && isClass(html, attributeStarts, attributeEnds)) {
      classes = html.slice(valueStarts, valueEnds);
    }
  }
  return null;
}

/** Whether a class attribute's value lists `className`; `undefined` when it has a character reference in it. */
function listsClass(classes: string | undefined, className: string): boolean | undefined {
  if (classes === undefined || !classes.includes(className)) return false;
  if (classes.includes('&')) return undefined;
  return classes.split(/[\t\n\f\r ]+/).includes(className);
}

/** The end tag of each raw text element: its name, in any case, then white space, "/" or ">". */
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')]));

/** Where the end tag closing a raw text element `name` ends, looking from `from`; -1 when the page ends first. */
function endOfRawText(html: string, name: string, from: number): number {
  const endTag = RAW_TEXT_END.get(name)!;
  endTag.lastIndex = from;
  const found = endTag.exec(html);
  if (!found) return -1;
  const tag = readTag(html, found.index);
  return tag ? tag.after : -1;
}

/**
 * Where a comment, doctype or other markup declaration starting at `at` (`<!` or `<?`) ends, or -1 when the page
 * ends inside it. Comments end at `-->` (or `--!>`, or straight away as `<!-->` and `<!--->`); CDATA sections, only
 * in SVG and MathML, at `]]>`; the rest at the first `>`.
 */
function endOfDeclaration(html: string, at: number, foreign: boolean): number {
  if (html.startsWith('<!--', at)) {
    if (html.startsWith('>', at + 4)) return at + 5;
    if (html.startsWith('->', at + 4)) return at + 6;
    const commentEnd = /--!?>/g;
    commentEnd.lastIndex = at + 4;
    const found = commentEnd.exec(html);
    return found ? found.index + found[0].length : -1;
  }
  if (foreign && html.startsWith('<![CDATA[', at)) {
    const ends = html.indexOf(']]>', at + 9);
    return ends < 0 ? -1 : ends + 3;
  }
  const ends = html.indexOf('>', at + 2);
  return ends < 0 ? -1 : ends + 1;
}

/**
 * Where each outermost element whose class list includes `className` is, in page order (an element with the class
 * inside another is part of the outer one's extent); `undefined` when the markup is not as Astro writes it (see
 * the top of this file) and only a full parser can say.
 */
export function outermostElementsWithClass(html: string, className: string): Extent[] | undefined {
  const extents: Extent[] = [];
  // Inside an element with the class: where it starts, and the elements open in it (its own name first).
  let starts = -1;
  const open: string[] = [];
  // Outside one: how many <template> elements are open, whose contents hast leaves out of the tree.
  let templates = 0;
  // How many <svg> and <math> elements are open.
  let foreign = 0;
  let i = 0;
  for (;;) {
    const at = html.indexOf('<', i);
    if (at < 0) break;
    const next = html[at + 1];
    if (next === '!' || next === '?') {
      i = endOfDeclaration(html, at, foreign > 0);
      if (i < 0) return undefined;
      continue;
    }
    if (next === '/' && html[at + 2] === '>') {
      // "</>" is dropped by the parser.
      i = at + 3;
      continue;
    }
    if (next === '/' && !isLetter(html[at + 2])) {
      // "</" and anything but a letter starts a comment that ends at the next ">".
      const ends = html.indexOf('>', at + 2);
      if (ends < 0) return undefined;
      i = ends + 1;
      continue;
    }
    if (next !== '/' && !isLetter(next)) {
      i = at + 1;
      continue;
    }
    const tag = readTag(html, at);
    if (!tag) return undefined;
    i = tag.after;
    const { name } = tag;

    if (tag.closing) {
      if (starts >= 0) {
        if (open.at(-1) !== name) return undefined;
        open.pop();
        if (open.length === 0) {
          extents.push({ start: starts, end: i });
          starts = -1;
        }
      } else if (name === 'template' && templates > 0) {
        templates -= 1;
      }
      if (FOREIGN.has(name) && foreign > 0) foreign -= 1;
      continue;
    }

    const empty = VOID.has(name) || (tag.selfClosing && (foreign > 0 || FOREIGN.has(name)));
    const rawText = !empty && foreign === 0 && RAW_TEXT.has(name);
    if (rawText) {
      i = endOfRawText(html, name, i);
      if (i < 0) return undefined;
    }
    if (starts < 0) {
      const hasClass = templates === 0 ? listsClass(tag.classes, className) : false;
      if (hasClass === undefined) return undefined;
      if (hasClass && rawText) {
        extents.push({ start: at, end: i });
      } else if (hasClass && !empty) {
        starts = at;
        open.push(name);
      } else if (name === 'template' && !empty) {
        templates += 1;
      }
    } else if (!empty && !rawText) {
      open.push(name);
    }
    if (FOREIGN.has(name) && !empty) foreign += 1;
  }
  return starts < 0 ? extents : undefined;
}
