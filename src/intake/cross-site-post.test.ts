/**
 * Another website must not be able to make a visitor's browser send a
 * referral, even from a page that hides where it comes from
 * (<meta name="referrer" content="no-referrer">, so its form posts say
 * "Origin: null", as the site's own pages do). Checked in a real browser,
 * Chromium, because what matters is what a browser sends: an attacker's page
 * on one origin auto-submits a valid referral to the intake on another, and
 * the same form served by the intake itself is the control.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../tests/e2e/support/chromium.ts';
import {
  intakeOptions,
  referFormPage,
  storeInNewFolder,
  type StoreInFolder,
} from '../../tests/support/intake-setup.ts';
import { validReferral } from '../../tests/support/referrals.ts';
import { registerIntake, REFERRALS_PATH } from './intake.ts';

/** A page that hides its origin and at once posts a complete referral to `action`, as an attacker's page would. */
function autoSubmittingPage(action: string): string {
  const fields = Object.entries(validReferral)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => [name, String(item)]))
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${value!.replace(/"/g, '&quot;')}">`)
    .join('');
  return [
    '<!doctype html><html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><title>Win a prize</title></head>',
    `<body><form method="post" action="${action}">${fields}</form>`,
    '<script>document.forms[0].submit()</script></body></html>',
  ].join('');
}

describe('a referral form posted by a browser', () => {
  let kept: StoreInFolder;
  let intake: FastifyInstance;
  let intakeOrigin: string;
  let attacker: Server;
  let attackerOrigin: string;
  let browser: Browser;

  beforeAll(async () => {
    kept = await storeInNewFolder('vf-cross-site-');
    intake = Fastify();
    // The site is elsewhere (SITE_ORIGIN): neither the attacker's origin nor the intake's.
    await registerIntake(intake, await intakeOptions(kept.store, { formPage: referFormPage }));
    // The control: the same hidden-origin form, served by the intake's own server.
    intake.get('/own-form/', async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(autoSubmittingPage(REFERRALS_PATH)),
    );
    await intake.listen({ port: 0, host: '127.0.0.1' });
    intakeOrigin = `http://localhost:${(intake.server.address() as AddressInfo).port}`;

    attacker = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(autoSubmittingPage(`${intakeOrigin}${REFERRALS_PATH}`));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;

    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
    await intake?.close();
    await kept?.remove();
  });

  it('from another website is refused, stores nothing, and the browser shows the refusal', async () => {
    const page = await browser.newPage();
    await page.goto(`${attackerOrigin}/prize/`);
    await page.waitForURL(`${intakeOrigin}${REFERRALS_PATH}`);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Referrals can only be sent from the Victims First website.');
    expect(await page.title()).toBe('Error: Ask for support – Victims First');
    // None of the answers the other website chose is put back into the form.
    expect(await page.content()).not.toContain('Uniquename');
    expect(await kept.store.waitingCount()).toBe(0);
    await page.close();
  });

  it('from the intake’s own page, hiding its origin the same way, is stored', async () => {
    const page = await browser.newPage();
    await page.goto(`${intakeOrigin}/own-form/`);
    await page.waitForURL(`${intakeOrigin}${REFERRALS_PATH}`);
    await expect.poll(() => page.title()).toBe('Referral sent – Victims First');
    expect(await kept.store.waitingCount()).toBe(1);
    await page.close();
  });
});
