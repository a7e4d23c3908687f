/** Reference numbers: how they look, and how they are read back when someone types one. */
import { describe, expect, it } from 'vitest';
import { newReference, normaliseReference, REFERENCE_ALPHABET, REFERENCE_LENGTH } from './reference.ts';

describe('reference numbers', () => {
  it('are 8 characters in two groups of 4, from the alphabet without look-alikes', () => {
    for (let index = 0; index < 500; index += 1) {
      const reference = newReference();
      expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect([...reference.replace('-', '')].every((character) => REFERENCE_ALPHABET.includes(character))).toBe(true);
    }
    expect(REFERENCE_LENGTH).toBe(8);
  });

  it('leave out every character that looks like another', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B', 'U', 'V'])
      expect(REFERENCE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(REFERENCE_ALPHABET.length);
  });

  it('use every character of the alphabet', () => {
    let next = 0;
    const reference = newReference(() => next++ % REFERENCE_ALPHABET.length);
    expect(reference).toBe(`${REFERENCE_ALPHABET.slice(0, 4)}-${REFERENCE_ALPHABET.slice(4, 8)}`);
  });

  it('are recognised however people type them', () => {
    expect(normaliseReference('7kxm qd4r')).toBe('7KXM-QD4R');
    expect(normaliseReference('7KXM-QD4R')).toBe('7KXM-QD4R');
    expect(normaliseReference('7KXM-QD4')).toBeUndefined();
    expect(normaliseReference('7KXM-QD0R')).toBeUndefined();
  });
});
