/**
 * What every referral store must do, whatever holds it: one suite, run
 * against SQLite (a file in a temporary folder) and PostgreSQL (a fresh
 * database made for this file from TEST_DATABASE_URL, dropped afterwards).
 * Without TEST_DATABASE_URL, the PostgreSQL half is skipped and says so.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReferralStore } from './open-store.ts';
import type { RecordRequest, ReferralStore } from './referral-store.ts';

// References the store draws next, to make a clash happen; when empty, references are random as usual.
const { nextReferences } = vi.hoisted(() => ({ nextReferences: [] as string[] }));
vi.mock('../reference.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../reference.ts')>();
  return { ...actual, newReference: () => nextReferences.shift() ?? actual.newReference() };
});

/** Where a store under test lives: made fresh for each test, and opened again to show nothing is lost. */
interface StorePlace {
  /** Why this half is skipped, if it is. */
  skipReason?: string;
  setUp(): Promise<void>;
  /** An empty place for the next test. */
  fresh(): Promise<void>;
  open(): Promise<ReferralStore>;
  tearDown(): Promise<void>;
}

/** SQLite: a new file for each test, in a temporary folder removed afterwards. */
function sqlitePlace(): StorePlace {
  let folder = '';
  let file = '';
  let count = 0;
  return {
    setUp: async () => {
      folder = mkdtempSync(path.join(tmpdir(), 'vf-store-contract-'));
    },
    fresh: async () => {
      count += 1;
      file = path.join(folder, `referrals-${count}.sqlite`);
    },
    open: () => openReferralStore({ file }),
    tearDown: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** PostgreSQL: a database of its own for this file, made from TEST_DATABASE_URL and dropped afterwards. */
function postgresPlace(serverUrl: string | undefined): StorePlace {
  const name = `vf_store_${randomBytes(6).toString('hex')}`;
  let databaseUrl = '';
  /** Run one statement on a connection of its own. */
  const run = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    ...(serverUrl ? {} : { skipReason: 'set TEST_DATABASE_URL to a PostgreSQL server to run it' }),
    setUp: async () => {
      await run(serverUrl!, `CREATE DATABASE ${name}`);
      const url = new URL(serverUrl!);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
    },
    fresh: () => run(databaseUrl, 'DROP TABLE IF EXISTS referrals, used_once'),
    open: () => openReferralStore({ databaseUrl }),
    tearDown: () => run(serverUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const arrived = new Date('2026-11-23T12:00:00Z');
const repeatWindowMs = 10 * 60_000;
/** The intake's key for answers hashes: the store never sees it. */
const answersHashKey = randomBytes(32);
const sam = { name: 'Sam Uniquename', phone: '07700 900123', postcode: 'OX1 1AA' };
const alex = { name: 'Alex Other', phone: '07700 900456', postcode: 'OX2 2BB' };

/** Minutes after the first referral arrived. */
const minutesLater = (minutes: number) => new Date(arrived.getTime() + minutes * 60_000);

/** A referral to store, its answers hashed as the intake does; the sealed bytes are random, as sealing makes them. */
function request(answers: object, options: { key?: string; at?: Date; sealed?: Uint8Array } = {}): RecordRequest {
  return {
    ...(options.key === undefined ? {} : { idempotencyKey: options.key }),
    answersHash: createHmac('sha256', answersHashKey).update(JSON.stringify(answers)).digest('hex'),
    sealed: options.sealed ?? new Uint8Array(randomBytes(96)),
    receivedAt: options.at ?? arrived,
    repeatWindowMs,
  };
}

describe.each([
  { kind: 'SQLite', place: sqlitePlace() },
  { kind: 'PostgreSQL', place: postgresPlace(process.env.TEST_DATABASE_URL) },
])('the referral store in $kind', ({ place }) => {
  describe.skipIf(place.skipReason !== undefined)(place.skipReason ?? 'keeps referrals for the hub', () => {
    let store: ReferralStore;

    beforeAll(() => place.setUp());
    afterAll(() => place.tearDown());

    beforeEach(async () => {
      await place.fresh();
      store = await place.open();
    });

    afterEach(async () => {
      await store.close();
      nextReferences.length = 0;
    });

    it('hands over waiting referrals oldest first, sealed bytes and time intact', async () => {
      const later = await store.record(request(alex, { at: minutesLater(60) }));
      const sealed = new Uint8Array(randomBytes(200));
      const earlier = await store.record(request(sam, { at: minutesLater(-60), sealed }));
      expect([later.status, earlier.status]).toEqual(['stored', 'stored']);
      const waiting = await store.waiting();
      expect(waiting.map((referral) => referral.reference)).toEqual([earlier.reference, later.reference]);
      expect(waiting[0]).toEqual({ reference: earlier.reference, sealed, receivedAt: '2026-11-23T11:00:00.000Z' });
    });

    it('hands over at most the number asked for, oldest first', async () => {
      const first = await store.record(request(sam, { at: minutesLater(1) }));
      const second = await store.record(request(alex, { at: minutesLater(2) }));
      await store.record(request({ name: 'Third' }, { at: minutesLater(3) }));
      expect((await store.waiting(2)).map((referral) => referral.reference)).toEqual([
        first.reference,
        second.reference,
      ]);
      expect(await store.waiting(0)).toEqual([]);
    });

    it('counts only the referrals still waiting for the hub', async () => {
      const collected = await store.record(request(sam));
      await store.record(request(alex));
      await store.record(request({ name: 'Third' }));
      expect(await store.waitingCount()).toBe(3);
      await store.acknowledge([collected.reference], minutesLater(5));
      expect(await store.waitingCount()).toBe(2);
    });

    it('stores a form sent again with the same key once, giving it the same reference', async () => {
      const first = await store.record(request(sam, { key: 'retry-key-0123456789' }));
      expect(first.status).toBe('stored');
      const again = await store.record(request(sam, { key: 'retry-key-0123456789', at: minutesLater(1) }));
      expect(again).toEqual({ status: 'repeat', reference: first.reference });
      expect(await store.waitingCount()).toBe(1);
    });

    it('tells different answers under a key already used apart, and keeps only the first', async () => {
      const first = await store.record(request(sam, { key: 'retry-key-0123456789' }));
      const different = await store.record(request(alex, { key: 'retry-key-0123456789', at: minutesLater(1) }));
      expect(different).toEqual({ status: 'conflict', reference: first.reference });
      expect(await store.waitingCount()).toBe(1);
    });

    it('stores the same answers sent twice without a key, within the window, once; different answers apart', async () => {
      const first = await store.record(request(sam));
      expect(await store.record(request(sam, { at: minutesLater(9) }))).toEqual({
        status: 'repeat',
        reference: first.reference,
      });
      expect((await store.record(request(alex, { at: minutesLater(9) }))).status).toBe('stored');
      expect(await store.waitingCount()).toBe(2);
    });

    it('after the window, stores the same answers anew, and takes a key it knows as a repeat whatever the answers', async () => {
      const unkeyed = await store.record(request(sam));
      const keyed = await store.record(request(alex, { key: 'retry-key-0123456789' }));
      const afterWindow = minutesLater(11);
      const again = await store.record(request(sam, { at: afterWindow }));
      expect(again.status).toBe('stored');
      expect(again.reference).not.toBe(unkeyed.reference);
      // The answers hash is erased with the window, so nothing can tell different answers under the key apart.
      expect(await store.record(request(sam, { key: 'retry-key-0123456789', at: afterWindow }))).toEqual({
        status: 'repeat',
        reference: keyed.reference,
      });
      expect(await store.waitingCount()).toBe(3);
    });

    it('stores 20 copies of a form sent at once with its key once, each getting the same reference', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store.record(request(sam, { key: 'burst-key-0123456789' }))),
      );
      expect(results.filter((result) => result.status === 'stored')).toHaveLength(1);
      expect(results.filter((result) => result.status === 'repeat')).toHaveLength(19);
      expect(new Set(results.map((result) => result.reference)).size).toBe(1);
      expect(await store.waitingCount()).toBe(1);
    });

    it('stores 20 copies of a form sent at once without a key once, each getting the same reference', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => store.record(request(sam))));
      expect(results.filter((result) => result.status === 'stored')).toHaveLength(1);
      expect(new Set(results.map((result) => result.reference)).size).toBe(1);
      expect(await store.waitingCount()).toBe(1);
    });

    it('takes referrals the hub acknowledges off the waiting list, counting only those newly acknowledged', async () => {
      const first = await store.record(request(sam, { at: minutesLater(1) }));
      const second = await store.record(request(alex, { at: minutesLater(2) }));
      const third = await store.record(request({ name: 'Third' }, { at: minutesLater(3) }));
      expect(await store.acknowledge([first.reference, second.reference, '7KXM-QD4R'], minutesLater(30))).toBe(2);
      expect((await store.waiting()).map((referral) => referral.reference)).toEqual([third.reference]);
      expect(await store.waitingCount()).toBe(1);
      expect(await store.acknowledge([first.reference, third.reference, third.reference], minutesLater(40))).toBe(1);
      expect(await store.waiting()).toEqual([]);
      expect(await store.acknowledge([], minutesLater(50))).toBe(0);
    });

    it('gives a form sent again after the hub collected it the same reference, not a second referral', async () => {
      const first = await store.record(request(sam, { key: 'late-key-0123456789' }));
      await store.acknowledge([first.reference], minutesLater(2));
      expect(await store.record(request(sam, { key: 'late-key-0123456789', at: minutesLater(3) }))).toEqual({
        status: 'repeat',
        reference: first.reference,
      });
      expect(await store.waitingCount()).toBe(0);
    });

    it('never tells someone who sends another person’s exact answers, without a key, that person’s reference once collected', async () => {
      const first = await store.record(request(sam));
      await store.acknowledge([first.reference], minutesLater(2));
      // Within the window, but the hub has collected it: the answers hash is gone, so this is a new referral.
      const copy = await store.record(request(sam, { at: minutesLater(3) }));
      expect(copy.status).toBe('stored');
      expect(copy.reference).not.toBe(first.reference);
    });

    it('forgets referrals acknowledged before a date, never one still waiting', async () => {
      const early = await store.record(request(sam, { key: 'early-key-0123456789' }));
      const late = await store.record(request(alex));
      const waiting = await store.record(request({ name: 'Third' }));
      await store.acknowledge([early.reference], new Date('2026-11-24T12:00:00Z'));
      await store.acknowledge([late.reference], new Date('2026-12-10T12:00:00Z'));
      expect(await store.forgetAcknowledgedBefore(new Date('2026-11-24T12:00:00Z'))).toBe(0);
      expect(await store.forgetAcknowledgedBefore(new Date('2026-12-01T00:00:00Z'))).toBe(1);
      expect(await store.forgetAcknowledgedBefore(new Date('2099-01-01T00:00:00Z'))).toBe(1);
      expect((await store.waiting()).map((referral) => referral.reference)).toEqual([waiting.reference]);
      // Forgotten means forgotten: the key no longer finds the old reference.
      const again = await store.record(request(sam, { key: 'early-key-0123456789', at: minutesLater(1) }));
      expect(again.status).toBe('stored');
      expect(again.reference).not.toBe(early.reference);
    });

    it('refuses a one-off value used before, and forgets values whose time has passed', async () => {
      const now = new Date('2026-11-23T12:00:00Z');
      const until = new Date('2026-11-23T12:05:01Z');
      expect(await store.useOnce('once-value-aaaaaaaaaaaa', until, now)).toBe(true);
      expect(await store.useOnce('once-value-aaaaaaaaaaaa', until, new Date('2026-11-23T12:05:00Z'))).toBe(false);
      expect(await store.useOnce('once-value-bbbbbbbbbbbb', until, now)).toBe(true);
      const later = new Date('2026-11-23T12:06:00Z');
      expect(await store.useOnce('once-value-cccccccccccc', new Date('2026-11-23T12:11:01Z'), later)).toBe(true);
      expect(await store.useOnce('once-value-aaaaaaaaaaaa', new Date('2026-11-23T12:11:01Z'), later)).toBe(true);
    });

    it('keeps page feedback by day, hands it over in an order that says nothing of when it came, and forgets it', async () => {
      const given = [
        {
          day: '2026-11-24',
          page: '/your-rights/',
          useful: 'no',
          whatWasWrong: 'Too long. “Quotes”, ünïcödé',
          lang: 'en',
        },
        { day: '2026-11-22', page: '/refer/', useful: 'yes', whatWasWrong: '', lang: 'en' },
        { day: '2026-11-24', page: '/pl/', useful: 'yes', whatWasWrong: '', lang: 'pl' },
        { day: '2026-11-23', page: '/vip/', useful: 'no', whatWasWrong: 'No map [removed]', lang: 'en' },
      ] as const;
      for (const feedback of given) await store.recordFeedback(feedback);
      expect(await store.feedbackSince('2026-11-23')).toEqual([given[3], given[2], given[0]]);
      await store.close();
      store = await place.open();
      expect(await store.feedbackSince('2026-01-01')).toHaveLength(4);
      expect(await store.forgetFeedbackBefore('2026-11-24')).toBe(2);
      expect(await store.feedbackSince('2026-01-01')).toEqual([given[2], given[0]]);
    });

    it('adds page reads to each day’s counts, hands them over by day and page, and forgets old days', async () => {
      await store.countReads([
        { day: '2026-11-24', page: '/your-rights/', reads: 3 },
        { day: '2026-11-22', page: '/refer/', reads: 1 },
        { day: '2026-11-24', page: '/pl/', reads: 2 },
      ]);
      await store.countReads([]);
      // The same page again, in a later minute and twice in one go: added to the day's count.
      await store.countReads([
        { day: '2026-11-24', page: '/your-rights/', reads: 2 },
        { day: '2026-11-23', page: '/vip/', reads: 1 },
        { day: '2026-11-23', page: '/vip/', reads: 4 },
      ]);
      expect(await store.readsSince('2026-11-23')).toEqual([
        { day: '2026-11-23', page: '/vip/', reads: 5 },
        { day: '2026-11-24', page: '/pl/', reads: 2 },
        { day: '2026-11-24', page: '/your-rights/', reads: 5 },
      ]);
      await store.close();
      store = await place.open();
      expect(await store.readsSince('2026-01-01')).toHaveLength(4);
      expect(await store.forgetReadsBefore('2026-11-24')).toBe(2);
      expect(await store.readsSince('2026-01-01')).toEqual([
        { day: '2026-11-24', page: '/pl/', reads: 2 },
        { day: '2026-11-24', page: '/your-rights/', reads: 5 },
      ]);
    });

    it('answers the health check while open, and fails it once closed', async () => {
      await expect(store.check()).resolves.toBeUndefined();
      await store.close();
      await expect(store.check()).rejects.toThrow();
    });

    it('keeps everything when opened again: waiting referrals, keys, acknowledgements and one-off values', async () => {
      const waiting = await store.record(request(sam, { key: 'kept-key-0123456789' }));
      const collected = await store.record(request(alex, { key: 'other-key-0123456789' }));
      await store.acknowledge([collected.reference], minutesLater(2));
      const until = new Date('2026-11-23T12:05:01Z');
      await store.useOnce('once-value-aaaaaaaaaaaa', until, arrived);
      const before = await store.waiting();
      await store.close();
      store = await place.open();
      expect(await store.waiting()).toEqual(before);
      expect(await store.record(request(sam, { key: 'kept-key-0123456789', at: minutesLater(3) }))).toEqual({
        status: 'repeat',
        reference: waiting.reference,
      });
      expect((await store.record(request(alex, { key: 'other-key-0123456789', at: minutesLater(3) }))).reference).toBe(
        collected.reference,
      );
      expect(await store.record(request(sam, { at: minutesLater(1) }))).toMatchObject({ status: 'stored' });
      expect(await store.useOnce('once-value-aaaaaaaaaaaa', until, minutesLater(1))).toBe(false);
    });

    it('can be opened by several intake instances starting at once on an empty database', async () => {
      await store.close();
      await place.fresh();
      const instances = await Promise.all(Array.from({ length: 6 }, () => place.open()));
      store = instances[0]!;
      const results = await Promise.all(
        instances.map((instance) => instance.record(request(sam, { key: 'shared-key-0123456789' }))),
      );
      expect(new Set(results.map((result) => result.reference)).size).toBe(1);
      await Promise.all(instances.slice(1).map((instance) => instance.close()));
      expect(await store.waitingCount()).toBe(1);
    });

    it('gives a new referral a different reference when the one drawn is already taken', async () => {
      nextReferences.push('7KXM-QD4R', '7KXM-QD4R', '9CDE-FGHJ');
      expect((await store.record(request(sam))).reference).toBe('7KXM-QD4R');
      expect(await store.record(request(alex))).toEqual({ status: 'stored', reference: '9CDE-FGHJ' });
      expect(await store.waitingCount()).toBe(2);
    });

    it('refuses a referral it cannot write, alone, keeping nothing of it, and goes on working', async () => {
      const unwritable = { ...request({ name: 'Broken' }), sealed: null as unknown as Uint8Array };
      const results = await Promise.allSettled([
        store.record(request(sam)),
        store.record(unwritable),
        store.record(request(alex)),
      ]);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await store.waitingCount()).toBe(2);
      expect((await store.record(request({ name: 'Broken' }))).status).toBe('stored');
    });
  });
});
