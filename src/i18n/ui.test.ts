import { describe, expect, it } from 'vitest';
import { shellLanguage, uiFor } from './ui.ts';

describe('words of the page shell', () => {
  it('shows a language the site offers, and English for one it does not', () => {
    expect(shellLanguage('en')).toBe('en');
    expect(shellLanguage('en-GB')).toBe('en');
    expect(shellLanguage('pl')).toBe('pl');
    expect(shellLanguage('ur-PK')).toBe('ur');
    expect(shellLanguage('xx')).toBe('en');
    expect(uiFor('xx')('skipLink')).toBe('Skip to main content');
  });

  it('fills in values', () => {
    const t = uiFor('en');
    expect(t('footer.emergency', { number: '999' })).toBe('Call 999 if you are in danger now or a crime is happening.');
  });
});
