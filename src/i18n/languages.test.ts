import { describe, expect, it } from 'vitest';
import { textDirection } from './languages.ts';

describe('languages', () => {
  it('sets right-to-left for right-to-left scripts only', () => {
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('pl')).toBe('ltr');
    expect(textDirection('ur')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
  });
});
