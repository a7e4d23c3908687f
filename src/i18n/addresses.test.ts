import { describe, expect, it } from 'vitest';
import { addressIn, languageOfAddress, localisedHref } from './addresses.ts';

const codes = ['pl', 'ur'];

describe('addresses in other languages', () => {
  it('reads the language from the address, and only for the site’s languages', () => {
    expect(languageOfAddress('/pl/refer/', codes)).toEqual({ lang: 'pl', englishPath: '/refer/' });
    expect(languageOfAddress('/ur/', codes)).toEqual({ lang: 'ur', englishPath: '/' });
    expect(languageOfAddress('/refer/', codes)).toEqual({ lang: 'en', englishPath: '/refer/' });
    // A page whose own address starts with two letters is not a language.
    expect(languageOfAddress('/vip/', codes)).toEqual({ lang: 'en', englishPath: '/vip/' });
    expect(languageOfAddress('/de/refer/', codes)).toEqual({ lang: 'en', englishPath: '/de/refer/' });
  });

  it('puts the code in front of the English address', () => {
    expect(addressIn('pl', '/refer/')).toBe('/pl/refer/');
    expect(addressIn('en', '/refer/')).toBe('/refer/');
  });

  it('leads links to the translated page where there is one, and to the English page where not', () => {
    const translated = new Set(['/', '/refer/', '/your-rights/']);
    expect(localisedHref('/refer/', 'pl', translated)).toBe('/pl/refer/');
    expect(localisedHref('/', 'pl', translated)).toBe('/pl/');
    expect(localisedHref('/your-rights/#more', 'pl', translated)).toBe('/pl/your-rights/#more');
    expect(localisedHref('/services/', 'pl', translated)).toBe('/services/');
    expect(localisedHref('https://www.gov.uk/', 'pl', translated)).toBe('https://www.gov.uk/');
    expect(localisedHref('/refer/', 'en', translated)).toBe('/refer/');
  });
});
