/**
 * The referral store in SQLite (node:sqlite), embedded in the intake: the
 * default, for one intake on one machine.
 *
 * - Durable: WAL with synchronous FULL, so a referral is on disk before the
 *   intake says "received". Referrals arriving together share one commit
 *   (group commit), so durability costs one disk flush per batch, not per
 *   referral.
 * - Private on disk: the folder is 0700 and the files 0600; secure_delete
 *   overwrites erased data with zeros, and the WAL is truncated after the hub
 *   acknowledges referrals, so no copy of a collected referral's sealed bytes
 *   (or of an answers hash past its window) stays in the files.
 * - Migrates the old store (src/intake/store.ts, with its hash key in a
 *   settings table) on open, then rebuilds the file so the old key is gone.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { newReference } from '../reference.ts';
import type {
  PageFeedback,
  PageReads,
  RecordRequest,
  RecordResult,
  ReferralStore,
  WaitingReferral,
} from './referral-store.ts';
import { referralTables, SQLITE_TYPES } from './schema.ts';

/** The SQLite store, with what only tests and the bench need to see. */
export interface SqliteReferralStore extends ReferralStore {
  readonly kind: 'sqlite';
  /** How many write transactions have committed since the store opened: referrals arriving together share one. */
  commitCount(): number;
  /** The settings in force on the store's connection (they are per connection, so only the store can say). */
  settings(): { journalMode: string; synchronous: number; secureDelete: number; busyTimeoutMs: number };
}

/** How many times a new reference is drawn when the one drawn is taken, before giving up (23^8 makes one clash rare). */
const MAX_REFERENCE_DRAWS = 10;
/**
 * After answers hashes are erased, the WAL still holds older copies of the pages they were on until it is truncated.
 * It is truncated at most this often for that reason (acknowledging referrals truncates it every time), so a hash
 * outlives its window in the WAL by at most about this long, without a checkpoint after every batch.
 */
const HASH_SCRUB_INTERVAL_MS = 60_000;

/** A referral waiting in the queue for the next group commit. */
interface QueuedRecord {
  request: RecordRequest;
  resolve: (result: RecordResult) => void;
  reject: (error: unknown) => void;
}

/** Open (or create, or migrate) the store in a file, or in memory with ":memory:". */
export function openSqliteReferralStore(file: string): SqliteReferralStore {
  prepareFiles(file);
  const db = new DatabaseSync(file);
  applySettings(db);
  migrateOldStore(db);
  createTables(db);
  const queries = prepareQueries(db);
  const state = { commits: 0, closed: false, walScrubPending: false, lastHashScrub: undefined as number | undefined };
  let queue: QueuedRecord[] = [];
  let scheduled: ReturnType<typeof setImmediate> | undefined;

  /**
   * Truncate the WAL so no older copy of an erased page stays in it. Tried again after the next batch if a reader held
   * it or it failed: what was erased is committed either way, so this never fails the caller.
   */
  const scrubWal = () => {
    try {
      const result = queries.checkpoint.get() as { busy: number } | undefined;
      state.walScrubPending = Number(result?.busy ?? 0) !== 0;
    } catch {
      state.walScrubPending = true;
    }
  };
  // A WAL left by a crash may hold copies of pages erased since: start with it empty.
  scrubWal();

  /** Write everything queued in one transaction, then answer each caller once it is durably committed. */
  const flush = () => {
    scheduled = undefined;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    const outcome = writeBatch(db, queries, batch);
    if (outcome.committed) state.commits += 1;
    const batchTime = Math.max(...batch.map(({ request }) => request.receivedAt.getTime()));
    const hashScrubDue =
      outcome.erasedHashes > 0 &&
      (state.lastHashScrub === undefined ||
        batchTime < state.lastHashScrub ||
        batchTime - state.lastHashScrub >= HASH_SCRUB_INTERVAL_MS);
    if (hashScrubDue) state.lastHashScrub = batchTime;
    if (outcome.committed && (hashScrubDue || state.walScrubPending)) scrubWal();
  };

  /** Run a small write transaction on its own (acknowledge, forget, one-off values), counted like the others. */
  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      state.commits += 1;
      return result;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };

  /** Refuse work once closed, in words a person can follow. */
  const ensureOpen = () => {
    if (state.closed) throw new Error('The referral store is closed.');
  };

  return {
    kind: 'sqlite',
    record: (request) =>
      new Promise<RecordResult>((resolve, reject) => {
        if (state.closed) return reject(new Error('The referral store is closed.'));
        queue.push({ request, resolve, reject });
        scheduled ??= setImmediate(flush);
      }),
    waiting: async (limit) => {
      ensureOpen();
      return (queries.waiting.all(limit ?? -1) as WaitingRow[]).map(fromWaitingRow);
    },
    waitingCount: async () => {
      ensureOpen();
      return Number((queries.waitingCount.get() as { n: number }).n);
    },
    acknowledge: async (references, at) => {
      ensureOpen();
      if (references.length === 0) return 0;
      const acknowledged = transaction(() => {
        let count = 0;
        for (const reference of new Set(references))
          count += Number(queries.acknowledge.run(at.toISOString(), reference).changes);
        return count;
      });
      scrubWal();
      return acknowledged;
    },
    forgetAcknowledgedBefore: async (date) => {
      ensureOpen();
      const forgotten = transaction(() => Number(queries.forgetAcknowledgedBefore.run(date.toISOString()).changes));
      scrubWal();
      return forgotten;
    },
    useOnce: async (value, rememberUntil, now) => {
      ensureOpen();
      return transaction(() => {
        queries.forgetExpiredOnce.run(now.toISOString());
        return Number(queries.rememberOnce.run(value, rememberUntil.toISOString()).changes) === 1;
      });
    },
    recordFeedback: async (feedback) => {
      ensureOpen();
      queries.recordFeedback.run(feedback.day, feedback.page, feedback.useful, feedback.whatWasWrong, feedback.lang);
    },
    feedbackSince: async (day) => {
      ensureOpen();
      return (queries.feedbackSince.all(day) as unknown as FeedbackRow[]).map(fromFeedbackRow);
    },
    forgetFeedbackBefore: async (day) => {
      ensureOpen();
      const forgotten = transaction(() => Number(queries.forgetFeedbackBefore.run(day).changes));
      scrubWal();
      return forgotten;
    },
    countReads: async (counts) => {
      ensureOpen();
      if (counts.length === 0) return;
      transaction(() => {
        for (const count of counts) queries.countReads.run(count.day, count.page, count.reads);
      });
    },
    readsSince: async (day) => {
      ensureOpen();
      return (queries.readsSince.all(day) as unknown as PageReads[]).map(({ day, page, reads }) => ({
        day,
        page,
        reads: Number(reads),
      }));
    },
    forgetReadsBefore: async (day) => {
      ensureOpen();
      const forgotten = transaction(() => Number(queries.forgetReadsBefore.run(day).changes));
      scrubWal();
      return forgotten;
    },
    check: async () => {
      ensureOpen();
      queries.check.get();
    },
    close: async () => {
      if (state.closed) return;
      if (scheduled) clearImmediate(scheduled);
      flush();
      state.closed = true;
      db.close();
    },
    commitCount: () => state.commits,
    settings: () => currentSettings(db),
  };
}

/**
 * Make the folder (0700) and the database file (0600) before SQLite opens it, so the file is never readable by
 * others, not even for a moment; SQLite gives its -wal and -shm files the same mode. Files left by an older version
 * are tightened to 0600. An existing folder is left as it is (it may be shared); the files in it are still 0600.
 */
function prepareFiles(file: string): void {
  if (file === ':memory:') return;
  const folder = path.dirname(path.resolve(file));
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    chmodSync(folder, 0o700);
  }
  closeSync(openSync(file, 'a', 0o600));
  for (const companion of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`])
    if (existsSync(companion)) chmodSync(companion, 0o600);
}

/**
 * Wait rather than fail when another connection holds the lock; overwrite erased data with zeros (secure_delete);
 * keep temporary tables and sorts (and VACUUM's copy) in memory, not in files elsewhere; commit through the WAL with
 * a full flush (synchronous FULL).
 */
function applySettings(db: DatabaseSync): void {
  db.exec(`
    PRAGMA busy_timeout = 5000;
    PRAGMA secure_delete = ON;
    PRAGMA temp_store = MEMORY;
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
  `);
}

/** The tables and indexes, made if missing (they are the same after a migration). */
const SCHEMA = referralTables(SQLITE_TYPES);

/** Make the tables on first use. */
function createTables(db: DatabaseSync): void {
  db.exec(SCHEMA);
}

/**
 * Move a database made by the old store (src/intake/store.ts) to this schema, in one transaction: referrals still
 * waiting keep their sealed contents; collected ones keep only their reference and key, as acknowledged ones do
 * here; "key:" keys lose their prefix, "body:" keys become NULL; the old body hashes and the settings table (which
 * held the key of those hashes) are dropped. Then VACUUM rebuilds the file, so the old key and hashes are gone from
 * it, and the WAL is truncated.
 */
function migrateOldStore(db: DatabaseSync): void {
  const referralColumns = (db.prepare('PRAGMA table_info(referrals)').all() as { name: string }[]).map(
    (column) => column.name,
  );
  const hasSettings = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get();
  const oldReferrals = referralColumns.includes('body_hash');
  if (!oldReferrals && !hasSettings) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    if (oldReferrals) {
      db.exec('ALTER TABLE referrals RENAME TO old_referrals');
      db.exec(SCHEMA);
      db.exec(`
        INSERT INTO referrals (reference, idempotency_key, answers_hash, sealed, received_at, acknowledged_at)
        SELECT
          reference,
          CASE WHEN idempotency_key LIKE 'key:%' THEN substr(idempotency_key, 5) END,
          NULL,
          CASE WHEN collected_at IS NULL THEN sealed END,
          received_at,
          collected_at
        FROM old_referrals;
        DROP TABLE old_referrals;
      `);
    }
    db.exec('DROP TABLE IF EXISTS settings');
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
  db.exec('VACUUM');
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
}

/** A page_feedback row as the database gives it. */
export interface FeedbackRow {
  day: string;
  page: string;
  useful: PageFeedback['useful'];
  what_was_wrong: string;
  lang: string;
}

/** A page_feedback row as the store's callers see it. */
export function fromFeedbackRow(row: FeedbackRow): PageFeedback {
  return { day: row.day, page: row.page, useful: row.useful, whatWasWrong: row.what_was_wrong, lang: row.lang };
}

type Queries = ReturnType<typeof prepareQueries>;

/** Every statement the store runs, prepared once. */
function prepareQueries(db: DatabaseSync) {
  return {
    eraseOldHashes: db.prepare(
      'UPDATE referrals SET answers_hash = NULL WHERE answers_hash IS NOT NULL AND received_at < ?',
    ),
    byKey: db.prepare('SELECT reference, answers_hash FROM referrals WHERE idempotency_key = ?'),
    byAnswers: db.prepare('SELECT reference FROM referrals WHERE idempotency_key IS NULL AND answers_hash = ?'),
    referenceTaken: db.prepare('SELECT 1 FROM referrals WHERE reference = ?'),
    insert: db.prepare(
      'INSERT INTO referrals (reference, idempotency_key, answers_hash, sealed, received_at) VALUES (?, ?, ?, ?, ?)',
    ),
    waiting: db.prepare(
      'SELECT reference, sealed, received_at FROM referrals WHERE sealed IS NOT NULL ORDER BY received_at, reference LIMIT ?',
    ),
    waitingCount: db.prepare('SELECT count(*) AS n FROM referrals WHERE sealed IS NOT NULL'),
    acknowledge: db.prepare(
      `UPDATE referrals SET sealed = NULL, answers_hash = NULL, acknowledged_at = ?
       WHERE reference = ? AND acknowledged_at IS NULL`,
    ),
    forgetAcknowledgedBefore: db.prepare(
      'DELETE FROM referrals WHERE acknowledged_at IS NOT NULL AND acknowledged_at < ?',
    ),
    forgetExpiredOnce: db.prepare('DELETE FROM used_once WHERE remember_until < ?'),
    rememberOnce: db.prepare('INSERT INTO used_once (value, remember_until) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    recordFeedback: db.prepare(
      'INSERT INTO page_feedback (day, page, useful, what_was_wrong, lang) VALUES (?, ?, ?, ?, ?)',
    ),
    feedbackSince: db.prepare(
      `SELECT day, page, useful, what_was_wrong, lang FROM page_feedback WHERE day >= ?
       ORDER BY day, page, useful, what_was_wrong, lang`,
    ),
    forgetFeedbackBefore: db.prepare('DELETE FROM page_feedback WHERE day < ?'),
    countReads: db.prepare(
      `INSERT INTO page_reads (day, page, reads) VALUES (?, ?, ?)
       ON CONFLICT (day, page) DO UPDATE SET reads = page_reads.reads + excluded.reads`,
    ),
    readsSince: db.prepare('SELECT day, page, reads FROM page_reads WHERE day >= ? ORDER BY day, page'),
    forgetReadsBefore: db.prepare('DELETE FROM page_reads WHERE day < ?'),
    checkpoint: db.prepare('PRAGMA wal_checkpoint(TRUNCATE)'),
    check: db.prepare('SELECT 1'),
  } satisfies Record<string, StatementSync>;
}

/** What a group commit did: whether it committed, and how many answers hashes it erased. */
interface BatchOutcome {
  committed: boolean;
  erasedHashes: number;
}

/**
 * One transaction for the whole batch, each referral in its own savepoint so one that fails fails alone. Each caller
 * is answered only after COMMIT has returned, so "stored" always means on disk; if COMMIT fails, every referral in the
 * batch is refused (none of them is stored).
 */
function writeBatch(db: DatabaseSync, queries: Queries, batch: readonly QueuedRecord[]): BatchOutcome {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    for (const queued of batch) queued.reject(error);
    return { committed: false, erasedHashes: 0 };
  }
  const recorded: { queued: QueuedRecord; result: RecordResult }[] = [];
  let erasedHashes = 0;
  for (const queued of batch) {
    try {
      db.exec('SAVEPOINT referral');
    } catch (error) {
      queued.reject(error);
      continue;
    }
    try {
      const erased = eraseOldHashes(queries, queued.request);
      const result = recordInTransaction(queries, queued.request);
      db.exec('RELEASE referral');
      erasedHashes += erased;
      recorded.push({ queued, result });
    } catch (error) {
      queued.reject(error);
      try {
        db.exec('ROLLBACK TO referral');
        db.exec('RELEASE referral');
      } catch (rollbackError) {
        return abandonBatch(db, recorded, rollbackError);
      }
    }
  }
  try {
    db.exec('COMMIT');
  } catch (error) {
    return abandonBatch(db, recorded, error);
  }
  for (const { queued, result } of recorded) queued.resolve(result);
  return { committed: true, erasedHashes };
}

/** Roll the whole batch back and refuse every referral in it: none of them is stored. */
function abandonBatch(db: DatabaseSync, recorded: readonly { queued: QueuedRecord }[], error: unknown): BatchOutcome {
  for (const { queued } of recorded) queued.reject(error);
  try {
    if (db.isTransaction) db.exec('ROLLBACK');
  } catch {
    // The connection itself is failing: every caller has the error already, and the next batch will meet it too.
  }
  return { committed: false, erasedHashes: 0 };
}

/** Erase answers hashes older than the repeat window, as seen from this referral's arrival; returns how many. */
function eraseOldHashes(queries: Queries, { receivedAt, repeatWindowMs }: RecordRequest): number {
  const cutoff = new Date(receivedAt.getTime() - repeatWindowMs).toISOString();
  return Number(queries.eraseOldHashes.run(cutoff).changes);
}

/**
 * Store a referral unless it was seen before. By key: the same answers (or a hash already erased, when nothing can
 * tell) are a repeat, different answers a conflict. Without a key: the same answers hash is a repeat. Both give the
 * first referral's reference. Runs inside the batch's transaction, so a retry in the same batch is seen too.
 */
function recordInTransaction(queries: Queries, request: RecordRequest): RecordResult {
  const { idempotencyKey, answersHash, sealed, receivedAt } = request;
  if (idempotencyKey !== undefined) {
    const existing = queries.byKey.get(idempotencyKey) as
      { reference: string; answers_hash: string | null } | undefined;
    if (existing) {
      const same = existing.answers_hash === null || existing.answers_hash === answersHash;
      return { status: same ? 'repeat' : 'conflict', reference: existing.reference };
    }
  } else {
    const existing = queries.byAnswers.get(answersHash) as { reference: string } | undefined;
    if (existing) return { status: 'repeat', reference: existing.reference };
  }
  const reference = unusedReference(queries);
  queries.insert.run(reference, idempotencyKey ?? null, answersHash, sealed, receivedAt.toISOString());
  return { status: 'stored', reference };
}

/** A new reference no stored referral has: drawn again on the rare clash. */
function unusedReference(queries: Queries): string {
  for (let draw = 0; draw < MAX_REFERENCE_DRAWS; draw += 1) {
    const reference = newReference();
    if (!queries.referenceTaken.get(reference)) return reference;
  }
  throw new Error('No unused reference number could be found.');
}

/** The settings in force on this connection. */
function currentSettings(db: DatabaseSync): ReturnType<SqliteReferralStore['settings']> {
  const read = (pragma: string) => Object.values(db.prepare(`PRAGMA ${pragma}`).get() ?? {})[0];
  return {
    journalMode: String(read('journal_mode')),
    synchronous: Number(read('synchronous')),
    secureDelete: Number(read('secure_delete')),
    busyTimeoutMs: Number(read('busy_timeout')),
  };
}

/** A waiting referral's row. */
type WaitingRow = { reference: string; sealed: Uint8Array; received_at: string };

/** A row as the rest of the intake names it. */
function fromWaitingRow(row: WaitingRow): WaitingReferral {
  return { reference: row.reference, sealed: row.sealed, receivedAt: row.received_at };
}
