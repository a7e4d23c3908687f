/** Sealing referrals for the hub: only the hub's private key opens them, exactly as they were sealed. */
import { describe, expect, it } from 'vitest';
import { openSealed, sealForHub } from './sealing.ts';
import { generateHubKeys } from './hub-keys.ts';

describe('sealing referrals for the hub', () => {
  it('opens with the hub’s key pair to exactly what was sealed', async () => {
    const keys = await generateHubKeys();
    const referral = { name: 'Sam Example', notes: 'Ünïcödé and "quotes" <b>kept</b>' };
    const sealed = await sealForHub(referral, keys.publicKey);
    expect(await openSealed(sealed, keys)).toEqual(referral);
  });

  it('does not contain what it seals', async () => {
    const keys = await generateHubKeys();
    const sealed = await sealForHub({ name: 'Sam Example' }, keys.publicKey);
    expect(Buffer.from(sealed).toString('latin1')).not.toContain('Sam Example');
  });

  it('cannot be opened with another key, or once altered', async () => {
    const keys = await generateHubKeys();
    const other = await generateHubKeys();
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
