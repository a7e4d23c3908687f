/**
 * The hub intake's HTTP endpoint, driven with Fastify's inject against a real
 * store in a temporary folder: what it accepts, refuses, stores and answers.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, registerIntake, REFERRALS_PATH } from './intake.ts';
import { FORM_REGION, PAGE_REGION } from '../features/referral/form-markup.ts';
import { openReferralStore, type ReferralStore } from './store.ts';
import { generateHubKeyPair, openSealed, type HubKeyPair } from '../hub/sealing.ts';
import { validReferral } from '../../tests/support/referrals.ts';

const SITE = 'http://localhost:4321';
const now = new Date('2026-11-23T12:00:00Z');

function formEncoded(values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
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
    await registerIntake(app, {
      store,
      hubPublicKey: keys.publicKey,
      siteOrigin: SITE,
      hubPhone: '0300 1234 148',
      now: () => now,
      perMinute: 50,
      logRequests: true,
    });
    console.log = originalLog;
  });

  afterEach(async () => {
    await app.close();
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const post = (payload: string | object, contentType = 'application/json', headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: REFERRALS_PATH,
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: { 'content-type': contentType, ...headers },
    });

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
    // The same page sending different answers is told the reference it already has, and nothing new is stored.
    const changed = await post({ ...withKey, name: 'Someone Else' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json()).toMatchObject({ reference: (first.json() as { reference: string }).reference });
    expect(changed.body).not.toContain('Someone Else');
    expect(store.count()).toBe(1);
  });

  it('stores a form sent twice without JavaScript once', async () => {
    const first = await post(formEncoded(validReferral), 'application/x-www-form-urlencoded');
    const again = await post(formEncoded(validReferral), 'application/x-www-form-urlencoded');
    expect(again.json()).toEqual(first.json());
    expect(store.count()).toBe(1);
  });

  it('refuses a form whose hidden field was filled in, and flags one sent too fast rather than losing it', async () => {
    expect((await post({ ...validReferral, website: 'http://spam.example' })).statusCode).toBe(400);
    expect(store.count()).toBe(0);
    expect(
      (await post({ ...validReferral, timeTakenMs: '900', idempotencyKey: 'quick-sender-key-000' })).statusCode,
    ).toBe(201);
    expect(
      (await post({ ...validReferral, timeTakenMs: 'not a number', idempotencyKey: 'odd-timer-key-00000' })).statusCode,
    ).toBe(201);
    expect(
      (await post({ ...validReferral, timeTakenMs: '120000', idempotencyKey: 'normal-pace-key-000' })).statusCode,
    ).toBe(201);
    const opened = await Promise.all(
      store.uncollected().map(async (row) => (await openSealed(row.sealed, keys)) as { flags?: string[] }),
    );
    expect(opened.map((item) => item.flags ?? []).sort()).toEqual([[], [], ['sent-very-quickly']]);
  });

  it('refuses referrals posted from another website', async () => {
    expect((await post(validReferral, 'application/json', { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect(store.count()).toBe(0);
    expect((await post(validReferral, 'application/json', { origin: SITE })).statusCode).toBe(201);
  });

  it('allows scripts from the site’s own origin only', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: REFERRALS_PATH,
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight(SITE)).headers['access-control-allow-origin']).toBe(SITE);
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('limits how many forms one address can send in a minute', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 52; index += 1) statuses.push((await post({ ...validReferral, name: '' })).statusCode);
    expect(statuses.slice(0, 50).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(50)).toEqual([429, 429]);
    const limited = await post({ ...validReferral, name: '' });
    expect(limited.json()).toEqual({
      message:
        'Too many forms have been sent from this connection. Wait a minute and try again, or call the Victims First Hub on 0300 1234 148.',
    });
  });

  it('does not count health checks against the limit on forms', async () => {
    for (let index = 0; index < 60; index += 1)
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await post(validReferral)).statusCode).toBe(201);
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

describe('the intake answering a form sent without JavaScript', () => {
  const template = [
    '<!doctype html><html><head><title>Ask for support – Victims First</title></head><body><main>',
    PAGE_REGION.start,
    '<h1>Ask for support</h1>',
    FORM_REGION.start,
    '<form></form>',
    FORM_REGION.end,
    PAGE_REGION.end,
    '</main></body></html>',
  ].join('');
  let folder: string;
  let store: ReferralStore;
  let app: FastifyInstance;

  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'vf-intake-html-'));
    store = openReferralStore(path.join(folder, 'referrals.sqlite'));
    const keys = await generateHubKeyPair();
    app = Fastify();
    await registerIntake(app, {
      store,
      hubPublicKey: keys.publicKey,
      siteOrigin: SITE,
      hubPhone: '0300 1234 148',
      now: () => now,
      formPage: {
        template: () => template,
        context: {
          endpoint: REFERRALS_PATH,
          hubPhone: '0300 1234 148',
          callsFrom: '0300 1234 148',
          emergency: '999',
          silentSolutionCode: '55',
          services: [{ value: 'young-victims-service', label: 'Young Victims Service' }],
        },
        contactWithinWorkingDays: 2,
        callsFrom: '0300 1234 148',
      },
    });
  });

  afterEach(async () => {
    await app.close();
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const postForm = (values: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: REFERRALS_PATH,
      payload: formEncoded(values),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

  it('answers with the confirmation page', async () => {
    const response = await postForm(validReferral);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<title>Referral sent – Victims First</title>');
    expect(response.body).toMatch(/data-reference>[A-Z0-9]{4}-[A-Z0-9]{4}</);
  });

  it('answers errors with the form, what was typed kept and escaped, and an "Error:" title', async () => {
    const response = await postForm({
      ...validReferral,
      postcode: 'nowhere',
      name: '"><img src=x onerror=alert(1)>',
      safeTimes: 'after 6pm & weekends',
      serviceInterest: 'young-victims-service',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<title>Error: Ask for support – Victims First</title>');
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain('href="#postcode">Enter a full UK postcode, like OX1 1AA</a>');
    expect(response.body).not.toContain('<img src=x');
    expect(response.body).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(response.body).toContain('value="after 6pm &amp; weekends"');
    expect(response.body).toContain('<option value="young-victims-service" selected>Young Victims Service</option>');
    expect(store.count()).toBe(0);
  });

  it('refuses a service the form does not offer, and keeps nothing', async () => {
    const response = await postForm({ ...validReferral, serviceInterest: 'made-up-service' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Choose a service from the list');
    expect(store.count()).toBe(0);
    expect((await postForm({ ...validReferral, serviceInterest: 'young-victims-service' })).statusCode).toBe(200);
  });

  it('answers a form too large to send with the page and a message, not data', async () => {
    const response = await postForm({ ...validReferral, moreDetails: 'y'.repeat(BODY_LIMIT_BYTES + 1) });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('This form is too large to send');
  });
});
