import { describe, expect, it } from 'vitest';
import { isPlainPage, pageAddress } from './page-addresses.ts';

describe('page addresses', () => {
  it('publishes a page at its file name, unless a route of its own shows it elsewhere', () => {
    expect(pageAddress('about')).toBe('/about/');
    expect(pageAddress('index')).toBe('/');
    expect(pageAddress('glossary')).toBe('/criminal-justice/glossary/');
    expect(pageAddress('your-rights-for-young-people')).toBe('/your-rights/young-people/');
    expect(isPlainPage('about')).toBe(true);
    expect(isPlainPage('glossary')).toBe(false);
  });
});
