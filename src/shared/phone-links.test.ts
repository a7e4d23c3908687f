import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { linkPhoneNumbers } from './phone-links.ts';

const linked = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  linkPhoneNumbers(tree);
  return toHtml(tree);
};

describe('phone numbers in content', () => {
  it('become links that call them, written as people read them', () => {
    expect(linked('<p>Call 0808 2000 247, any time.</p>')).toBe(
      '<p>Call <a href="tel:08082000247">0808 2000 247</a>, any time.</p>',
    );
    expect(linked('<p>Childline: 0800 1111. Modern slavery: 08000 121 700.</p>')).toContain(
      '<a href="tel:08001111">0800 1111</a>',
    );
    expect(linked('<p>Modern slavery: 08000 121 700.</p>')).toContain('<a href="tel:08000121700">08000 121 700</a>');
    expect(linked('<p>Samaritans on 116 123.</p>')).toContain('<a href="tel:116123">116 123</a>');
  });

  it('link 999 and 101 only after "call" or "dial", and leave Relay UK numbers whole', () => {
    expect(linked('<p>If you are in danger, call 999. Or call 101.</p>')).toBe(
      '<p>If you are in danger, call <a href="tel:999">999</a>. Or call <a href="tel:101">101</a>.</p>',
    );
    expect(linked('<p>For 101, dial 18001 101.</p>')).toBe('<p>For 101, dial 18001 101.</p>');
    expect(linked('<p>Within 999 days.</p>')).toBe('<p>Within 999 days.</p>');
  });

  it('leave links, headings and code alone, and do not mistake other numbers for phones', () => {
    expect(linked('<p><a href="/x/">0300 1234 148</a></p>')).toBe('<p><a href="/x/">0300 1234 148</a></p>');
    expect(linked('<h2>Call 0300 1234 148</h2>')).toBe('<h2>Call 0300 1234 148</h2>');
    expect(linked('<p>Within 10 working days, up to 12 weeks, in 2026.</p>')).toBe(
      '<p>Within 10 working days, up to 12 weeks, in 2026.</p>',
    );
  });
});

describe('phone numbers in built pages', async () => {
  const { linkPhoneNumbersInPage } = await import('./phone-links.ts');

  it('are linked only in the written content, and a page with none is left as it was', () => {
    const page =
      '<!doctype html><html><head><title>x</title></head><body><footer>Call 0300 1234 148</footer><div class="prose"><p>Call 0808 2000 247.</p></div></body></html>';
    const linked = linkPhoneNumbersInPage(page) ?? '';
    expect(linked).toContain('<div class="prose"><p>Call <a href="tel:08082000247">0808 2000 247</a>.</p></div>');
    expect(linked).toContain('<footer>Call 0300 1234 148</footer>');
    expect(
      linkPhoneNumbersInPage('<!doctype html><html><body><div class="prose"><p>No numbers.</p></div></body></html>'),
    ).toBeUndefined();
  });
});
