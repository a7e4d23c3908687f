/** The hub's keys: one private key file opens referrals and signs collection requests; a wrong file is explained. */
import { describe, expect, it } from 'vitest';
import { generateHubKeys, hubKeysFromPrivateKey, NOT_A_PRIVATE_KEY } from './hub-keys.ts';
import { openSealed, sealForHub } from './sealing.ts';
import { checkCollectionSignature, signCollectionRequest } from './signed-requests.ts';

describe('the hub’s keys', () => {
  it('are all worked out again from the private key alone, as the key file holds it', async () => {
    const keys = await generateHubKeys();
    const again = await hubKeysFromPrivateKey(`  ${keys.privateKey}\n`);
    expect(again).toEqual(keys);
    // What the intake seals with, the file opens; what the file signs, the collection key checks.
    const sealed = await sealForHub({ name: 'Sam' }, keys.publicKey);
    expect(await openSealed(sealed, again)).toEqual({ name: 'Sam' });
    const request = { method: 'GET', path: '/api/hub/referrals', body: '' };
    const header = await signCollectionRequest(request, again.signingSecretKey);
    expect((await checkCollectionSignature(header['x-hub-signature'], request, [keys.collectionKey])).ok).toBe(true);
  });

  it('keeps the collection key apart from the sealing key', async () => {
    const keys = await generateHubKeys();
    expect(keys.collectionKey).not.toBe(keys.publicKey);
    expect(keys.collectionKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keys.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('explains a file that is not the private key, without repeating what is in it', async () => {
    const keys = await generateHubKeys();
    for (const text of ['', 'not a key at all', keys.publicKey.slice(0, 20), `${keys.privateKey}AAAA`, '{"key": 1}']) {
      const failure = hubKeysFromPrivateKey(text);
      await expect(failure).rejects.toThrow(NOT_A_PRIVATE_KEY);
    }
  });
});
