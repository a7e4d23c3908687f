import { describe, expect, it } from 'vitest';
import { shellLanguage, uiFor, uiStrings } from './ui.ts';

describe('words of the page shell', () => {
  it('falls back to English for a language the shell does not have yet', () => {
    expect(shellLanguage('en')).toBe('en');
    expect(shellLanguage('en-GB')).toBe('en');
    expect(shellLanguage('ur')).toBe('en');
    expect(uiFor('ur')('skipLink')).toBe('Skip to main content');
  });

  it('fills in values', () => {
    const t = uiFor('en');
    expect(t('footer.emergency', { number: '999' })).toBe('Call 999 if you are in danger now or a crime is happening.');
  });

  it('has every key in every language', () => {
    const keys = Object.keys(uiStrings.en ?? {}).sort();
    for (const strings of Object.values(uiStrings)) expect(Object.keys(strings).sort()).toEqual(keys);
  });
});
