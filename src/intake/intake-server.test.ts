/**
 * The intake on its own (`npm run intake`): every answer carries its
 * security headers, even those the framework or Node's HTTP parser makes
 * before any route runs; no answer repeats the address; and a client that
 * sends slowly is disconnected.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeOptions } from '../../tests/support/intake-setup.ts';
import { validReferral } from '../../tests/support/referrals.ts';
import { itAnswersSafelyBeforeAnyRoute, TEST_TIMEOUTS } from '../../tests/support/server-safety-checks.ts';
import { createIntakeServer, intakeServerHeaders } from './intake-server.ts';
import { REFERRALS_PATH } from './intake.ts';
import { openReferralStore } from './store/open-store.ts';
import type { ReferralStore } from './store/referral-store.ts';

const SITE = 'https://www.victims-first.org.uk';
const expected = intakeServerHeaders(SITE);

/** Every security header, as the intake should send it. */
function expectSecurityHeaders(headers: Record<string, string | string[] | number | undefined>): void {
  for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], name).toBe(value);
}

describe('the intake’s headers', () => {
  it('allow only the site’s own scripts, styles, images and fonts, and nothing to frame the page', () => {
    expect(expected['Content-Security-Policy']).toBe(
      [
        "default-src 'none'",
        `script-src ${SITE}`,
        `style-src ${SITE}`,
        `img-src ${SITE}`,
        `font-src ${SITE}`,
        "connect-src 'self'",
        `form-action 'self' ${SITE}`,
        `base-uri ${SITE}`,
        "frame-ancestors 'none'",
        "object-src 'none'",
      ].join('; '),
    );
    expect(expected).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
  });

  it('use only the origin of the site’s address, so nothing else can be slipped into the policy', () => {
    const policy = intakeServerHeaders('https://www.victims-first.org.uk/refer/?x=1;script-src%20*')[
      'Content-Security-Policy'
    ];
    expect(policy).toContain(`script-src ${SITE};`);
    expect(policy).not.toContain('refer');
  });
});

describe('the intake on its own', () => {
  let store: ReferralStore;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    store = await openReferralStore({ file: ':memory:' });
    app = await createIntakeServer(await intakeOptions(store, { siteOrigin: SITE }), { timeouts: TEST_TIMEOUTS });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('sends its headers with referrals, health checks and unknown addresses, and never repeats the address', async () => {
    const referral = await app.inject({ method: 'POST', url: REFERRALS_PATH, payload: validReferral });
    expect(referral.statusCode).toBe(201);
    expectSecurityHeaders(referral.headers);
    expectSecurityHeaders((await app.inject({ url: '/api/health' })).headers);
    for (const [method, url] of [
      ['GET', '/no-such-page-<script>'],
      ['DELETE', '/api/health'],
      ['PROPFIND', '/api/referrals'],
    ] as const) {
      const missing = await app.inject({ method, url });
      expect(missing.statusCode, `${method} ${url}`).toBe(404);
      expectSecurityHeaders(missing.headers);
      expect(missing.body).toBe('There is nothing at this address.');
    }
  });

  itAnswersSafelyBeforeAnyRoute(() => ({
    port,
    getPath: '/api/health',
    postPath: REFERRALS_PATH,
    postType: 'application/json',
    headers: expected,
  }));
});
