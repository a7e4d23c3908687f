import { describe, expect, it } from 'vitest';
import { withBlockBreaks } from './block-breaks.ts';

describe('line breaks between blocks in built pages', () => {
  it('separate a block from the tag that follows it, so search reads separate words', () => {
    expect(withBlockBreaks('<dl><dt>How to get it</dt><dd>Call us</dd><dt>Kinds of support</dt></dl>')).toBe(
      '<dl><dt>How to get it</dt>\n<dd>Call us</dd>\n<dt>Kinds of support</dt>\n</dl>',
    );
    expect(withBlockBreaks('<p>One.</p><h2>Two</h2><ul><li>a</li><li>b</li></ul>')).toBe(
      '<p>One.</p>\n<h2>Two</h2>\n<ul><li>a</li>\n<li>b</li>\n</ul>',
    );
  });

  it('leave inline elements and text after a block as they are', () => {
    expect(withBlockBreaks('<p>Call <a href="tel:999">999</a><strong>now</strong></p>')).toBe(
      '<p>Call <a href="tel:999">999</a><strong>now</strong></p>',
    );
    expect(withBlockBreaks('<li>a</li> text')).toBe('<li>a</li> text');
  });
});
