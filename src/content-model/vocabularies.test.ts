import { describe, expect, it } from 'vitest';
import { vocabularies } from './vocabularies.ts';

describe('shared vocabularies', () => {
  for (const [name, vocabulary] of Object.entries(vocabularies)) {
    it(`${name}: unique values, each with a label`, () => {
      const values = vocabulary.entries.map((entry) => entry.value);
      expect(new Set(values).size).toBe(values.length);
      for (const entry of vocabulary.entries) {
        expect(entry.value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(entry.label.length).toBeGreaterThan(2);
      }
    });
  }

  it('gives the label for a stored value', () => {
    expect(vocabularies.areas.label('milton-keynes')).toBe('Milton Keynes');
  });

  it('covers all four parts of Thames Valley', () => {
    expect(vocabularies.areas.values).toEqual(
      expect.arrayContaining(['berkshire', 'buckinghamshire', 'oxfordshire', 'milton-keynes']),
    );
  });
});
