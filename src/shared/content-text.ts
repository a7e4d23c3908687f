/**
 * Rewriting the words of rendered content: glossary links and phone links
 * both turn parts of text into links, but never inside elements whose text
 * must stay as written (a link in a link is invalid; headings, code, form
 * parts and drawings are left alone).
 */
import type { Element, ElementContent, Root, Text } from 'hast';

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

/** A text node, where it is, and the texts of its paragraph or list item (itself among them, at `at`). */
interface PlacedText {
  node: Text;
  parent: Root | Element;
  changeable: boolean;
  neighbours: Text[];
  at: number;
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
  const texts: PlacedText[] = [];
  const byBlock = new Map<Root | Element, Text[]>();
  // A walk of our own rather than unist-util-visit-parents, which copies the list of ancestors at every node: on
  // the prose of 2,000 built pages that took ten times as long as the walk itself (0.3 s against 0.02 s).
  const collect = (parent: Root | Element, block: Root | Element, changeable: boolean) => {
    for (const child of parent.children) {
      if (child.type === 'element') {
        collect(child, BLOCKS.has(child.tagName) ? child : block, changeable && !LEAVE_ALONE.has(child.tagName));
      } else if (child.type === 'text') {
        let neighbours = byBlock.get(block);
        if (!neighbours) byBlock.set(block, (neighbours = []));
        texts.push({ node: child, parent, changeable, neighbours, at: neighbours.length });
        neighbours.push(child);
      }
    }
  };
  collect(tree, tree, true);
  let replaced = 0;
  for (const { node, parent, changeable, neighbours, at } of texts) {
    if (!changeable) continue;
    // Worked out only when asked for: most text has nothing to replace.
    const context: TextContext = {
      get before() {
        return neighbours
          .slice(0, at)
          .map((text) => text.value)
          .join('');
      },
      get after() {
        return neighbours
          .slice(at + 1)
          .map((text) => text.value)
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
