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

/** Elements that hold a run of text read as one: a paragraph, a list item, a table cell … */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'div', 'blockquote', 'figcaption', 'caption', 'section']);

/**
 * The words either side of a text node in the same paragraph or list item:
 * "text the word **SHOUT** to **85258**" puts the number in a node of its
 * own, and only its neighbours say it is a number to text.
 */
export interface TextContext {
  before: string;
  after: string;
}

/**
 * Offer each text node outside those elements, in reading order, to
 * `replace`; where it returns pieces, they take the node's place.
 * Returns how many text nodes were replaced.
 */
export function replaceText(
  tree: Root,
  replace: (text: string, context: TextContext) => ElementContent[] | undefined,
): number {
  // Collect first, then change: changing a tree while walking it skips nodes.
  const texts: { node: Text; parent: Root | Element; block: Root | Element; changeable: boolean }[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    const parent = ancestors.at(-1);
    if (!parent || (parent.type !== 'root' && parent.type !== 'element')) return;
    const block =
      ancestors.findLast(
        (ancestor): ancestor is Element => ancestor.type === 'element' && BLOCKS.has(ancestor.tagName),
      ) ?? tree;
    const changeable = !ancestors.some((ancestor) => ancestor.type === 'element' && LEAVE_ALONE.has(ancestor.tagName));
    texts.push({ node, parent, block, changeable });
  });
  const byBlock = Map.groupBy(texts, (text) => text.block);
  let replaced = 0;
  for (const { node, parent, block, changeable } of texts) {
    if (!changeable) continue;
    const neighbours = byBlock.get(block) ?? [];
    const at = neighbours.findIndex((text) => text.node === node);
    // Worked out only when asked for: most text has nothing to replace.
    const context: TextContext = {
      get before() {
        return neighbours
          .slice(0, at)
          .map((text) => text.node.value)
          .join('');
      },
      get after() {
        return neighbours
          .slice(at + 1)
          .map((text) => text.node.value)
          .join('');
      },
    };
    const pieces = replace(node.value, context);
    if (!pieces) continue;
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
    replaced += 1;
  }
  return replaced;
}
