/**
 * The hub intake's HTTP endpoint, driven with Fastify's inject against a real
 * store in a temporary folder: what it accepts, refuses, stores and answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, registerIntake, REFERRALS_PATH } from './intake.ts';
import { trustProxyFromEnvironment } from './config.ts';
import { checkReferral } from '../features/referral/schema.ts';
import type { ReferralStore } from './store/referral-store.ts';
import { openSealed, type HubKeyPair } from '../hub/sealing.ts';
import { generateHubKeys } from '../hub/hub-keys.ts';
import {
  intakeOptions,
  referFormPage,
  SITE_ORIGIN as SITE,
  storeInNewFolder,
  type StoreInFolder,
} from '../../tests/support/intake-setup.ts';
import { formEncoded, validReferral } from '../../tests/support/referrals.ts';

const now = new Date('2026-11-23T12:00:00Z');
const REFUSED_FROM_ANOTHER_SITE =
  'Referrals can only be sent from the Victims First website. Please call the Victims First Hub on 0300 1234 148.';

/** The sealed contents of every referral waiting, opened with the hub's keys. */
async function openedReferrals(store: ReferralStore, keys: HubKeyPair) {
  return Promise.all(
    (await store.waiting()).map(
      async (row) => (await openSealed(row.sealed, keys)) as { referral: Record<string, unknown>; flags?: string[] },
    ),
  );
}

describe('the hub intake', () => {
  let kept: StoreInFolder;
  let store: ReferralStore;
  let keys: HubKeyPair;
  let app: FastifyInstance;
  let logged: string[];

  beforeEach(async () => {
    kept = await storeInNewFolder('vf-intake-');
    store = kept.store;
    keys = await generateHubKeys();
    logged = [];
    app = Fastify();
    const originalLog = console.log;
    console.log = (...parts: unknown[]) => logged.push(parts.join(' '));
    await registerIntake(
      app,
      await intakeOptions(store, { hubPublicKey: keys.publicKey, now: () => now, perMinute: 50, logRequests: true }),
    );
    console.log = originalLog;
  });

  afterEach(async () => {
    await app.close();
    await kept.remove();
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
    expect(await store.waitingCount()).toBe(1);
    // Nothing the person wrote is readable in the database files.
    for (const file of readdirSync(kept.folder)) {
      const bytes = readFileSync(path.join(kept.folder, file)).toString('latin1');
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
    expect(await store.waitingCount()).toBe(0);
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
    expect(await store.waitingCount()).toBe(0);
  });

  it('stores a retried referral once, and refuses the same key with different answers', async () => {
    const withKey = { ...validReferral, idempotencyKey: 'retry-key-0123456789' };
    const first = await post(withKey);
    const retry = await post(withKey);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(await store.waitingCount()).toBe(1);
    // The same page sending different answers is told the reference it already has, and nothing new is stored.
    const changed = await post({ ...withKey, name: 'Someone Else' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json()).toMatchObject({ reference: (first.json() as { reference: string }).reference });
    expect(changed.body).not.toContain('Someone Else');
    expect(await store.waitingCount()).toBe(1);
  });

  it('stores a form sent twice without JavaScript once', async () => {
    const first = await post(formEncoded(validReferral), 'application/x-www-form-urlencoded');
    const again = await post(formEncoded(validReferral), 'application/x-www-form-urlencoded');
    expect(again.json()).toEqual(first.json());
    expect(await store.waitingCount()).toBe(1);
  });

  it('recognises the same answers sent again in another order, but not different answers', async () => {
    const first = await post(formEncoded(validReferral), 'application/x-www-form-urlencoded');
    const reordered = Object.fromEntries(Object.entries(validReferral).reverse());
    const again = await post(formEncoded(reordered), 'application/x-www-form-urlencoded');
    expect(again.json()).toEqual(first.json());
    const other = await post(
      formEncoded({ ...reordered, moreDetails: 'Something else.' }),
      'application/x-www-form-urlencoded',
    );
    expect(other.statusCode).toBe(201);
    expect(await store.waitingCount()).toBe(2);
  });

  it('refuses a form whose hidden field was filled in, or sent as anything but one empty text', async () => {
    const statuses = [
      (await post({ ...validReferral, website: 'http://spam.example' })).statusCode,
      (await post({ ...validReferral, website: ['', 'http://spam.example'] })).statusCode,
      (await post({ ...validReferral, website: 0 })).statusCode,
      (await post({ ...validReferral, website: {} })).statusCode,
      (await post({ ...validReferral, website: ' ' })).statusCode,
      // Sent twice by a form: a browser sends one.
      (await post(`${formEncoded(validReferral)}&website=&website=`, 'application/x-www-form-urlencoded')).statusCode,
    ];
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400]);
    expect(await store.waitingCount()).toBe(0);
    expect((await post({ ...validReferral, website: '', idempotencyKey: 'honest-person-key-0' })).statusCode).toBe(201);
  });

  it('flags a form sent too fast, or whose time was not measured, rather than losing it', async () => {
    const sent = {
      'sent-in-900ms-key-000': '900',
      'not-a-number-key-0000': 'not a number',
      'at-a-normal-pace-0000': '120000',
      'empty-timer-key-00000': '',
      'negative-timer-key-00': '-5000',
      'no-timer-at-all-00000': undefined,
    };
    for (const [idempotencyKey, timeTakenMs] of Object.entries(sent)) {
      const body = {
        ...validReferral,
        name: idempotencyKey,
        idempotencyKey,
        ...(timeTakenMs === undefined ? {} : { timeTakenMs }),
      };
      expect((await post(body)).statusCode).toBe(201);
    }
    const flags = Object.fromEntries(
      (await openedReferrals(store, keys)).map((opened) => [opened.referral.name, opened.flags ?? []]),
    );
    expect(flags).toEqual({
      'sent-in-900ms-key-000': ['sent-very-quickly'],
      'not-a-number-key-0000': ['time-not-measured'],
      'at-a-normal-pace-0000': [],
      'empty-timer-key-00000': ['time-not-measured'],
      'negative-timer-key-00': ['time-not-measured'],
      // Leaving the time out does not avoid the flag.
      'no-timer-at-all-00000': ['time-not-measured'],
    });
  });

  it('seals exactly the answers it checked, even text that is not well formed', async () => {
    // JSON can carry half of a surrogate pair, which no text encoding can store.
    const payload = JSON.stringify({ ...validReferral, moreDetails: 'broken' }).replace(
      'broken',
      'broken \\ud800 text',
    );
    expect(JSON.parse(payload).moreDetails).toBe('broken \ud800 text');
    expect((await post(payload)).statusCode).toBe(201);
    const [opened] = await openedReferrals(store, keys);
    const checked = checkReferral(JSON.parse(payload), now);
    expect(checked.ok && checked.referral).toEqual(opened!.referral);
    expect(opened!.referral.moreDetails).toBe('broken \uFFFD text');
  });

  it('refuses referrals posted from another website', async () => {
    expect((await post(validReferral, 'application/json', { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect(await store.waitingCount()).toBe(0);
    expect((await post(validReferral, 'application/json', { origin: SITE })).statusCode).toBe(201);
  });

  it('refuses a form another website makes the browser post, even when it hides where it comes from', async () => {
    // A page with <meta name="referrer" content="no-referrer">: its form posts say "Origin: null", as the site's own do.
    const fromAnotherSite = { origin: 'null', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' };
    const refused = await post(formEncoded(validReferral), 'application/x-www-form-urlencoded', fromAnotherSite);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ message: REFUSED_FROM_ANOTHER_SITE });
    expect((await post(validReferral, 'application/json', fromAnotherSite)).statusCode).toBe(403);
    // Another site's script, through CORS, names its own origin.
    const script = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' };
    expect((await post(validReferral, 'application/json', script)).statusCode).toBe(403);
    expect(await store.waitingCount()).toBe(0);
  });

  it('takes forms from the site itself, whatever its referrer policy, and from tools that do not say', async () => {
    const sends: Record<string, string>[] = [
      // The site's own page, the intake beside it.
      { origin: 'null', 'sec-fetch-site': 'same-origin' },
      // The site on www., the intake on another subdomain.
      { origin: 'null', 'sec-fetch-site': 'same-site' },
      // The site's script posting through CORS to an intake on another domain.
      { origin: SITE, 'sec-fetch-site': 'cross-site' },
      // Not a browser (curl, a test), or a browser too old to say: Origin decides, as before.
      { origin: 'null' },
      {},
    ];
    for (const [index, headers] of sends.entries()) {
      const response = await post({ ...validReferral, name: `Person ${index}` }, 'application/json', headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(201);
    }
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

  it('lets the hub page on the site sign its collection requests to an intake on another origin', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/hub/referrals?limit=500',
      headers: {
        origin: SITE,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-hub-signature',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBe(SITE);
    expect(String(preflight.headers['access-control-allow-methods'])).toContain('GET');
    expect(String(preflight.headers['access-control-allow-headers']).toLowerCase()).toContain('x-hub-signature');
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

  it('says only that it is healthy, not how many referrals wait, and logs nothing about the person', async () => {
    await post(validReferral);
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const originalLog = console.log;
    console.log = (...parts: unknown[]) => logged.push(parts.join(' '));
    await post({ ...validReferral, name: 'Sam Uniquename Again' });
    console.log = originalLog;
    expect(logged.some((line) => line.startsWith('POST /api/referrals 201'))).toBe(true);
    expect(logged.join('\n')).not.toMatch(/Uniquename|07700|OX1/);
  });
});

describe('the intake answering a form sent without JavaScript', () => {
  let kept: StoreInFolder;
  let store: ReferralStore;
  let app: FastifyInstance;

  beforeEach(async () => {
    kept = await storeInNewFolder('vf-intake-html-');
    store = kept.store;
    app = Fastify();
    await registerIntake(app, await intakeOptions(store, { now: () => now, formPage: referFormPage }));
  });

  afterEach(async () => {
    await app.close();
    await kept.remove();
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
    expect(response.body).toMatch(/data-reference dir="ltr">[A-Z0-9]{4}-[A-Z0-9]{4}</);
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
    expect(await store.waitingCount()).toBe(0);
  });

  it('refuses a service the form does not offer, and keeps nothing', async () => {
    const response = await postForm({ ...validReferral, serviceInterest: 'made-up-service' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Choose a service from the list');
    expect(await store.waitingCount()).toBe(0);
    expect((await postForm({ ...validReferral, serviceInterest: 'young-victims-service' })).statusCode).toBe(200);
  });

  it('answers a form too large to send with the page and a message, not data', async () => {
    const response = await postForm({ ...validReferral, moreDetails: 'y'.repeat(BODY_LIMIT_BYTES + 1) });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('This form is too large to send');
  });

  it('answers a form another website posted with the page and the refusal, without that website’s answers', async () => {
    const response = await app.inject({
      method: 'POST',
      url: REFERRALS_PATH,
      payload: formEncoded({ ...validReferral, safeTimes: 'Planted by another site' }),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'null',
        'sec-fetch-site': 'cross-site',
      },
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<title>Error: Ask for support – Victims First</title>');
    expect(response.body).toContain(REFUSED_FROM_ANOTHER_SITE);
    expect(response.body).not.toContain('Planted by another site');
    expect(response.body).not.toContain('Uniquename');
    expect(await store.waitingCount()).toBe(0);
  });
});

describe('the intake’s health check', () => {
  it('says "unavailable" with 503 when the database cannot be reached, and nothing more', async () => {
    const { store, remove } = await storeInNewFolder('vf-intake-health-');
    let databaseUp = true;
    const watched = new Proxy(store, {
      get: (target, name, receiver) =>
        name === 'check'
          ? async () => {
              if (!databaseUp) throw new Error('connection refused');
              return target.check();
            }
          : Reflect.get(target, name, receiver),
    });
    const app = Fastify();
    await registerIntake(app, await intakeOptions(watched));
    expect((await app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' });
    databaseUp = false;
    const down = await app.inject({ url: '/api/health' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'unavailable' });
    expect(down.body).not.toContain('connection refused');
    await app.close();
    await remove();
  });
});

describe('the intake behind a proxy', () => {
  it('counts forms by the address the proxy saw, however the sender fills in X-Forwarded-For', async () => {
    const { store, remove } = await storeInNewFolder('vf-intake-proxy-');
    // One proxy in front (TRUST_PROXY=1), at 10.0.0.2: it adds the address it saw to X-Forwarded-For.
    const app = Fastify({ trustProxy: trustProxyFromEnvironment({ TRUST_PROXY: '1' }) });
    await registerIntake(app, await intakeOptions(store, { perMinute: 3 }));
    const throughTheProxy = (forged: string, sender: string) =>
      app.inject({
        method: 'POST',
        url: REFERRALS_PATH,
        remoteAddress: '10.0.0.2',
        payload: JSON.stringify({ ...validReferral, name: '' }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `${forged}, ${sender}` },
      });
    const statuses: number[] = [];
    for (let index = 0; index < 6; index += 1)
      statuses.push((await throughTheProxy(`198.51.100.${index}`, '203.0.113.7')).statusCode);
    expect(statuses).toEqual([400, 400, 400, 429, 429, 429]);
    // Someone else, through the same proxy, is not held back.
    expect((await throughTheProxy('198.51.100.99', '203.0.113.8')).statusCode).toBe(400);
    await app.close();
    await remove();
  });

  it('refuses to trust whatever any client claims', () => {
    expect(() => trustProxyFromEnvironment({ TRUST_PROXY: 'true' })).toThrow('a hop count such as 1');
  });
});

describe('a form sent twice without JavaScript, to intakes sharing one database', () => {
  const sendTo = async (app: FastifyInstance) =>
    app.inject({
      method: 'POST',
      url: REFERRALS_PATH,
      payload: formEncoded(validReferral),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  const twoIntakes = async (firstKey: Uint8Array, secondKey: Uint8Array) => {
    const { store, remove } = await storeInNewFolder('vf-intake-repeat-');
    const hubPublicKey = (await generateHubKeys()).publicKey;
    const apps = [firstKey, secondKey].map(() => Fastify());
    await registerIntake(apps[0]!, await intakeOptions(store, { hubPublicKey, repeatKey: firstKey }));
    await registerIntake(apps[1]!, await intakeOptions(store, { hubPublicKey, repeatKey: secondKey }));
    const first = await sendTo(apps[0]!);
    const second = await sendTo(apps[1]!);
    const stored = await store.waitingCount();
    for (const app of apps) await app.close();
    await remove();
    return { first: first.json() as unknown, second: second.json() as unknown, stored };
  };

  it('is stored once when they share INTAKE_REPEAT_KEY', async () => {
    const shared = new Uint8Array(32).fill(7);
    const { first, second, stored } = await twoIntakes(shared, shared);
    expect(second).toEqual(first);
    expect(stored).toBe(1);
  });

  it('is stored twice when each has its own key, as after a restart without INTAKE_REPEAT_KEY', async () => {
    const { stored } = await twoIntakes(new Uint8Array(32).fill(1), new Uint8Array(32).fill(2));
    expect(stored).toBe(2);
  });
});
