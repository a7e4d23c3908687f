/**
 * Signed collection requests: only the hub's key makes one the intake
 * accepts, only for the exact request signed, only close to the time it was
 * made; and the intake is told how long to remember its one-off value.
 */
import { describe, expect, it } from 'vitest';
import { generateHubKeys } from './hub-keys.ts';
import { checkCollectionSignature, signCollectionRequest, SIGNATURE_TOLERANCE_SECONDS } from './signed-requests.ts';

const at = new Date('2026-11-23T12:00:00Z');
const request = { method: 'POST', path: '/api/hub/acknowledge', body: '{"references":["7KXM-QD4R"]}' };

describe('signed collection requests', () => {
  it('pass with the hub’s collection key, and say how long to remember the one-off value', async () => {
    const keys = await generateHubKeys();
    const header = (await signCollectionRequest(request, keys.signingSecretKey, at))['x-hub-signature'];
    const check = await checkCollectionSignature(header, request, [keys.collectionKey], at);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.rememberUntil.getTime()).toBeGreaterThan(at.getTime() + SIGNATURE_TOLERANCE_SECONDS * 1000);
    // Two requests made at the same moment still differ.
    const other = (await signCollectionRequest(request, keys.signingSecretKey, at))['x-hub-signature'];
    const otherCheck = await checkCollectionSignature(other, request, [keys.collectionKey], at);
    expect(otherCheck.ok && otherCheck.once).not.toBe(check.once);
  });

  it('fail for any change to the method, the address, the query or the body', async () => {
    const keys = await generateHubKeys();
    const header = (await signCollectionRequest(request, keys.signingSecretKey, at))['x-hub-signature'];
    const changed = [
      { ...request, method: 'GET' },
      { ...request, path: '/api/hub/referrals' },
      { ...request, path: `${request.path}?limit=500` },
      { ...request, body: '{"references":["7KXM-QD4T"]}' },
      { ...request, body: '' },
    ];
    for (const other of changed) {
      expect(await checkCollectionSignature(header, other, [keys.collectionKey], at)).toEqual({
        ok: false,
        reason: "The request was not signed with the hub's key.",
      });
    }
  });

  it('fail with another key, pass with either of two while keys are changed', async () => {
    const keys = await generateHubKeys();
    const next = await generateHubKeys();
    const header = (await signCollectionRequest(request, keys.signingSecretKey, at))['x-hub-signature'];
    expect((await checkCollectionSignature(header, request, [next.collectionKey], at)).ok).toBe(false);
    expect((await checkCollectionSignature(header, request, [next.collectionKey, keys.collectionKey], at)).ok).toBe(
      true,
    );
    // A sealing key or rubbish among the keys is ignored, not fatal.
    expect((await checkCollectionSignature(header, request, ['rubbish', keys.publicKey], at)).ok).toBe(false);
  });

  it('fail more than 5 minutes either side of the intake’s clock, naming the clock', async () => {
    const keys = await generateHubKeys();
    const header = (await signCollectionRequest(request, keys.signingSecretKey, at))['x-hub-signature'];
    const minutes = (count: number) => new Date(at.getTime() + count * 60_000);
    expect((await checkCollectionSignature(header, request, [keys.collectionKey], minutes(4.9))).ok).toBe(true);
    for (const when of [minutes(5.1), minutes(-5.1)]) {
      const check = await checkCollectionSignature(header, request, [keys.collectionKey], when);
      expect(check.ok).toBe(false);
      expect(!check.ok && check.reason).toMatch(/clock/);
    }
  });

  it('fail when missing or not in the expected shape', async () => {
    const keys = await generateHubKeys();
    for (const header of [undefined, '', 'Bearer abc', 't=1, n=short, s=x']) {
      const check = await checkCollectionSignature(header, request, [keys.collectionKey], at);
      expect(check).toEqual({ ok: false, reason: 'The request is not signed.' });
    }
  });
});
