import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { replaceText } from './content-text.ts';

/** The texts `replaceText` offers for replacement in this HTML, changing nothing. */
function offered(htmlText: string): string[] {
  const texts: string[] = [];
  replaceText(fromHtml(htmlText, { fragment: true }), (text) => {
    texts.push(text);
    return undefined;
  });
  return texts;
}

/** "bail" wrapped in <mark>, as the glossary and phone passes wrap what they find. */
const markBail = (text: string): ElementContent[] | undefined => {
  if (!text.includes('bail')) return undefined;
  return text
    .split(/(bail)/)
    .map((piece): ElementContent =>
      piece === 'bail'
        ? { type: 'element', tagName: 'mark', properties: {}, children: [{ type: 'text', value: piece }] }
        : { type: 'text', value: piece },
    );
};

describe('rewriting the words of content', () => {
  it('never offers text that must stay as written: links, buttons, code, headings, form parts, drawings', () => {
    const leftAlone = [
      '<a href="/">in a link</a>',
      '<a href="/"><em>deep in a link</em></a>',
      '<button>in a button</button>',
      '<code>in code</code>',
      '<pre>preformatted</pre>',
      '<h1>h1</h1><h2>h2</h2><h3>h3</h3><h4>h4</h4><h5>h5</h5><h6>h6</h6>',
      '<details><summary>in a summary</summary></details>',
      '<label>in a label</label>',
      '<svg><text>in a drawing</text></svg>',
      '<select><option>an option</option></select>',
      '<datalist><option>a suggestion</option></datalist>',
      '<textarea>typed</textarea>',
      '<script>code()</script>',
      '<style>p{}</style>',
    ];
    expect(offered(leftAlone.join(''))).toEqual([]);
  });

  it('offers every other text, in reading order', () => {
    expect(offered('<p>One <em>two</em> three</p><ul><li>four</li></ul><details><p>five</p></details>')).toEqual([
      'One ',
      'two',
      ' three',
      'four',
      'five',
    ]);
  });

  it('puts the pieces in place of each text it changes, and counts the texts changed', () => {
    const tree = fromHtml('<p>On bail <strong>until</strong> the trial, then bail again.</p><h2>bail</h2>', {
      fragment: true,
    });
    expect(replaceText(tree, markBail)).toBe(2);
    expect(toHtml(tree)).toBe(
      '<p>On <mark>bail</mark> <strong>until</strong> the trial, then <mark>bail</mark> again.</p><h2>bail</h2>',
    );
  });

  it('counts none and leaves the content as it was when nothing matches', () => {
    const tree = fromHtml('<p>Nothing here.</p>', { fragment: true });
    expect(replaceText(tree, markBail)).toBe(0);
    expect(toHtml(tree)).toBe('<p>Nothing here.</p>');
  });
});
