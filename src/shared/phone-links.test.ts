import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { siteLanguageCodes } from '../i18n/languages.ts';
import { CALL_WORDS, linkPhoneNumbers, linkPhoneNumbersInPage, mayHaveNumbersToLink } from './phone-links.ts';

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

describe('phone numbers in built pages', () => {
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

  it('rewrite only the prose blocks with numbers, leaving every other byte as it was', () => {
    const shell = (main: string) =>
      `<!DOCTYPE html><html lang=en><head><meta charset=utf-8><link rel=stylesheet href=/a.css></head><body><header data-astro-cid-x>Call 0300 1234 148</header><main>${main}</main></body></html>`;
    const page = shell(
      '<div class=prose data-astro-cid-y><p>Call 0808 2000 247.</p></div><ul class=cards><li>0800 1111</li></ul><section class="prose"><p>Nothing to call.</p></section><article class="intro prose"><p>Dial 999.<br/></p><div class="prose"><p>Or text SHOUT to 85258.</p></div></article>',
    );
    expect(linkPhoneNumbersInPage(page)).toBe(
      shell(
        '<div class="prose" data-astro-cid-y=""><p>Call <a href="tel:08082000247">0808 2000 247</a>.</p></div><ul class=cards><li>0800 1111</li></ul><section class="prose"><p>Nothing to call.</p></section><article class="intro prose"><p>Dial <a href="tel:999">999</a>.<br></p><div class="prose"><p>Or text SHOUT to <a href="sms:85258?body=SHOUT">85258</a>.</p></div></article>',
      ),
    );
  });

  it('parse a page whose markup cannot be read quickly whole, and link the same numbers', () => {
    const page =
      '<!doctype html><html><body><main><div class="prose"><p>Call 0808 2000 247.</div></main></body></html>';
    let readWhole = 0;
    const linked = linkPhoneNumbersInPage(page, () => (readWhole += 1));
    expect(readWhole).toBe(1);
    expect(linked).toBe(
      '<!doctype html><html><head></head><body><main><div class="prose"><p>Call <a href="tel:08082000247">0808 2000 247</a>.</p></div></main></body></html>',
    );
  });
});

describe('numbers to call or text, in the words around them', () => {
  it('link short numbers after "call", "dial", "ring" or "phone", even with words between', () => {
    expect(linked('<p>Your bank: call 159 to reach it.</p>')).toContain('call <a href="tel:159">159</a>');
    expect(linked('<p>If it is urgent, call 111.</p>')).toContain('<a href="tel:111">111</a>');
    expect(linked('<p>Call the police on 101.</p>')).toContain('<a href="tel:101">101</a>');
    expect(linked('<p>Ring 999 now.</p>')).toContain('<a href="tel:999">999</a>');
    expect(linked('<p>The 999 BSL app, and 159 in a list.</p>')).toBe('<p>The 999 BSL app, and 159 in a list.</p>');
    expect(linked('<p>Call NHS 111, or 999 in an emergency.</p>')).toBe(
      '<p>Call NHS <a href="tel:111">111</a>, or <a href="tel:999">999</a> in an emergency.</p>',
    );
    expect(linked('<p>Call 999 in an emergency, or 101.</p>')).toContain('or <a href="tel:101">101</a>');
    expect(linked('<p>Call us. Or 101 is the number.</p>')).toBe('<p>Call us. Or 101 is the number.</p>');
  });

  it('make numbers to text into sms: links that fill in the word to send, across bold words', () => {
    expect(linked('<p>Shout: text SHOUT to 85258.</p>')).toContain('<a href="sms:85258?body=SHOUT">85258</a>');
    expect(linked('<p>You can text the word <strong>SHOUT</strong> to <strong>85258</strong>.</p>')).toContain(
      '<strong><a href="sms:85258?body=SHOUT">85258</a></strong>',
    );
    expect(linked('<p>Text the word <strong>register</strong> to 999.</p>')).toContain(
      '<a href="sms:999?body=register">999</a>',
    );
    expect(linked('<p>If you cannot speak, you can text 999 if you have registered.</p>')).toContain(
      '<a href="sms:999">999</a>',
    );
    expect(linked('<p>Send a text to 999.</p>')).toContain('<a href="sms:999">999</a>');
    expect(linked('<p>Tell them, such as a whisper or a text to 999 if you can.</p>')).toContain(
      '<a href="sms:999">999</a>',
    );
  });

  it('link 999 in every language’s word order, including Urdu and Panjabi, which put the verb after the number', () => {
    expect(linked('<p>W niebezpieczeństwie zadzwoń pod numer 999.</p>')).toContain('<a href="tel:999">999</a>');
    expect(linked('<p>Dacă sunteți în pericol, sunați la 999.</p>')).toContain('<a href="tel:999">999</a>');
    expect(linked('<p>إذا كنت في خطر الآن، اتصل بالرقم 999.</p>')).toContain('<a href="tel:999">999</a>');
    expect(linked('<p>اگر آپ ابھی خطرے میں ہیں، تو 999 پر کال کریں۔</p>')).toContain('<a href="tel:999">999</a>');
    expect(linked('<p>ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।</p>')).toContain('<a href="tel:999">999</a>');
  });

  it('leave a short number inside a longer one alone', () => {
    expect(linked('<p>Call free on 0800 999 5428.</p>')).toBe(
      '<p>Call free on <a href="tel:08009995428">0800 999 5428</a>.</p>',
    );
  });
});

describe('the words for "call" in each language', () => {
  it('are known for English and every language the site is published in', () => {
    const missing = ['en', ...siteLanguageCodes()].filter((code) => !CALL_WORDS[code]);
    expect(missing, 'Add the language’s words for “call” to CALL_WORDS in src/shared/phone-links.ts').toEqual([]);
  });
});

describe('pages with nothing to link are not parsed', () => {
  const page = (main: string, after = '') =>
    `<html><body><header><p>We call from 0300 1234 148.</p></header><main>${main}</main>${after}</body></html>`;

  it('passes over a page whose prose has no number, or only linked ones, whatever the shell says', () => {
    expect(mayHaveNumbersToLink(page('<div class="prose"><p>Nothing to call here.</p></div>'))).toBe(false);
    expect(mayHaveNumbersToLink(page('<div class="prose"><p>Call <a href="tel:999">999</a>.</p></div>'))).toBe(false);
    expect(mayHaveNumbersToLink(page('<p>Call 999.</p>'))).toBe(false);
    expect(
      mayHaveNumbersToLink(page('<div class="prose"><p>Read on.</p></div>', '<footer>Call 0300 1234 148</footer>')),
    ).toBe(false);
  });

  it('parses a page whose prose has a number, even split across elements or after <main>', () => {
    expect(mayHaveNumbersToLink(page('<div class="prose"><p>Call 0808 2000 247.</p></div>'))).toBe(true);
    expect(mayHaveNumbersToLink(page('<div class="prose"><p>Call <strong>999</strong>.</p></div>'))).toBe(true);
    expect(mayHaveNumbersToLink(page('<div class="prose"><ul><li>999</li><li>101</li></ul></div>'))).toBe(true);
    expect(mayHaveNumbersToLink(page('', '<aside class="prose">Text SHOUT to 85258</aside>'))).toBe(true);
    expect(linkPhoneNumbersInPage(page('<div class="prose"><p>Nothing to call.</p></div>'))).toBeUndefined();
  });
});
