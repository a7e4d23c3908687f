/**
 * The SQLite store as an attacker who gets its files would see them: no
 * sealed bytes of a collected referral left to carve out, no answers hash
 * that can be checked against a guess, no hash past its window, files only
 * the intake's user can read. And what makes it durable and fast: WAL,
 * synchronous FULL, and referrals arriving together sharing one commit.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sealForHub } from '../../hub/sealing.ts';
import { generateHubKeys } from '../../hub/hub-keys.ts';
import type { RecordRequest } from './referral-store.ts';
import { openSqliteReferralStore, type SqliteReferralStore } from './sqlite-store.ts';

const arrived = new Date('2026-11-23T12:00:00Z');
const repeatWindowMs = 10 * 60_000;
/** The intake's key for answers hashes: it passes hashes to the store, never the key. */
const answersHashKey = randomBytes(32);

/** Minutes after the first referral arrived. */
const minutesLater = (minutes: number) => new Date(arrived.getTime() + minutes * 60_000);

/** The answers hash as the intake makes it: HMAC-SHA256 of the canonical answers, with the intake's key. */
const answersHash = (answers: object) =>
  createHmac('sha256', answersHashKey).update(JSON.stringify(answers)).digest('hex');

/** A referral to store. */
function request(answers: object, sealed: Uint8Array, options: { key?: string; at?: Date } = {}): RecordRequest {
  return {
    ...(options.key === undefined ? {} : { idempotencyKey: options.key }),
    answersHash: answersHash(answers),
    sealed,
    receivedAt: options.at ?? arrived,
    repeatWindowMs,
  };
}

/** Someone's answers, as the form would send them: each person different. */
function answersOf(person: number, phone = `07700 900${String(person).padStart(3, '0')}`) {
  return {
    name: `Person Number${person}`,
    phone,
    postcode: 'OX1 1AA',
    crimeType: 'burglary',
    whatHappened: `Someone broke into my house on the ${person}th and took my bike. I have not slept well since.`,
  };
}

/** Every file in the folder (the database, its -wal and -shm), as bytes. */
function filesIn(folder: string): Buffer[] {
  return readdirSync(folder).map((name) => readFileSync(path.join(folder, name)));
}

/** Three 32-byte slices of each sealed referral (start, middle, end): what a carver would look for. */
function slicesOf(sealed: readonly Uint8Array[]): Buffer[] {
  return sealed.flatMap((bytes) =>
    [0, Math.floor(bytes.length / 2) - 16, bytes.length - 32].map((start) =>
      Buffer.from(bytes.subarray(start, start + 32)),
    ),
  );
}

/** How many of the needles appear anywhere in any file in the folder. */
function countFound(folder: string, needles: readonly (Buffer | string)[]): number {
  const files = filesIn(folder);
  return needles.filter((needle) => files.some((file) => file.includes(needle))).length;
}

/** Referrals sealed for the hub exactly as the intake seals them. */
async function sealedReferrals(count: number): Promise<{ answers: object; sealed: Uint8Array }[]> {
  const keys = await generateHubKeys();
  return Promise.all(
    Array.from({ length: count }, async (_, person) => {
      const answers = answersOf(person);
      return {
        answers,
        sealed: await sealForHub({ receivedAt: arrived.toISOString(), referral: answers }, keys.publicKey),
      };
    }),
  );
}

describe('the SQLite referral store, as an attacker holding its files sees it', () => {
  let folder: string;
  let databaseFolder: string;
  let file: string;
  let store: SqliteReferralStore;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'vf-sqlite-store-'));
    databaseFolder = path.join(folder, 'intake');
    file = path.join(databaseFolder, 'referrals.sqlite');
    store = openSqliteReferralStore(file);
  });

  afterEach(async () => {
    await store.close();
    vi.restoreAllMocks();
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves no sealed bytes of an acknowledged referral to carve out of its files', async () => {
    const referrals = await sealedReferrals(20);
    const references: string[] = [];
    // One at a time, so each is its own commit and the WAL holds many copies of the pages.
    for (const [index, { answers, sealed }] of referrals.entries())
      references.push((await store.record(request(answers, sealed, { key: `carve-key-${index}-000000` }))).reference);
    const slices = slicesOf(referrals.map(({ sealed }) => sealed));
    // The search does find sealed bytes while they are meant to be there.
    expect(countFound(databaseFolder, slices)).toBe(slices.length);

    expect(await store.acknowledge(references, minutesLater(30))).toBe(20);
    expect(countFound(databaseFolder, slices)).toBe(0);
    await store.close();
    expect(countFound(databaseFolder, slices)).toBe(0);
  });

  it('leaves no reference or key of a forgotten referral in its files', async () => {
    const referrals = await sealedReferrals(5);
    const keys = referrals.map((_, index) => `forget-key-${index}-${randomBytes(8).toString('hex')}`);
    const references: string[] = [];
    for (const [index, { answers, sealed }] of referrals.entries())
      references.push((await store.record(request(answers, sealed, { key: keys[index]! }))).reference);
    await store.acknowledge(references, minutesLater(30));
    expect(countFound(databaseFolder, [...references, ...keys])).toBe(10);

    expect(await store.forgetAcknowledgedBefore(minutesLater(31))).toBe(5);
    await store.close();
    expect(countFound(databaseFolder, [...references, ...keys, ...slicesOf(referrals.map((r) => r.sealed))])).toBe(0);
  });

  it('would leave the sealed bytes to carve without secure_delete (the search above can see them)', async () => {
    const referrals = await sealedReferrals(20);
    const bareFolder = path.join(folder, 'bare');
    const bare = openSqliteReferralStore(path.join(bareFolder, 'setup.sqlite'));
    await bare.close();
    // The same steps on a database without secure_delete: stored, erased, WAL truncated, closed.
    const db = new DatabaseSync(path.join(bareFolder, 'bare.sqlite'));
    db.exec(`
      PRAGMA secure_delete = OFF;
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = FULL;
      CREATE TABLE referrals (reference TEXT PRIMARY KEY, sealed BLOB, acknowledged_at TEXT);
    `);
    for (const [index, { sealed }] of referrals.entries())
      db.prepare('INSERT INTO referrals (reference, sealed) VALUES (?, ?)').run(`REF-${index}`, sealed);
    db.exec(`UPDATE referrals SET sealed = NULL, acknowledged_at = '${minutesLater(30).toISOString()}'`);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.close();
    expect(countFound(bareFolder, slicesOf(referrals.map(({ sealed }) => sealed)))).toBeGreaterThan(0);
  });

  it('keeps no answers hash that can be checked against a guess, yet the intake still recognises a repeat', async () => {
    const victim = answersOf(7, '07700 900417');
    const { sealed } = (await sealedReferrals(1))[0]!;
    // Sent without JavaScript, so only the answers hash recognises it; others around it, some with keys.
    const first = await store.record(request(victim, sealed));
    for (let person = 20; person < 25; person += 1)
      await store.record(
        request(answersOf(person), new Uint8Array(randomBytes(300)), {
          ...(person % 2 === 0 ? { key: randomBytes(16).toString('base64url') } : {}),
        }),
      );
    await store.useOnce(randomBytes(18).toString('base64url'), minutesLater(5), arrived);
    await store.close();

    // The attacker knows every answer but the last 3 digits of the phone number.
    const guesses = Array.from({ length: 1000 }, (_, n) => ({
      ...victim,
      phone: `07700 900${String(n).padStart(3, '0')}`,
    }));
    expect(matchingGuesses(file, guesses)).toEqual([]);

    // The same search against the old store's way (its hash key kept in a settings table) finds the phone number.
    const oldWay = path.join(folder, 'old-way.sqlite');
    const copy = new DatabaseSync(file);
    copy.exec(`VACUUM INTO '${oldWay}'`);
    copy.close();
    const withKey = new DatabaseSync(oldWay);
    withKey.exec('CREATE TABLE settings (name TEXT PRIMARY KEY, value BLOB NOT NULL)');
    withKey.prepare('INSERT INTO settings (name, value) VALUES (?, ?)').run('body-hash-key', answersHashKey);
    withKey.close();
    expect(matchingGuesses(oldWay, guesses)).toEqual(['07700 900417']);

    // The intake, which holds the key, still recognises the same answers sent again.
    store = openSqliteReferralStore(file);
    expect(await store.record(request(victim, sealed, { at: minutesLater(2) }))).toEqual({
      status: 'repeat',
      reference: first.reference,
    });
  });

  it('keeps no answers hash once its window has passed, nor once the hub acknowledges the referral', async () => {
    const [a, b, c, d] = [answersOf(1), answersOf(2), answersOf(3), answersOf(4)];
    const hashes = [a, b, c, d].map(answersHash);
    await store.record(request(a, new Uint8Array(randomBytes(100))));
    await store.record(request(b, new Uint8Array(randomBytes(100)), { key: 'window-key-0123456789' }));
    const third = await store.record(request(c, new Uint8Array(randomBytes(100)), { at: minutesLater(5) }));
    // The search finds a hash while it is meant to be there.
    expect(countFound(databaseFolder, hashes.slice(0, 3))).toBe(3);

    // A referral arriving after the first two's window: their hashes go, the third's (still in its window) stays.
    const fourth = await store.record(request(d, new Uint8Array(randomBytes(100)), { at: minutesLater(11) }));
    expect(countFound(databaseFolder, hashes.slice(0, 2))).toBe(0);
    expect(countFound(databaseFolder, [hashes[2]!])).toBe(1);

    expect(await store.acknowledge([third.reference, fourth.reference], minutesLater(12))).toBe(2);
    expect(countFound(databaseFolder, hashes)).toBe(0);
    await store.close();
    expect(countFound(databaseFolder, hashes)).toBe(0);
  });

  it('makes its folder and files readable by the intake only', async () => {
    await store.record(request(answersOf(1), new Uint8Array(randomBytes(100))));
    const names = readdirSync(databaseFolder).sort();
    expect(names).toEqual(['referrals.sqlite', 'referrals.sqlite-shm', 'referrals.sqlite-wal']);
    expect(statSync(databaseFolder).mode & 0o777).toBe(0o700);
    for (const name of names) expect(statSync(path.join(databaseFolder, name)).mode & 0o077).toBe(0);
  });

  it('makes a missing folder, and tightens a database file others could read', async () => {
    const deeper = path.join(folder, 'not', 'there', 'yet.sqlite');
    const other = openSqliteReferralStore(deeper);
    await other.close();
    expect(existsSync(deeper)).toBe(true);
    expect(statSync(path.dirname(deeper)).mode & 0o777).toBe(0o700);

    const loose = path.join(folder, 'loose.sqlite');
    writeFileSync(loose, '');
    chmodSync(loose, 0o644);
    const tightened = openSqliteReferralStore(loose);
    await tightened.close();
    expect(statSync(loose).mode & 0o077).toBe(0);
  });

  it('commits to disk before answering and overwrites what it erases (WAL, synchronous FULL, secure_delete)', () => {
    expect(store.settings()).toEqual({ journalMode: 'wal', synchronous: 2, secureDelete: 1, busyTimeoutMs: 5000 });
  });

  it('stores 50 referrals arriving at once with far fewer than 50 commits', async () => {
    const before = store.commitCount();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, person) =>
        store.record(request(answersOf(person), new Uint8Array(randomBytes(100)))),
      ),
    );
    expect(results.every((result) => result.status === 'stored')).toBe(true);
    expect(new Set(results.map((result) => result.reference)).size).toBe(50);
    expect(await store.waitingCount()).toBe(50);
    const commits = store.commitCount() - before;
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThanOrEqual(5);
  });

  it('refuses every referral of a batch whose commit fails, and keeps none of them', async () => {
    const exec = DatabaseSync.prototype.exec;
    let failCommit = true;
    vi.spyOn(DatabaseSync.prototype, 'exec').mockImplementation(function (this: DatabaseSync, sql: string) {
      if (sql === 'COMMIT' && failCommit) {
        failCommit = false;
        throw new Error('disk I/O error');
      }
      return exec.call(this, sql);
    });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, person) =>
        store.record(request(answersOf(person), new Uint8Array(randomBytes(100)))),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(Array(5).fill('rejected'));
    expect(await store.waitingCount()).toBe(0);
    expect((await store.record(request(answersOf(1), new Uint8Array(randomBytes(100))))).status).toBe('stored');
  });

  it('writes what is queued before closing', async () => {
    const pending = store.record(request(answersOf(1), new Uint8Array(randomBytes(100))));
    await store.close();
    const { reference } = await pending;
    store = openSqliteReferralStore(file);
    expect((await store.waiting()).map((referral) => referral.reference)).toEqual([reference]);
  });

  it('works in memory', async () => {
    const inMemory = openSqliteReferralStore(':memory:');
    const { reference } = await inMemory.record(request(answersOf(1), Uint8Array.from([1, 2, 3])));
    expect(await inMemory.waiting()).toEqual([
      { reference, sealed: Uint8Array.from([1, 2, 3]), receivedAt: arrived.toISOString() },
    ]);
    await inMemory.close();
  });
});

describe('a database made by the old store', () => {
  let folder: string;
  let file: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'vf-sqlite-migrate-'));
    file = path.join(folder, 'referrals.sqlite');
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is moved to the new tables, keeping what waits, dropping the old hash key and hashes from the file', async () => {
    const old = oldStore(file);
    const waitingByKey = old.record('key:old-form-key-0123456789', { name: 'Sam' }, '2026-11-20T09:00:00.000Z');
    const waitingByBody = old.record(
      `body:${old.bodyHash({ name: 'Alex' })}`,
      { name: 'Alex' },
      '2026-11-20T10:00:00.000Z',
    );
    const collected = old.record('key:collected-key-0123456789', { name: 'Kim' }, '2026-11-19T09:00:00.000Z');
    old.markCollected(collected.reference, '2026-11-21T09:00:00.000Z');
    // Referrals the old store deleted (without secure_delete): their bytes stay in free pages of the file.
    const deleted = Array.from({ length: 120 }, (_, n) =>
      old.record(`key:deleted-key-${n}-0123456789`, { name: `Gone ${n}` }, '2026-11-01T09:00:00.000Z'),
    );
    for (const { reference } of deleted) old.markCollected(reference, '2026-11-02T09:00:00.000Z');
    old.deleteCollectedBefore('2026-11-10T00:00:00.000Z');
    old.close();
    const deletedSlices = slicesOf(deleted.map(({ sealed }) => sealed));
    expect(countFound(folder, [old.salt, ...old.hashes.slice(0, 3)])).toBe(4);
    expect(countFound(folder, deletedSlices)).toBeGreaterThan(0);

    const store = openSqliteReferralStore(file);
    expect(await store.waiting()).toEqual([
      { reference: waitingByKey.reference, sealed: waitingByKey.sealed, receivedAt: '2026-11-20T09:00:00.000Z' },
      { reference: waitingByBody.reference, sealed: waitingByBody.sealed, receivedAt: '2026-11-20T10:00:00.000Z' },
    ]);
    // Keys lose their prefix and still find their referral, collected or not.
    const retry = (key: string) =>
      store.record(request({ name: 'any' }, Uint8Array.from([9]), { key, at: minutesLater(1) }));
    expect(await retry('old-form-key-0123456789')).toEqual({ status: 'repeat', reference: waitingByKey.reference });
    expect(await retry('collected-key-0123456789')).toEqual({ status: 'repeat', reference: collected.reference });
    expect(await store.waitingCount()).toBe(2);
    await store.close();

    const db = new DatabaseSync(file, { readOnly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    db.close();
    expect(tables.map((table) => table.name)).toEqual(['page_feedback', 'page_reads', 'referrals', 'used_once']);
    // Neither the old hash key nor any old hash, nor the collected referral's sealed bytes, is left in the files.
    expect(countFound(folder, [old.salt, ...old.hashes, Buffer.from(collected.sealed), ...deletedSlices])).toBe(0);
  });

  it('is moved once: opening it again changes nothing', async () => {
    const old = oldStore(file);
    const waiting = old.record('key:old-form-key-0123456789', { name: 'Sam' }, '2026-11-20T09:00:00.000Z');
    old.close();
    await openSqliteReferralStore(file).close();
    const store = openSqliteReferralStore(file);
    expect((await store.waiting()).map((referral) => referral.reference)).toEqual([waiting.reference]);
    await store.close();
  });
});

/**
 * A database as the old store (src/intake/store.ts) made it, with its own SQL: a settings table holding the key of
 * its body hashes, and idempotency keys prefixed "key:" or "body:".
 */
function oldStore(file: string) {
  const db = new DatabaseSync(file);
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA busy_timeout = 5000;
    CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS referrals (
      reference TEXT PRIMARY KEY,
      idempotency_key TEXT NOT NULL UNIQUE,
      body_hash TEXT NOT NULL,
      sealed BLOB NOT NULL,
      received_at TEXT NOT NULL,
      collected_at TEXT
    );
  `);
  const salt = randomBytes(32);
  db.prepare('INSERT INTO settings (name, value) VALUES (?, ?)').run('body-hash-key', salt);
  const hashes: string[] = [];
  const bodyHash = (body: object) => createHmac('sha256', salt).update(JSON.stringify(body)).digest('hex');
  let count = 0;
  return {
    salt,
    hashes,
    bodyHash,
    record: (key: string, body: object, receivedAt: string) => {
      count += 1;
      const reference = `OLD${count}-QD4R`; // the old store drew these at random; any unique text will do
      const sealed = new Uint8Array(randomBytes(600));
      hashes.push(bodyHash(body));
      db.prepare(
        'INSERT INTO referrals (reference, idempotency_key, body_hash, sealed, received_at) VALUES (?, ?, ?, ?, ?)',
      ).run(reference, key, bodyHash(body), sealed, receivedAt);
      return { reference, sealed };
    },
    markCollected: (reference: string, at: string) =>
      db
        .prepare('UPDATE referrals SET collected_at = ? WHERE reference = ? AND collected_at IS NULL')
        .run(at, reference),
    deleteCollectedBefore: (date: string) =>
      db.prepare('DELETE FROM referrals WHERE collected_at IS NOT NULL AND collected_at < ?').run(date),
    close: () => db.close(),
  };
}

/**
 * The attack on answers hashes: for each guess, HMAC-SHA256 keyed with every text or blob of 16 to 64 bytes found in
 * any table (and each text read as hex or base64), and plain SHA-256, compared with every value stored, whether it is
 * kept as bytes or written as hex, base64 or base64url. Returns the phone numbers of the guesses that matched.
 */
function matchingGuesses(file: string, guesses: readonly { phone: string }[]): string[] {
  const values = everyStoredValue(file);
  /** A value as bytes, and a text value read as hex and as base64 (or base64url): how a hash might be written. */
  const readings = (value: Buffer) => {
    const text = value.toString('utf8');
    return [value, Buffer.from(text, 'hex'), Buffer.from(text, 'base64')];
  };
  const stored = new Set(values.flatMap(readings).map((bytes) => bytes.toString('hex')));
  const keyCandidates = [
    ...new Map(
      values
        .flatMap(readings)
        .filter((key) => key.length >= 16 && key.length <= 64)
        .map((key) => [key.toString('hex'), key]),
    ).values(),
  ];
  return guesses
    .filter((guess) => {
      const text = JSON.stringify(guess);
      const digests = [
        createHash('sha256').update(text).digest(),
        ...keyCandidates.map((key) => createHmac('sha256', key).update(text).digest()),
      ];
      return digests.some((digest) => stored.has(digest.toString('hex')));
    })
    .map((guess) => guess.phone);
}

/** Every text and blob value in every table of the database, as bytes. */
function everyStoredValue(file: string): Buffer[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    return tables.flatMap((table) =>
      db
        .prepare(`SELECT * FROM "${String(table.name)}"`)
        .all()
        .flatMap((row) => Object.values(row))
        .flatMap((value) =>
          typeof value === 'string' ? [Buffer.from(value)] : value instanceof Uint8Array ? [Buffer.from(value)] : [],
        ),
    );
  } finally {
    db.close();
  }
}
