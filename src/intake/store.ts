/**
 * Where the intake keeps referrals until the hub collects them: SQLite,
 * embedded, in WAL mode with full synchronous commits, so a referral is on
 * disk before the intake says "received". Each row holds only the sealed
 * referral (the intake cannot read it back), its reference, and what
 * idempotency needs.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { newReference } from './reference.ts';

/** One referral to store, with what is needed to recognise it if it is sent again. */
export interface RecordRequest {
  /** The key the form sent; without one, the referral itself is the key (by its keyed hash, never its text). */
  idempotencyKey?: string;
  /** The referral as submitted (validated), to tell a true retry from a different referral with the same key. */
  canonicalBody: string;
  sealed: Uint8Array;
  receivedAt: Date;
}

/** Stored anew, a repeat of one already stored, or a different referral under a key already used. */
export type RecordResult = { status: 'stored' | 'repeat' | 'conflict'; reference: string };

/** A referral as the store holds it: sealed, so only the hub can read it. */
export interface StoredReferral {
  reference: string;
  sealed: Uint8Array;
  receivedAt: string;
  collectedAt: string | null;
}

/** What the intake and the hub's collection need from the store. */
export interface ReferralStore {
  /** Store a referral once, however often it is sent; a repeat gets the reference it already has. */
  record(request: RecordRequest): RecordResult;
  /** Referrals the hub has not collected yet, oldest first. */
  uncollected(): StoredReferral[];
  /** Mark referrals collected, once: one collected earlier keeps its first date. */
  markCollected(references: readonly string[], at: Date): void;
  /** Delete referrals collected before a date; returns how many. */
  deleteCollectedBefore(date: Date): number;
  /** How many referrals are stored, collected or not. */
  count(): number;
  /** How the database is set to commit: for tests and health checks. */
  durability(): { journalMode: string; synchronous: number };
  close(): void;
}

/** Sorted keys, so the same referral always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Open the store in a file (its folder is made if missing), or in memory with ":memory:". */
export function openReferralStore(file: string): ReferralStore {
  const db = openDatabase(file);
  const bodyHash = bodyHasher(db);
  const queries = prepareQueries(db);
  return {
    record: (request) => recordOnce(db, queries, bodyHash, request),
    uncollected: () => (queries.uncollected.all() as ReferralRow[]).map(fromRow),
    markCollected: (references, at) => markCollected(db, queries, references, at),
    deleteCollectedBefore: (date) => Number(queries.deleteCollectedBefore.run(date.toISOString()).changes),
    count: () => Number((queries.count.get() as { n: number }).n),
    durability: () => durability(queries),
    close: () => db.close(),
  };
}

/**
 * The database, set to commit each referral to disk before answering (WAL, synchronous FULL), to wait rather than fail
 * when the hub's collection holds the lock, and with its tables made on first use.
 */
function openDatabase(file: string): DatabaseSync {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
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
  return db;
}

/**
 * Bodies are compared by a keyed hash, so the store holds no plain fingerprint of what people wrote. The key is made
 * once, at random, and kept in the database, so a referral sent again after a restart is still recognised.
 */
function bodyHasher(db: DatabaseSync): (body: string) => string {
  const saltRow = db.prepare('SELECT value FROM settings WHERE name = ?').get('body-hash-key') as
    { value: Uint8Array } | undefined;
  const salt = saltRow?.value ?? randomBytes(32);
  if (!saltRow) db.prepare('INSERT INTO settings (name, value) VALUES (?, ?)').run('body-hash-key', salt);
  return (body: string) => createHmac('sha256', salt).update(body).digest('hex');
}

type Queries = ReturnType<typeof prepareQueries>;

/** Every statement the store runs, prepared once. */
function prepareQueries(db: DatabaseSync) {
  return {
    byKey: db.prepare('SELECT reference, body_hash FROM referrals WHERE idempotency_key = ?'),
    referenceTaken: db.prepare('SELECT 1 FROM referrals WHERE reference = ?'),
    insert: db.prepare(
      'INSERT INTO referrals (reference, idempotency_key, body_hash, sealed, received_at) VALUES (?, ?, ?, ?, ?)',
    ),
    uncollected: db.prepare(
      'SELECT reference, sealed, received_at, collected_at FROM referrals WHERE collected_at IS NULL ORDER BY received_at, reference',
    ),
    markCollected: db.prepare('UPDATE referrals SET collected_at = ? WHERE reference = ? AND collected_at IS NULL'),
    deleteCollectedBefore: db.prepare('DELETE FROM referrals WHERE collected_at IS NOT NULL AND collected_at < ?'),
    count: db.prepare('SELECT count(*) AS n FROM referrals'),
    journalMode: db.prepare('PRAGMA journal_mode'),
    synchronous: db.prepare('PRAGMA synchronous'),
  } satisfies Record<string, StatementSync>;
}

/**
 * Store a referral unless its key was seen before: the same answers again are a repeat, different ones a conflict;
 * both get the first referral's reference. The check and the insert share one write transaction (BEGIN IMMEDIATE), so
 * two copies sent at once are still stored once.
 */
function recordOnce(
  db: DatabaseSync,
  queries: Queries,
  bodyHash: (body: string) => string,
  { idempotencyKey, canonicalBody, sealed, receivedAt }: RecordRequest,
): RecordResult {
  const hash = bodyHash(canonicalBody);
  const key = idempotencyKey === undefined ? `body:${hash}` : `key:${idempotencyKey}`;
  db.exec('BEGIN IMMEDIATE');
  try {
    const existing = queries.byKey.get(key) as { reference: string; body_hash: string } | undefined;
    if (existing) {
      db.exec('COMMIT');
      return { status: existing.body_hash === hash ? 'repeat' : 'conflict', reference: existing.reference };
    }
    const reference = unusedReference(queries);
    queries.insert.run(reference, key, hash, sealed, receivedAt.toISOString());
    db.exec('COMMIT');
    return { status: 'stored', reference };
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** A new reference no stored referral has: drawn again on the rare clash. */
function unusedReference(queries: Queries): string {
  let reference = newReference();
  while (queries.referenceTaken.get(reference)) reference = newReference();
  return reference;
}

/** Marks a collection's referrals in one transaction, so a run is marked all at once. */
function markCollected(db: DatabaseSync, queries: Queries, references: readonly string[], at: Date): void {
  db.exec('BEGIN IMMEDIATE');
  for (const reference of references) queries.markCollected.run(at.toISOString(), reference);
  db.exec('COMMIT');
}

/** The journal mode and synchronous setting in force (WAL and 2, FULL, as set when opened). */
function durability(queries: Queries): { journalMode: string; synchronous: number } {
  const journal = queries.journalMode.get() as { journal_mode: string };
  const synchronous = queries.synchronous.get() as { synchronous: number };
  return { journalMode: journal.journal_mode, synchronous: Number(synchronous.synchronous) };
}

/** A row of the referrals table, as read for collection. */
type ReferralRow = {
  reference: string;
  sealed: Uint8Array;
  received_at: string;
  collected_at: string | null;
};

/** A row as the rest of the intake names it. */
function fromRow(row: ReferralRow): StoredReferral {
  return {
    reference: row.reference,
    sealed: row.sealed,
    receivedAt: row.received_at,
    collectedAt: row.collected_at,
  };
}
