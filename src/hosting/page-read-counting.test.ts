/**
 * The site server counting page reads (issue 17's private counts): a person's browser reading a page is counted once,
 * for the UK day and the page; a browser asking not to be tracked, a bot, a HEAD request, a missing page and a file
 * are not; counts wait in memory and are written every minute and on close, kept when the store fails; and the
 * database holds nothing about who read what (its files are read for the address and the user agent).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReads, ReferralStore } from '../intake/store/referral-store.ts';
import { ukTime } from '../shared/uk-time.ts';
import { oldestDayKept, pageReadTally, type PageReadsStore } from '../intake/page-read-tally.ts';
import { createSiteServer } from './site-server.ts';
import { storeInNewFolder, type StoreInFolder } from '../../tests/support/intake-setup.ts';

// 23:30 on 27 November in London is still the 27th: the day counted is the UK's.
const now = new Date('2026-11-27T23:30:00Z');
const TODAY = ukTime(now).date;
const CLIENT_ADDRESS = '203.0.113.77';
const BROWSER =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Uniquebrowser/1.0';

/** A built site with a home page, a page, an asset, a feed and a 404 page, in a new folder. */
function builtSite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'vf-dist-counts-'));
  const write = (file: string, body: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), body);
  };
  write('index.html', '<h1>Home</h1>');
  write('your-rights/index.html', '<h1>Your rights</h1>');
  write('404.html', '<h1>Page not found</h1>');
  write('_astro/site.abc123.css', 'body{}');
  write('feed.xml', '<rss></rss>');
  return root;
}

describe('the site server counting page reads', () => {
  let root: string;
  let kept: StoreInFolder;
  let store: ReferralStore;
  let app: FastifyInstance;

  beforeAll(() => {
    root = builtSite();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  beforeEach(async () => {
    kept = await storeInNewFolder('vf-page-reads-');
    store = kept.store;
    app = await createSiteServer({ root, countReads: { store, now: () => now } });
  });
  afterEach(async () => {
    await app.close();
    await kept.remove();
  });

  const read = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
    app.inject({ method, url, headers: { 'user-agent': BROWSER, ...headers }, remoteAddress: CLIENT_ADDRESS });

  it('counts a person reading a page once, for the UK day and the page without its query, written on close', async () => {
    expect((await read('/your-rights/?utm_source=leaflet')).statusCode).toBe(200);
    // Not written yet: a page view never waits for the database.
    expect(await store.readsSince('2000-01-01')).toEqual([]);
    await app.close();
    expect(await store.readsSince('2000-01-01')).toEqual([{ day: TODAY, page: '/your-rights/', reads: 1 }]);
    expect(TODAY).toBe('2026-11-27');
  });

  it('does not count a browser asking not to be tracked, a bot, a HEAD request, a missing page or a file', async () => {
    const answers = await Promise.all([
      read('/your-rights/', { 'sec-gpc': '1' }),
      read('/your-rights/', { dnt: '1' }),
      read('/your-rights/', {
        'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      }),
      read('/your-rights/', { 'user-agent': 'curl/8.5.0' }),
      read('/your-rights/', { 'sec-purpose': 'prefetch' }),
      read('/your-rights/', {}, 'HEAD'),
      read('/no-such-page/'),
      read('/_astro/site.abc123.css'),
      read('/feed.xml'),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200, 200, 404, 200, 200]);
    await app.close();
    expect(await store.readsSince('2000-01-01')).toEqual([]);
  });

  it('keeps no client address and no user agent: only the day, the page and how many', async () => {
    await read('/your-rights/');
    await read('/');
    await read('/');
    await app.close();
    expect(await store.readsSince('2000-01-01')).toEqual([
      { day: TODAY, page: '/', reads: 2 },
      { day: TODAY, page: '/your-rights/', reads: 1 },
    ]);
    await store.close();
    const files = readdirSync(kept.folder).map((file) => readFileSync(path.join(kept.folder, file)).toString('latin1'));
    expect(files.some((file) => file.includes('/your-rights/'))).toBe(true);
    for (const trace of [CLIENT_ADDRESS, 'Uniquebrowser', 'Pixel 8', 'utm_source', '23:30'])
      for (const file of files) expect(file).not.toContain(trace);
  });
});

describe('counting with the setting off', () => {
  it('counts nothing when the server is not asked to count', async () => {
    const root = builtSite();
    const kept = await storeInNewFolder('vf-page-reads-off-');
    const app = await createSiteServer({ root });
    await app.inject({ url: '/your-rights/', headers: { 'user-agent': BROWSER } });
    await app.close();
    expect(await kept.store.readsSince('2000-01-01')).toEqual([]);
    await kept.remove();
    rmSync(root, { recursive: true, force: true });
  });
});

describe('the counts in memory', () => {
  /** A store that remembers what it was given, and fails when told to. */
  function fakeStore() {
    const written: PageReads[][] = [];
    const forgotten: string[] = [];
    let failing = false;
    const fake: PageReadsStore & { written: PageReads[][]; forgotten: string[]; fail(on: boolean): void } = {
      written,
      forgotten,
      fail: (on) => {
        failing = on;
      },
      countReads: async (counts) => {
        if (failing) throw new Error('disk full');
        written.push(counts.map((count) => ({ ...count })));
      },
      forgetReadsBefore: async (day) => {
        if (failing) throw new Error('disk full');
        forgotten.push(day);
        return 0;
      },
    };
    return fake;
  }

  it('adds reads by day and page, and writes them once', async () => {
    const store = fakeStore();
    const tally = pageReadTally(store);
    tally.add('/', now);
    tally.add('/', now);
    tally.add('/refer/', new Date('2026-11-28T00:30:00Z'));
    await tally.write(now);
    expect(store.written).toEqual([
      [
        { day: '2026-11-27', page: '/', reads: 2 },
        { day: '2026-11-28', page: '/refer/', reads: 1 },
      ],
    ]);
    await tally.write(now);
    expect(store.written).toHaveLength(1);
  });

  it('keeps the counts when the store fails, and writes them with the next reads', async () => {
    const store = fakeStore();
    const tally = pageReadTally(store);
    tally.add('/', now);
    store.fail(true);
    await expect(tally.write(now)).resolves.toBeUndefined();
    expect(tally.waiting).toBe(1);
    tally.add('/', now);
    store.fail(false);
    await tally.write(now);
    expect(store.written).toEqual([[{ day: '2026-11-27', page: '/', reads: 2 }]]);
    expect(tally.waiting).toBe(0);
  });

  it('forgets counts older than 400 days once a day, and tries again after a failure', async () => {
    const store = fakeStore();
    const tally = pageReadTally(store);
    store.fail(true);
    await tally.write(now);
    store.fail(false);
    await tally.write(now);
    await tally.write(new Date('2026-11-27T23:59:00Z'));
    await tally.write(new Date('2026-11-28T00:01:00Z'));
    expect(store.forgotten).toEqual(['2025-10-23', '2025-10-24']);
    expect(oldestDayKept('2026-11-27')).toBe('2025-10-23');
  });

  it('writes every minute (here every few milliseconds) without waiting for a close', async () => {
    const root = builtSite();
    const store = fakeStore();
    const app = await createSiteServer({ root, countReads: { store, now: () => now, flushEveryMs: 10 } });
    await app.inject({ url: '/', headers: { 'user-agent': BROWSER } });
    await vi.waitFor(() => expect(store.written).toEqual([[{ day: '2026-11-27', page: '/', reads: 1 }]]));
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });
});
