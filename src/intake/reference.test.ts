import { describe, expect, it } from 'vitest';
import { newReference, normaliseReference, REFERENCE_ALPHABET, REFERENCE_LENGTH } from './reference.ts';
import { generateHubKeyPair, openSealed, sealForHub } from './sealing.ts';

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

describe('sealing referrals for the hub', () => {
  it('opens with the hub’s key pair to exactly what was sealed', async () => {
    const keys = await generateHubKeyPair();
    const referral = { name: 'Sam Example', notes: 'Ünïcödé and "quotes" <b>kept</b>' };
    const sealed = await sealForHub(referral, keys.publicKey);
    expect(await openSealed(sealed, keys)).toEqual(referral);
  });

  it('does not contain what it seals', async () => {
    const keys = await generateHubKeyPair();
    const sealed = await sealForHub({ name: 'Sam Example' }, keys.publicKey);
    expect(Buffer.from(sealed).toString('latin1')).not.toContain('Sam Example');
  });

  it('cannot be opened with another key, or once altered', async () => {
    const keys = await generateHubKeyPair();
    const other = await generateHubKeyPair();
    const sealed = await sealForHub({ name: 'Sam' }, keys.publicKey);
    await expect(openSealed(sealed, other)).rejects.toThrow();
    const altered = Uint8Array.from(sealed);
    altered[altered.length - 1]! ^= 1;
    await expect(openSealed(altered, keys)).rejects.toThrow();
  });

  it('explains a key that is not a key', async () => {
    await expect(sealForHub({}, 'not a key')).rejects.toThrow(/npm run hub:keygen/);
  });
});
