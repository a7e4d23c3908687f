/**
 * Page feedback through the intake, as a visitor and as an attacker would send it: kept with the day, the page, yes
 * or no, the text without personal details and the language, and nothing else (the database file and the log lines
 * are read for anything that could identify the sender); a form sent without JavaScript goes back to its page;
 * hostile and invalid feedback is refused with 4xx, nothing kept and nothing echoed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_FEEDBACK_PATH } from '../features/page-feedback/feedback.ts';
import { registerIntake } from './intake.ts';
import type { ReferralStore } from './store/referral-store.ts';
import { intakeOptions, SITE_ORIGIN, storeInNewFolder, type StoreInFolder } from '../../tests/support/intake-setup.ts';
import { formEncoded } from '../../tests/support/referrals.ts';

// 23:30 on 27 November in London is still the 27th; the day kept is the UK's.
const now = new Date('2026-11-27T23:30:00Z');
const CLIENT_ADDRESS = '203.0.113.77';
const USER_AGENT = 'Mozilla/5.0 (Uniqueagent)';

describe('page feedback at the intake', () => {
  let kept: StoreInFolder;
  let store: ReferralStore;
  let app: FastifyInstance;
  let logged: string[];
  const originalLog = console.log;

  beforeEach(async () => {
    kept = await storeInNewFolder('vf-feedback-');
    store = kept.store;
    logged = [];
    console.log = (...parts: unknown[]) => logged.push(parts.join(' '));
    app = Fastify();
    await registerIntake(app, await intakeOptions(store, { now: () => now, perMinute: 30, logRequests: true }));
  });

  afterEach(async () => {
    console.log = originalLog;
    await app.close();
    await kept.remove();
  });

  const post = (payload: string | object, contentType = 'application/json', headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: PAGE_FEEDBACK_PATH,
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: { 'content-type': contentType, 'user-agent': USER_AGENT, ...headers },
      remoteAddress: CLIENT_ADDRESS,
    });

  it('keeps the day, page, answer, text without personal details and language, and nothing that identifies anyone', async () => {
    const sent = await post({
      page: '/vip/domestic-abuse/',
      useful: 'no',
      whatWasWrong: 'Nothing on leaving safely. Email sam.uniquename@example.com or call 07700 900982, OX4 1AB.',
      formLanguage: 'en',
      website: '',
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toEqual({ stripped: true });
    expect(await store.feedbackSince('2026-01-01')).toEqual([
      {
        day: '2026-11-27',
        page: '/vip/domestic-abuse/',
        useful: 'no',
        whatWasWrong: 'Nothing on leaving safely. Email [removed] or call [removed], [removed].',
        lang: 'en',
      },
    ]);
    expect((await post({ page: '/pl/', useful: 'yes', formLanguage: 'pl' })).json()).toEqual({ stripped: false });

    // The files on disk and the log lines hold none of what could identify the sender.
    await store.close();
    const files = readdirSync(kept.folder).map((file) => readFileSync(path.join(kept.folder, file)).toString('latin1'));
    for (const trace of ['uniquename', '900982', 'OX4', CLIENT_ADDRESS, 'Uniqueagent', '23:30'])
      for (const file of files) expect(file).not.toContain(trace);
    expect(logged).toHaveLength(2);
    for (const line of logged) expect(line).toMatch(/^POST \/api\/feedback 201 \d+ms$/);
  });

  it('sends a form sent without JavaScript back to its page, saying whether it was sent', async () => {
    const sent = await post(
      formEncoded({ page: '/your-rights/', useful: 'yes', whatWasWrong: '', formLanguage: 'en', website: '' }),
      'application/x-www-form-urlencoded',
    );
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${SITE_ORIGIN}/your-rights/#page-feedback-sent`);
    const refused = await post(
      formEncoded({ page: '/your-rights/', useful: 'maybe' }),
      'application/x-www-form-urlencoded',
    );
    expect(refused.headers.location).toBe(`${SITE_ORIGIN}/your-rights/#page-feedback-not-sent`);
    // Never to another site, whatever the form says its page was.
    for (const page of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const away = await post(formEncoded({ page, useful: 'yes' }), 'application/x-www-form-urlencoded');
      expect(new URL(away.headers.location as string).origin).toBe(SITE_ORIGIN);
      expect(away.headers.location).toBe(`${SITE_ORIGIN}/#page-feedback-not-sent`);
    }
    expect(await store.feedbackSince('2026-01-01')).toHaveLength(1);
  });

  it('refuses hostile and invalid feedback with 4xx, keeps nothing and echoes nothing', async () => {
    const valid = { page: '/about/', useful: 'no', whatWasWrong: 'Unclear', formLanguage: 'en' };
    const attempts = await Promise.all([
      post({ ...valid, useful: 'Uniquename' }),
      post({ ...valid, whatWasWrong: '<script>alert("Uniquename")</script>' }),
      post({ ...valid, whatWasWrong: 'Uniquename '.repeat(100) }),
      post({ ...valid, page: '/about/?q=Uniquename' }),
      post({ ...valid, isAdmin: 'Uniquename' }),
      post({ ...valid, website: 'Uniquename' }),
      post('["Uniquename"]'),
      post('Uniquename', 'text/plain'),
      post({ ...valid, whatWasWrong: 'x'.repeat(9000) }),
      post({ ...valid, whatWasWrong: 'Uniquename' }, 'application/json', {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      }),
    ]);
    for (const response of attempts) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.body).not.toContain('Uniquename');
      expect(response.body).not.toContain('<script>');
    }
    expect(attempts.map((response) => response.statusCode)).toEqual([400, 400, 400, 400, 400, 400, 400, 415, 413, 403]);
    expect(attempts[2]!.json().errors).toEqual([
      { field: 'whatWasWrong', message: 'What was missing or wrong must be 1000 characters or fewer' },
    ]);
    expect(await store.feedbackSince('2026-01-01')).toEqual([]);
  });

  it('forgets feedback more than 400 days old, on the first feedback of a day', async () => {
    await store.recordFeedback({ day: '2025-10-22', page: '/', useful: 'no', whatWasWrong: 'Old', lang: 'en' });
    await store.recordFeedback({ day: '2025-10-23', page: '/', useful: 'no', whatWasWrong: 'Kept', lang: 'en' });
    expect((await post({ page: '/', useful: 'yes' })).statusCode).toBe(201);
    expect((await store.feedbackSince('2000-01-01')).map((feedback) => feedback.day)).toEqual([
      '2025-10-23',
      '2026-11-27',
    ]);
  });

  it('takes a limited number a minute from one connection, then says to wait', async () => {
    const answers = [];
    for (let i = 0; i < 31; i += 1) answers.push((await post({ page: '/', useful: 'yes' })).statusCode);
    expect(answers.slice(0, 30).every((status) => status === 201)).toBe(true);
    const last = await post({ page: '/', useful: 'yes' });
    expect(last.statusCode).toBe(429);
    expect(last.json().message).toBe(
      'Too much feedback has been sent from this connection. Wait a minute and try again.',
    );
    const asForm = await post(formEncoded({ page: '/about/', useful: 'yes' }), 'application/x-www-form-urlencoded');
    expect(asForm.statusCode).toBe(303);
    expect(asForm.headers.location).toMatch(/#page-feedback-not-sent$/);
  });
});
