import { describe, expect, it } from 'vitest';
import { searchFromAddress } from './site-search.ts';

describe('a search from the header box', () => {
  it('takes the words, and gives the address without them, keeping anything else', () => {
    expect(searchFromAddress('https://example.org/search/?q=+court+dates+')).toEqual({
      query: 'court dates',
      withoutQuery: 'https://example.org/search/',
    });
    expect(searchFromAddress('https://example.org/search/?q=bail&lang=pl#results')).toEqual({
      query: 'bail',
      withoutQuery: 'https://example.org/search/?lang=pl#results',
    });
  });

  it('leaves an address without a search alone', () => {
    expect(searchFromAddress('https://example.org/search/')).toEqual({ query: '', withoutQuery: undefined });
  });

  it('takes an empty search out of the address too, with nothing to search for', () => {
    expect(searchFromAddress('https://example.org/search/?q=')).toEqual({
      query: '',
      withoutQuery: 'https://example.org/search/',
    });
  });
});
