/** The intake's native sealing makes libsodium's sealed boxes: the hub opens them with its own library, intact. */
import { describe, expect, it } from 'vitest';
import { hubSealer } from './native-sealing.ts';
import { generateHubKeys } from '../hub/hub-keys.ts';
import { openSealed } from '../hub/sealing.ts';

describe('sealing on the intake', () => {
  it('seals what the hub opens with libsodium-wrappers, exactly as it was', async () => {
    const keys = await generateHubKeys();
    const referral = { name: 'Sam Uniquename', notes: 'Ünïcödé, "quotes", \n and 😀' };
    const sealed = hubSealer(keys.publicKey)(JSON.stringify(referral));
    expect(Buffer.from(sealed).toString('latin1')).not.toContain('Uniquename');
    expect(await openSealed(sealed, keys)).toEqual(referral);
  });

  it('seals the same referral differently each time, and only the hub’s key opens it', async () => {
    const keys = await generateHubKeys();
    const other = await generateHubKeys();
    const seal = hubSealer(keys.publicKey);
    const [first, second] = [seal('{"name":"Sam"}'), seal('{"name":"Sam"}')];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    await expect(openSealed(first, other)).rejects.toThrow();
  });

  it('refuses a key that is not one, saying where a good one comes from', () => {
    for (const bad of ['', 'not a key', 'AAAA', `${'A'.repeat(43)}=`]) {
      expect(() => hubSealer(bad)).toThrow(/npm run hub:keygen/);
    }
  });
});
