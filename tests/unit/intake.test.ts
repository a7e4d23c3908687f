/**
 * The hub intake, driven over HTTP (Fastify's inject) against a real store
 * in a temporary folder, and the hub's collection run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectReferrals, csvCell, keyPairFromPrivateKey } from '../../src/intake/collect.ts';
import { BODY_LIMIT_BYTES, registerIntake, REFERRALS_PATH } from '../../src/intake/intake.ts';
import { openReferralStore, type ReferralStore } from '../../src/intake/store.ts';
import { REFERRAL_FIELD_NAMES } from '../../src/lib/referral/schema.ts';
import { generateHubKeyPair, type HubKeyPair } from '../../src/lib/referral/sealing.ts';
import { validReferral } from '../support/referrals.ts';

const SITE = 'http://localhost:4321';
const now = new Date('2026-11-23T12:00:00Z');


function formEncoded(values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  return params.toString();
}

describe('the hub intake', () => {
  let folder: string;
  let store: ReferralStore;
  let keys: HubKeyPair;
  let app: FastifyInstance;
  let logged: string[];

  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'vf-intake-'));
    store = openReferralStore(path.join(folder, 'referrals.sqlite'));
    keys = await generateHubKeyPair();
    logged = [];
    app = Fastify();
    const originalLog = console.log;
    console.log = (...parts: unknown[]) => logged.push(parts.join(' '));
    await registerIntake(app, { store, hubPublicKey: keys.publicKey, siteOrigin: SITE, hubPhone: '0300 1234 148', now: () => now, perMinute: 50, logRequests: true });
    console.log = originalLog;
  });

  afterEach(async () => {
    await app.close();
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const post = (payload: string | object, contentType = 'application/json', headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: REFERRALS_PATH, payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers: { 'content-type': contentType, ...headers } });

  it('takes a form post, answers with a reference, and stores the referral only sealed', async () => {
    const response = await post(formEncoded(validReferral), 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(201);
    const { reference } = response.json() as { reference: string };
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(store.count()).toBe(1);
    // Nothing the person wrote is readable in the database files.
    for (const file of readdirSync(folder)) {
      const bytes = readFileSync(path.join(folder, file)).toString('latin1');
      expect(bytes, file).not.toContain('Uniquename');
      expect(bytes, file).not.toContain('07700');
    }
  });

  it('takes JSON from the form’s script', async () => {
    const response = await post({ ...validReferral, idempotencyKey: 'a1b2c3d4e5f6a7b8c9d0' });
    expect(response.statusCode).toBe(201);
  });

  it('gives the hub every referral intact when collected, once, as JSON and CSV', async () => {
    const first = (await post(validReferral)).json() as { reference: string };
    const second = (await post({ ...validReferral, name: 'Alex Second', idempotencyKey: 'second-referral-key-1' })).json() as { reference: string };
    const out = path.join(folder, 'out');
    const result = await collectReferrals({ store, keys: await keyPairFromPrivateKey(keys.privateKey), outDir: out, columns: REFERRAL_FIELD_NAMES, retentionDays: 30, now });
    expect(result.collected.map((item) => item.reference).sort()).toEqual([first.reference, second.reference].sort());
    const sam = result.collected.find((item) => item.reference === first.reference)!;
    expect(sam.referral).toMatchObject({ name: 'Sam Uniquename', crimeTypes: ['burglary', 'fraud'], moreDetails: validReferral.moreDetails });
    expect(sam.receivedAt).toBe(now.toISOString());
    const json = JSON.parse(readFileSync(result.files[0]!, 'utf8')) as unknown[];
    expect(json).toHaveLength(2);
    const csv = readFileSync(result.files[1]!, 'utf8');
    expect(csv).toContain('"Sam Uniquename"');
    expect(csv).toContain('"burglary; fraud"');
    expect(csv).toContain('"They came at night. ""Quotes"", commas, and ünïcödé."');
    // Collected once: the next run finds nothing new.
    const again = await collectReferrals({ store, keys, outDir: out, columns: REFERRAL_FIELD_NAMES, retentionDays: 30, now });
    expect(again.collected).toEqual([]);
  });

  it('deletes collected referrals after the retention period, and never uncollected ones', async () => {
    await post(validReferral);
    const out = path.join(folder, 'out');
    await collectReferrals({ store, keys, outDir: out, columns: REFERRAL_FIELD_NAMES, retentionDays: 30, now });
    await post({ ...validReferral, name: 'Still Waiting', idempotencyKey: 'still-waiting-key-01' });
    const later = new Date(now.getTime() + 31 * 24 * 60 * 60 * 1000);
    const result = await collectReferrals({ store, keys, outDir: out, columns: REFERRAL_FIELD_NAMES, retentionDays: 30, now: later });
    expect(result.deleted).toBe(1);
    expect(result.collected.map((item) => item.referral.name)).toEqual(['Still Waiting']);
  });

  it('answers bad answers with the field and a message, and stores nothing', async () => {
    const response = await post({ ...validReferral, postcode: 'nowhere', name: '' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      message: 'There is a problem with some answers.',
      errors: [
        { field: 'name', message: 'Enter your name' },
        { field: 'postcode', message: 'Enter a full UK postcode, like OX1 1AA' },
      ],
    });
    expect(store.count()).toBe(0);
  });

  it('refuses hostile, oversized, unknown and wrongly typed payloads, stores nothing and repeats nothing back', async () => {
    const hostile = [
      await post({ ...validReferral, name: '<script>alert("x")</script>' }),
      await post({ ...validReferral, moreDetails: 'x'.repeat(5000) }),
      await post({ ...validReferral, isAdmin: 'true' }),
      await post({ ...validReferral, crimeTypes: [{ $gt: '' }] }),
      await post(JSON.stringify([validReferral])),
      await post('{"name": "Sam', 'application/json'),
      await post('name=Sam', 'text/plain'),
      await post({ ...validReferral, moreDetails: 'y'.repeat(BODY_LIMIT_BYTES + 1) }),
      await post({ ...validReferral, idempotencyKey: '<b>not-a-key</b>' }),
    ];
    expect(hostile.map((response) => response.statusCode)).toEqual([400, 400, 400, 400, 400, 400, 415, 413, 400]);
    for (const response of hostile) {
      expect(response.body).not.toContain('<script>');
      expect(response.body).not.toContain('isAdmin');
      expect(response.body).not.toContain('<b>');
      expect(response.headers['content-type']).toContain('application/json');
    }
    expect(store.count()).toBe(0);
  });

  it('stores a retried referral once, and refuses the same key with different answers', async () => {
    const withKey = { ...validReferral, idempotencyKey: 'retry-key-0123456789' };
    const first = await post(withKey);
    const retry = await post(withKey);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(store.count()).toBe(1);
    const changed = await post({ ...withKey, name: 'Someone Else' });
    expect(changed.statusCode).toBe(409);
    expect(store.count()).toBe(1);
  });

  it('stores a form sent twice without JavaScript once', async () => {
    const first = await post(formEncoded(validReferral), 'application/x-www-form-urlencoded');
    const again = await post(formEncoded(validReferral), 'application/x-www-form-urlencoded');
    expect(again.json()).toEqual(first.json());
    expect(store.count()).toBe(1);
  });

  it('refuses what looks automated: the hidden field filled in, or a form sent too fast', async () => {
    expect((await post({ ...validReferral, website: 'http://spam.example' })).statusCode).toBe(400);
    expect((await post({ ...validReferral, formStartedAt: String(now.getTime() - 500) })).statusCode).toBe(400);
    expect(store.count()).toBe(0);
    expect((await post({ ...validReferral, formStartedAt: String(now.getTime() - 60_000) })).statusCode).toBe(201);
  });

  it('allows scripts from the site’s own origin only', async () => {
    const preflight = (origin: string) =>
      app.inject({ method: 'OPTIONS', url: REFERRALS_PATH, headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await preflight(SITE)).headers['access-control-allow-origin']).toBe(SITE);
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('limits how many forms one address can send in a minute', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 52; index += 1) statuses.push((await post({ ...validReferral, name: '' })).statusCode);
    expect(statuses.slice(0, 50).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(50)).toEqual([429, 429]);
  });

  it('says it is healthy, and logs nothing about the person', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', waiting: 0 });
    const originalLog = console.log;
    console.log = (...parts: unknown[]) => logged.push(parts.join(' '));
    await post(validReferral);
    console.log = originalLog;
    expect(logged.some((line) => line.startsWith('POST /api/referrals 201'))).toBe(true);
    expect(logged.join('\n')).not.toMatch(/Uniquename|07700|OX1/);
  });
});

describe('CSV for the case management system', () => {
  it('quotes every cell and never lets a spreadsheet run a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(['a', 'b'])).toBe('"a; b"');
    expect(csvCell(undefined)).toBe('""');
  });
});
