/**
 * Page reads sent by the pages of a site on a static host (`POST /api/reads`), through the intake's real route:
 * counted by page and UK day, written when the intake closes; not counted for browsers asking not to be tracked,
 * machines, other sites or anything that is not a page; always answered 204; and nothing in the database about who
 * sent them (its bytes are read).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerIntake } from './intake.ts';
import { PAGE_READS_PATH } from './page-reads.ts';
import { intakeOptions, storeInNewFolder, type StoreInFolder } from '../../tests/support/intake-setup.ts';

const now = new Date('2026-11-27T23:30:00Z');
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Uniquebrowser Mobile/15E148';
const CLIENT_ADDRESS = '203.0.113.77';

describe('page reads sent by the pages', () => {
  let kept: StoreInFolder;

  beforeEach(async () => {
    kept = await storeInNewFolder('vf-reads-');
  });
  afterEach(async () => {
    await kept.remove();
  });

  it('counts each page shown per UK day, and nothing that is not a person reading a page', async () => {
    const app = Fastify();
    await registerIntake(
      app,
      await intakeOptions(kept.store, { now: () => now, countReadsByBeacon: { store: kept.store, now: () => now } }),
    );
    const send = (page: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: PAGE_READS_PATH,
        payload: JSON.stringify({ page }),
        headers: { 'content-type': 'application/json', 'user-agent': PHONE, ...headers },
        remoteAddress: CLIENT_ADDRESS,
      });
    const answers = await Promise.all([
      send('/your-rights/'),
      send('/your-rights/'),
      send('/pl/'),
      send('/your-rights/', { 'sec-gpc': '1' }),
      send('/your-rights/', { dnt: '1' }),
      send('/your-rights/', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' }),
      send('/your-rights/', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }),
      send('//evil.example/'),
      send('/favicon.svg'),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(9).fill(204));
    expect(answers.every((answer) => answer.body === '')).toBe(true);
    // Written when the intake closes (and every minute while it runs), never while a page waits.
    expect(await kept.store.readsSince('2026-01-01')).toEqual([]);
    await app.close();
    expect(await kept.store.readsSince('2026-01-01')).toEqual([
      { day: '2026-11-27', page: '/pl/', reads: 1 },
      { day: '2026-11-27', page: '/your-rights/', reads: 2 },
    ]);
    await kept.store.close();
    const files = readdirSync(kept.folder).map((file) => readFileSync(path.join(kept.folder, file)).toString('latin1'));
    for (const trace of [CLIENT_ADDRESS, 'Uniquebrowser', '23:30'])
      for (const file of files) expect(file).not.toContain(trace);
  });

  it('has no route when the site’s own server counts, or counting is off', async () => {
    const app = Fastify();
    await registerIntake(app, await intakeOptions(kept.store, { now: () => now }));
    const answer = await app.inject({
      method: 'POST',
      url: PAGE_READS_PATH,
      payload: '{"page":"/"}',
      headers: { 'content-type': 'application/json', 'user-agent': PHONE },
    });
    expect(answer.statusCode).toBe(404);
    await app.close();
  });
});
