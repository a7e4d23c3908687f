/**
 * Rewriting the words of rendered content: glossary links and phone links
 * both turn parts of text into links, but never inside elements whose text
 * must stay as written (a link in a link is invalid; headings, code, form
 * parts and drawings are left alone).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';

const LEAVE_ALONE = new Set([
  'a',
  'button',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'template',
  'summary',
  'label',
  'svg',
  'select',
  'option',
  'textarea',
]);

/**
 * Offer each text node outside those elements, in reading order, to
 * `replace`; where it returns pieces, they take the node's place.
 * Returns how many text nodes were replaced.
 */
export function replaceText(tree: Root, replace: (text: string) => ElementContent[] | undefined): number {
  // Collect first, then change: changing a tree while walking it skips nodes.
  const found: { node: Text; parent: Root | Element }[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    if (ancestors.some((ancestor) => ancestor.type === 'element' && LEAVE_ALONE.has(ancestor.tagName))) return;
    const parent = ancestors.at(-1);
    if (parent && (parent.type === 'root' || parent.type === 'element')) found.push({ node, parent });
  });
  let replaced = 0;
  for (const { node, parent } of found) {
    const pieces = replace(node.value);
    if (!pieces) continue;
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
    replaced += 1;
  }
  return replaced;
}
