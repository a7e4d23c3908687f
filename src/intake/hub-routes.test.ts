/**
 * The intake's routes for collecting referrals from the hub's own computer:
 * only requests signed with the hub's key, recently and once, list or
 * acknowledge anything; everything else gets 401 and changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerHubRoutes, type HubRoutesOptions } from './hub-routes.ts';
import { openReferralStore } from './store/open-store.ts';
import type { ReferralStore } from './store/referral-store.ts';
import { collectReferrals } from '../hub/collection.ts';
import { generateHubKeys, type HubKeys } from '../hub/hub-keys.ts';
import { remoteSource } from '../hub/remote-source.ts';
import { openSealed, sealForHub } from '../hub/sealing.ts';
import { signCollectionRequest } from '../hub/signed-requests.ts';

const start = new Date('2026-11-23T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the hub’s collection routes', () => {
  let app: FastifyInstance;
  let store: ReferralStore;
  let keys: HubKeys;
  let clock: Date;
  let forgotten: Date[];

  /** The intake with the hub's routes, checking the given collection keys. */
  const startIntake = async (options: Partial<HubRoutesOptions> = {}) => {
    app = Fastify();
    await registerHubRoutes(app, {
      store,
      collectionKeys: [keys.collectionKey],
      keepReferencesDays: 30,
      now: () => clock,
      ...options,
    });
  };

  beforeEach(async () => {
    clock = start;
    forgotten = [];
    const real = await openReferralStore({ file: ':memory:' });
    // The real store, watched: which dates the routes ask it to forget before.
    store = Object.assign(Object.create(real) as ReferralStore, {
      forgetAcknowledgedBefore: (date: Date) => {
        forgotten.push(date);
        return real.forgetAcknowledgedBefore(date);
      },
    });
    keys = await generateHubKeys();
    await startIntake();
  });

  afterEach(async () => {
    await app.close();
    await store.close();
  });

  /** A referral received by the intake: sealed for the hub and stored. */
  const receive = async (name: string, at: Date = start) => {
    const sealed = await sealForHub({ receivedAt: at.toISOString(), referral: { name } }, keys.publicKey);
    const result = await store.record({ answersHash: `hash-${name}`, sealed, receivedAt: at, repeatWindowMs: 60_000 });
    return result.reference;
  };

  /** A request signed with the given signing key (the hub's by default), at the given time. */
  const signed = async (
    request: { method: 'GET' | 'POST'; url: string; body?: string },
    signingKey: Uint8Array = keys.signingSecretKey,
    at: Date = clock,
  ): Promise<InjectOptions> => {
    const headers = await signCollectionRequest(
      { method: request.method, path: request.url, body: request.body ?? '' },
      signingKey,
      at,
    );
    return {
      method: request.method,
      url: request.url,
      headers: { ...headers, ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(request.body !== undefined ? { payload: request.body } : {}),
    };
  };

  const list = { method: 'GET', url: '/api/hub/referrals' } as const;
  const acknowledgement = (references: unknown[]) =>
    ({ method: 'POST', url: '/api/hub/acknowledge', body: JSON.stringify({ references }) }) as const;

  it('lists the referrals waiting, oldest first, sealed so only the hub’s key opens them', async () => {
    const first = await receive('First Person', new Date(start.getTime() - 60_000));
    const second = await receive('Second Person');
    const answer = await app.inject(await signed(list));
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    const body = answer.json<{
      waiting: number;
      referrals: { reference: string; receivedAt: string; sealed: string }[];
    }>();
    expect(body.waiting).toBe(2);
    expect(body.referrals.map((item) => item.reference)).toEqual([first, second]);
    expect(body.referrals[0]!.sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(answer.body).not.toContain('First Person');
    const { from_base64 } = (await import('libsodium-wrappers')).default;
    expect(await openSealed(from_base64(body.referrals[0]!.sealed), keys)).toMatchObject({
      referral: { name: 'First Person' },
    });
  });

  it('lists at most the limit asked for, and says how many wait in all', async () => {
    for (const name of ['One', 'Two', 'Three']) await receive(name);
    const answer = await app.inject(await signed({ method: 'GET', url: '/api/hub/referrals?limit=2' }));
    expect(answer.json()).toMatchObject({ waiting: 3 });
    expect(answer.json<{ referrals: unknown[] }>().referrals).toHaveLength(2);
    const tooMany = await app.inject(await signed({ method: 'GET', url: '/api/hub/referrals?limit=lots' }));
    expect(tooMany.statusCode).toBe(400);
  });

  it('acknowledged referrals leave the list at once, and old references are forgotten after the retention period', async () => {
    const first = await receive('First Person');
    const second = await receive('Second Person');
    const answer = await app.inject(await signed(acknowledgement([first])));
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.json()).toEqual({ acknowledged: 1 });
    const after = await app.inject(await signed(list));
    expect(after.json()).toMatchObject({ waiting: 1, referrals: [{ reference: second }] });
    expect(forgotten).toEqual([new Date(start.getTime() - 30 * DAY_MS)]);
    // Acknowledging again is harmless: nothing new.
    expect((await app.inject(await signed(acknowledgement([first])))).json()).toEqual({ acknowledged: 0 });
  });

  describe('refuses with 401, and changes nothing, a request', () => {
    let waitingReference: string;
    beforeEach(async () => {
      waitingReference = await receive('Still Waiting');
    });

    /** Still waiting, still sealed: nothing was acknowledged or erased. */
    const nothingChanged = async () => {
      expect(await store.waitingCount()).toBe(1);
      expect((await store.waiting(10)).map((item) => item.reference)).toEqual([waitingReference]);
    };

    /** Sends the request and checks it is refused with a plain message and nothing in it about referrals. */
    const refused = async (request: InjectOptions, reason: RegExp) => {
      const answer = await app.inject(request);
      expect(answer.statusCode).toBe(401);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.json<{ message: string }>().message).toMatch(reason);
      expect(answer.body).not.toContain(waitingReference);
      await nothingChanged();
    };

    it('that is not signed', async () => {
      await refused({ method: 'GET', url: list.url }, /not signed/);
      await refused(
        {
          method: 'POST',
          url: '/api/hub/acknowledge',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ references: [waitingReference] }),
        },
        /not signed/,
      );
    });

    it('whose signature is altered', async () => {
      const request = await signed(acknowledgement([waitingReference]));
      const header = (request.headers as Record<string, string>)['x-hub-signature']!;
      const altered = header.replace(/s=(.)/, (_match, first: string) => `s=${first === 'A' ? 'B' : 'A'}`);
      await refused({ ...request, headers: { ...request.headers, 'x-hub-signature': altered } }, /not signed with/);
    });

    it('signed with another key', async () => {
      const stranger = await generateHubKeys();
      await refused(await signed(acknowledgement([waitingReference]), stranger.signingSecretKey), /not signed with/);
    });

    it('signed more than 5 minutes ago, or ahead', async () => {
      const tooOld = new Date(start.getTime() - 6 * 60_000);
      const ahead = new Date(start.getTime() + 6 * 60_000);
      await refused(await signed(acknowledgement([waitingReference]), keys.signingSecretKey, tooOld), /clock/);
      await refused(await signed(acknowledgement([waitingReference]), keys.signingSecretKey, ahead), /clock/);
    });

    it('sent again (a captured request replayed)', async () => {
      const request = await signed(list);
      expect((await app.inject(request)).statusCode).toBe(200);
      await refused(request, /already used/);
      // Also when replayed later within the 5 minutes, and after a restart of the routes on the same store.
      clock = new Date(start.getTime() + 4 * 60_000);
      await app.close();
      await startIntake();
      await refused(request, /already used/);
    });

    it('signed for other references than the ones it carries', async () => {
      const request = await signed(acknowledgement(['AAAA-AAAA']));
      await refused({ ...request, payload: JSON.stringify({ references: [waitingReference] }) }, /not signed with/);
    });

    it('signed for another address or limit', async () => {
      const request = await signed({ method: 'GET', url: '/api/hub/referrals?limit=1' });
      await refused({ ...request, url: '/api/hub/referrals?limit=500' }, /not signed with/);
      const asList = await signed(list);
      await refused({ ...asList, method: 'POST', url: '/api/hub/acknowledge' }, /not signed with/);
    });
  });

  it('accepts either key while keys are being changed, and only the new one once the old is removed', async () => {
    const reference = await receive('Rotating Keys');
    const newKeys = await generateHubKeys();
    await app.close();
    await startIntake({ collectionKeys: [keys.collectionKey, newKeys.collectionKey] });
    expect((await app.inject(await signed(list, keys.signingSecretKey))).statusCode).toBe(200);
    expect((await app.inject(await signed(list, newKeys.signingSecretKey))).statusCode).toBe(200);
    await app.close();
    await startIntake({ collectionKeys: [newKeys.collectionKey] });
    expect((await app.inject(await signed(list, keys.signingSecretKey))).statusCode).toBe(401);
    const acknowledged = await app.inject(await signed(acknowledgement([reference]), newKeys.signingSecretKey));
    expect(acknowledged.json()).toEqual({ acknowledged: 1 });
  });

  it('refuses acknowledgements that are not a short list of references, acknowledging none of them', async () => {
    const reference = await receive('Kept Waiting');
    const badBodies = [
      JSON.stringify({ references: [reference, 'not a reference'] }),
      JSON.stringify({ references: Array.from({ length: 501 }, () => reference) }),
      JSON.stringify({ references: reference }),
      JSON.stringify([reference]),
      JSON.stringify({ references: [reference], extra: true }),
      '{"references": [',
    ];
    for (const body of badBodies) {
      const answer = await app.inject(await signed({ method: 'POST', url: '/api/hub/acknowledge', body }));
      expect(answer.statusCode, body.slice(0, 40)).toBe(400);
      expect(answer.body).not.toContain(reference);
    }
    expect(await store.waitingCount()).toBe(1);
    const huge = JSON.stringify({ references: [reference], padding: 'x'.repeat(70 * 1024) });
    const tooLarge = await app.inject(await signed({ method: 'POST', url: '/api/hub/acknowledge', body: huge }));
    expect(tooLarge.statusCode).toBe(413);
    const asText = await signed(acknowledgement([reference]));
    const notJson = await app.inject({ ...asText, headers: { ...asText.headers, 'content-type': 'text/plain' } });
    expect(notJson.statusCode).toBe(415);
    expect(await store.waitingCount()).toBe(1);
  });

  it('says collection is not set up (503), and gives nothing, when the intake has no collection key', async () => {
    await receive('Not Set Up');
    await app.close();
    await startIntake({ collectionKeys: [] });
    const answer = await app.inject(await signed(list));
    expect(answer.statusCode).toBe(503);
    expect(answer.json<{ message: string }>().message).toMatch(/HUB_COLLECTION_KEY/);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(await store.waitingCount()).toBe(1);
  });

  it('gives the hub’s collection command every referral over HTTP, once, and erases them', async () => {
    const references = [
      await receive('Over The Network', new Date(start.getTime() - 60_000)),
      await receive('Second Over The Network'),
    ];
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const outDir = mkdtempSync(path.join(tmpdir(), 'vf-hub-routes-'));
    try {
      // The real clock: the request is signed and checked at the same moment.
      clock = new Date();
      const source = remoteSource(address, keys);
      const result = await collectReferrals({ source, keys, outDir, batchSize: 1 });
      expect(result.collected.map((item) => item.reference)).toEqual(references);
      expect(result.collected.map((item) => item.referral.name)).toEqual([
        'Over The Network',
        'Second Over The Network',
      ]);
      expect(result.acknowledged).toBe(2);
      expect(await store.waitingCount()).toBe(0);
      expect((await collectReferrals({ source, keys, outDir })).collected).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('limits how fast anyone can try requests', async () => {
    const answers = [];
    for (let count = 0; count < 61; count += 1) answers.push(await app.inject({ method: 'GET', url: list.url }));
    expect(answers[59]!.statusCode).toBe(401);
    expect(answers[60]!.statusCode).toBe(429);
    expect(answers[60]!.json<{ message: string }>().message).toMatch(/wait a minute/);
  });
});
