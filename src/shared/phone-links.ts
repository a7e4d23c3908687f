/**
 * Phone numbers in content become links that call them, so a distressed
 * person on a phone can tap "0808 2000 247" instead of copying it. Writers
 * type numbers as people read them; after each build,
 * src/integrations/phone-links.ts runs this over the written content of
 * every page (the "prose" blocks). It finds UK numbers starting with 0,
 * "116 123", short numbers such as 999, 101, 111 and 159 where the words
 * around them say to call them (in any of the site's languages), and numbers
 * to text ("text SHOUT to 85258" becomes an sms: link that fills in SHOUT),
 * outside links, headings and code.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visitParents } from 'unist-util-visit-parents';
import { replaceText, type TextContext } from './content-text.ts';
import { outermostElementsWithClass } from './elements-with-class.ts';
import { smsHref, telHref } from './phone.ts';

/**
 * A UK number starting with 0 in groups (8 to 11 digits: 0800 1111,
 * 0300 1234 148, 08000 121 700), or 116 and three digits (116 123): numbers
 * no one writes for anything but a phone.
 */
const LONG_NUMBER = /(?<![\d\w])(?:0\d{2,4}(?: \d{3,4}){1,2}|116 \d{3})(?![\d\w])/gu;

/**
 * Short numbers (999, 101, 111, 159 …) and text numbers (85258) are linked
 * only where the words around them say to call or text them, so "18001 101",
 * "room 101", "999 BSL" and "within 999 days" are left alone.
 */
const SHORT_NUMBER = /(?<![\d\w])(?:999|112|101|111|105|159|\d{5})(?![\d\w])/gu;

/**
 * The words that say "call this number" in each of the site's languages, as
 * regular-expression pieces: `before` the number (English "call 999", Polish
 * "zadzwoń pod numer 999") or `after` it, where a language puts the verb last
 * (Urdu "999 پر کال کریں"). English also covers "call free on", "call the
 * police on", "call NHS 111" and a second number after "or" ("call 999, or
 * 101"). A language added to the site needs its words here: a test fails
 * until it has them.
 */
export const CALL_WORDS: Readonly<Record<string, { before?: readonly string[]; after?: readonly string[] }>> = {
  en: {
    before: [
      '\\b(?:call|calling|dial|dialling|ring|phone)(?: free)?(?: (?:the police|the hub|us|them|NHS))?(?: on)?',
      '\\b(?:call|dial|ring|phone)\\b[^.!?]{0,40}? or',
    ],
  },
  pl: { before: ['(?:zadzwoń|dzwoń) (?:pod|na)(?: numer)?'] },
  ro: { before: ['sunați la', 'sună la'] },
  ar: { before: ['اتصل(?: بالرقم| على الرقم| على)?'] },
  ur: { after: ['پر کال'] },
  pa: { after: ['ਉੱਤੇ ਫ਼ੋਨ', '’ਤੇ ਫ਼ੋਨ', 'ਤੇ ਫ਼ੋਨ'] },
};

// Every language's words at once: a page in one language often quotes another's (English names, numbers).
const CALL_BEFORE = new RegExp(
  `(?:${Object.values(CALL_WORDS)
    .flatMap((words) => words.before ?? [])
    .join('|')}) $`,
  'iu',
);
const CALL_AFTER = new RegExp(
  `^ (?:${Object.values(CALL_WORDS)
    .flatMap((words) => words.after ?? [])
    .join('|')})`,
  'u',
);

/**
 * Words just before a number that mean "text it", with the word to send when
 * there is one: "text SHOUT to 85258", "text the word register to 999",
 * "text 999", "send a text to 999".
 */
const TEXT_BEFORE =
  /(?:\b(?:text|texting)(?: the word)? ["“”]?(?<word>\p{L}+)["“”]? to|\b(?:text|texting)|\b(?:a|your) text(?: message)? to|\btext message to) $/iu;

function digits(text: string): number {
  return text.replace(/\D/g, '').length;
}

interface NumberLink {
  at: number;
  number: string;
  href: string;
}

/** Where in `text` there are numbers to call or text, and the link for each. */
export function phoneNumbersIn(text: string, context: TextContext = { before: '', after: '' }): NumberLink[] {
  const links: NumberLink[] = [];
  for (const match of text.matchAll(LONG_NUMBER)) {
    const number = match[0];
    if (number.startsWith('0') && (digits(number) < 8 || digits(number) > 11)) continue;
    links.push({ at: match.index, number, href: telHref(number) });
  }
  for (const match of text.matchAll(SHORT_NUMBER)) {
    const number = match[0];
    const at = match.index;
    if (links.some((link) => at < link.at + link.number.length && link.at < at + number.length)) continue;
    const before = `${context.before}${text.slice(0, at)}`.replace(/\s+/g, ' ');
    const after = `${text.slice(at + number.length)}${context.after}`.replace(/\s+/g, ' ');
    const texted = TEXT_BEFORE.exec(before);
    if (texted) {
      const word = texted.groups?.['word'];
      links.push({ at, number, href: `${smsHref(number)}${word ? `?body=${encodeURIComponent(word)}` : ''}` });
    } else if (number.length <= 3 && (CALL_BEFORE.test(before) || CALL_AFTER.test(after))) {
      links.push({ at, number, href: telHref(number) });
    }
  }
  return links.sort((a, b) => a.at - b.at);
}

/** The text split into plain text and links that call or text its numbers. */
export function splitPhoneNumbers(text: string, context?: TextContext): ElementContent[] {
  const pieces: ElementContent[] = [];
  let last = 0;
  for (const { at, number, href } of phoneNumbersIn(text, context)) {
    if (at > last) pieces.push({ type: 'text', value: text.slice(last, at) });
    pieces.push({
      type: 'element',
      tagName: 'a',
      properties: { href },
      children: [{ type: 'text', value: number }],
    } satisfies Element);
    last = at + number.length;
  }
  if (last === 0) return [{ type: 'text', value: text }];
  if (last < text.length) pieces.push({ type: 'text', value: text.slice(last) });
  return pieces;
}

/** Link the numbers in a tree; returns how many stretches of text now hold a link. */
export function linkPhoneNumbers(tree: Root): number {
  return replaceText(tree, (text, context) => {
    const pieces = splitPhoneNumbers(text, context);
    return pieces.length === 1 && pieces[0]?.type === 'text' ? undefined : pieces;
  });
}

/**
 * Link the numbers in the content blocks ("prose") of a whole page; undefined when there was nothing to link. Only
 * the blocks are parsed and written again (`outermostElementsWithClass` finds them in the text), and only those
 * with a number in them: every other byte of the page stays as Astro wrote it. A page whose markup it cannot
 * read is parsed whole, as before, and `readWhole` (if given) is told.
 */
export function linkPhoneNumbersInPage(html: string, readWhole?: () => void): string | undefined {
  if (!mayHaveNumbersToLink(html)) return undefined;
  const blocks = outermostElementsWithClass(html, 'prose');
  if (!blocks) {
    readWhole?.();
    return linkPhoneNumbersInWholePage(html);
  }
  const pieces: string[] = [];
  let last = 0;
  for (const { start, end } of blocks) {
    const block = html.slice(start, end);
    if (!textMayHaveNumbers(block)) continue;
    const tree = fromHtml(block, { fragment: true });
    if (!linkPhoneNumbersInProse(tree)) continue;
    pieces.push(html.slice(last, start), toHtml(tree));
    last = end;
  }
  if (pieces.length === 0) return undefined;
  pieces.push(html.slice(last));
  return pieces.join('');
}

/** Link the numbers in a page parsed whole: slower, for markup `outermostElementsWithClass` cannot read. */
function linkPhoneNumbersInWholePage(html: string): string | undefined {
  const tree = fromHtml(html);
  return linkPhoneNumbersInProse(tree) ? toHtml(tree) : undefined;
}

/** Link the numbers in each prose element of a tree (a prose block inside another, too); whether any were. */
function linkPhoneNumbersInProse(tree: Root): boolean {
  let changed = false;
  visitParents(tree, 'element', (node) => {
    const classes = node.properties['className'];
    if (!Array.isArray(classes) || !classes.includes('prose')) return;
    if (linkPhoneNumbers({ type: 'root', children: node.children as Root['children'] } as Root) > 0) changed = true;
  });
  return changed;
}

/**
 * Whether a built page may have a number to link, found without parsing it or finding its prose blocks: many pages
 * have nothing to link. Looks at the text from the first prose block to the end of <main> (or to the end of the
 * page, when a prose block comes after <main>); `linkPhoneNumbersInPage` then looks at each prose block alone.
 */
export function mayHaveNumbersToLink(html: string): boolean {
  const prose = [...html.matchAll(/\sclass="[^"]*\bprose\b/g)].map((match) => match.index);
  if (prose.length === 0) return false;
  const mainEnds = html.lastIndexOf('</main>');
  const end = mainEnds > prose.at(-1)! ? mainEnds : html.length;
  return textMayHaveNumbers(html.slice(prose[0], end));
}

/**
 * Whether a piece of HTML may have a number to link: any number either pattern finds in its text outside links,
 * scripts and styles. Tags become spaces, so numbers in separate elements never run together.
 */
function textMayHaveNumbers(html: string): boolean {
  const text = html.replace(/<(script|style|a)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return text.search(LONG_NUMBER) >= 0 || text.search(SHORT_NUMBER) >= 0;
}
