import { describe, expect, it } from 'vitest';
import {
  FIRST_BATCH,
  NEXT_BATCH,
  countSentence,
  excerptParts,
  nextBatch,
  searchTerm,
  searchWordsFrom,
  typedEnough,
  type SearchWords,
} from './search-results.ts';

const english: SearchWords = {
  one: '1 page matches “{words}”',
  many: '{count} pages match “{words}”',
  none: 'No pages match “{words}”.',
  tryAgain: 'Check the spelling or try a different word.',
  searching: 'Searching…',
  failed: 'Search is not working at the moment.',
  inEnglish: 'These pages in English do.',
  rtl: false,
};

describe('what the live region says once a search is done', () => {
  it('says how many pages match the words, one page in the singular', () => {
    expect(countSentence(12, 'support', english)).toBe('12 pages match “support”');
    expect(countSentence(1, 'incognito', english)).toBe('1 page matches “incognito”');
  });

  it('says nothing matches, with what to try next', () => {
    expect(countSentence(0, 'zzxqvw', english)).toBe(
      'No pages match “zzxqvw”. Check the spelling or try a different word.',
    );
  });

  it('keeps the words and the count in their own direction in right-to-left text', () => {
    const arabic = { ...english, many: 'الصفحات التي تطابق “{words}”: {count}', rtl: true };
    expect(countSentence(12, 'court date', arabic)).toBe('الصفحات التي تطابق “\u2068court date\u2069”: \u206812\u2069');
  });
});

describe('the words the page gives the script', () => {
  it('reads them, with whether the page is right to left', () => {
    expect(searchWordsFrom(JSON.stringify(english))).toEqual(english);
    expect(searchWordsFrom(JSON.stringify({ ...english, rtl: true })).rtl).toBe(true);
  });

  it('refuses missing or mangled words, so the page stays as it is without JavaScript', () => {
    expect(() => searchWordsFrom(undefined)).toThrow();
    expect(() => searchWordsFrom('{"one":')).toThrow();
    expect(() => searchWordsFrom(JSON.stringify({ ...english, none: '' }))).toThrow(/"none"/);
  });
});

describe('what is searched for', () => {
  it('is the words typed, on one line with single spaces', () => {
    expect(searchTerm('  court \n  dates ')).toBe('court dates');
    expect(searchTerm('   ')).toBe('');
  });

  it('is searched as the person types from two letters: one letter matches most pages', () => {
    expect(typedEnough('s')).toBe(false);
    expect(typedEnough('GP')).toBe(true);
    expect(typedEnough('عد')).toBe(true);
  });
});

describe('drawing results a batch at a time', () => {
  it('draws a first screen, then a larger batch each time, never past the last', () => {
    expect(nextBatch(0, 40)).toEqual({ from: 0, to: FIRST_BATCH });
    expect(nextBatch(FIRST_BATCH, 40)).toEqual({ from: FIRST_BATCH, to: FIRST_BATCH + NEXT_BATCH });
    expect(nextBatch(FIRST_BATCH, 8)).toEqual({ from: FIRST_BATCH, to: 8 });
    expect(nextBatch(3, 3)).toEqual({ from: 3, to: 3 });
    expect(nextBatch(0, 0)).toEqual({ from: 0, to: 0 });
  });
});

describe("a result's excerpt", () => {
  it('marks the words Pagefind matched, and keeps the rest as plain text', () => {
    expect(excerptParts('If you <mark>need</mark> <mark>support</mark> after a crime')).toEqual([
      { text: 'If you ', marked: false },
      { text: 'need', marked: true },
      { text: ' ', marked: false },
      { text: 'support', marked: true },
      { text: ' after a crime', marked: false },
    ]);
  });

  it("gives back a page's own angle brackets as text, so nothing in a page can become markup", () => {
    const parts = excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; and <mark>&lt;b&gt;</mark> & more');
    expect(parts).toEqual([
      { text: 'a <script>alert(1)</script> and ', marked: false },
      { text: '<b>', marked: true },
      { text: ' & more', marked: false },
    ]);
  });

  it('is empty for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
