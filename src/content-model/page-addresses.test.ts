import { describe, expect, it } from 'vitest';
import { isLaterPageOfAServiceGroup, isPlainPage, pageAddress, serviceGroupAddress } from './page-addresses.ts';

describe('page addresses', () => {
  it('publishes a page at its file name, unless a route of its own shows it elsewhere', () => {
    expect(pageAddress('about')).toBe('/about/');
    expect(pageAddress('index')).toBe('/');
    expect(pageAddress('glossary')).toBe('/criminal-justice/glossary/');
    expect(pageAddress('your-rights-for-young-people')).toBe('/your-rights/young-people/');
    expect(isPlainPage('about')).toBe(true);
    expect(isPlainPage('glossary')).toBe(false);
  });

  it('publishes each group of services under /services/in/, its later pages numbered from 2', () => {
    expect(serviceGroupAddress('berkshire')).toBe('/services/in/berkshire/');
    expect(serviceGroupAddress('berkshire', 1)).toBe('/services/in/berkshire/');
    expect(serviceGroupAddress('national', 3)).toBe('/services/in/national/3/');
  });

  it('tells a group’s later pages, which come and go, from its first page and from services', () => {
    expect(isLaterPageOfAServiceGroup('/services/in/national/3/')).toBe(true);
    expect(isLaterPageOfAServiceGroup('/services/in/national/')).toBe(false);
    expect(isLaterPageOfAServiceGroup('/services/victims-first-hub/')).toBe(false);
    expect(isLaterPageOfAServiceGroup('/services/in/national/3/extra/')).toBe(false);
  });
});
