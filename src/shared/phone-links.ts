/**
 * Phone numbers in content become links that call them, so a distressed
 * person on a phone can tap "0808 2000 247" instead of copying it. Writers
 * type numbers as people read them; after each build,
 * src/integrations/phone-links.ts runs this over the written content of
 * every page (the "prose" blocks). It finds UK numbers starting with 0,
 * "116 123", and 999 or 101 after "call", outside links, headings and code.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visitParents } from 'unist-util-visit-parents';
import { replaceText } from './content-text.ts';
import { telHref } from './phone.ts';

/**
 * A UK number starting with 0 in groups (8 to 11 digits: 0800 1111,
 * 0300 1234 148, 08000 121 700), 116 123, or 999 / 101 straight after
 * "call" or "dial" (so "18001 101" and "room 101" are left alone).
 */
const NUMBER =
  /(?<![\d\w])(0\d{2,4}(?: \d{3,4}){1,2}|116 123)(?![\d\w])|(?<=\b(?:[Cc]all|[Dd]ial) )(999|101)(?![\d\w])/g;

function digits(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** The text split into plain text and call links. */
export function splitPhoneNumbers(text: string): ElementContent[] {
  const pieces: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const number = match[0];
    if (number.startsWith('0') && (digits(number) < 8 || digits(number) > 11)) continue;
    const at = match.index ?? 0;
    if (at > last) pieces.push({ type: 'text', value: text.slice(last, at) });
    pieces.push({
      type: 'element',
      tagName: 'a',
      properties: { href: telHref(number) },
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
  return replaceText(tree, (text) => {
    const pieces = splitPhoneNumbers(text);
    return pieces.length === 1 && pieces[0]?.type === 'text' ? undefined : pieces;
  });
}

/** Link the numbers in the content blocks of a whole page; undefined when there was nothing to link. */
export function linkPhoneNumbersInPage(html: string): string | undefined {
  const tree = fromHtml(html);
  let changed = false;
  visitParents(tree, 'element', (node) => {
    const classes = node.properties['className'];
    if (!Array.isArray(classes) || !classes.includes('prose')) return;
    if (linkPhoneNumbers({ type: 'root', children: node.children as Root['children'] } as Root) > 0) changed = true;
  });
  return changed ? toHtml(tree) : undefined;
}
