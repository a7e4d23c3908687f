/**
 * The referral store in PostgreSQL, for several intake instances sharing one
 * database (DATABASE_URL). Same tables and the same behaviour as the SQLite
 * store (store-contract.test.ts runs against both).
 *
 * Each referral is stored in its own transaction: INSERT … ON CONFLICT DO
 * NOTHING, and, when nothing was inserted, the row that was already there is
 * read to tell a repeat from a conflict. The unique constraints (the
 * idempotency key, and the answers hash of forms sent without JavaScript) make
 * copies sent at once to different instances stored once.
 *
 * What PostgreSQL cannot do: overwrite erased data. Setting a referral's
 * sealed bytes or answers hash to NULL writes a new row version; the old one
 * stays in the table's file as a dead tuple until VACUUM reclaims the space
 * (and even then the bytes stay until the space is reused), and a copy is in
 * the write-ahead log (and any WAL archive or replica) until it is recycled.
 * The sealed bytes are still sealed (only the hub's private key opens them),
 * and the answers hash is keyed with a key the database never holds; see
 * README.md.
 */
import pg from 'pg';
import { newReference } from '../reference.ts';
import type {
  PageFeedback,
  PageReads,
  RecordRequest,
  RecordResult,
  ReferralStore,
  WaitingReferral,
} from './referral-store.ts';
import { referralTables, POSTGRES_TYPES } from './schema.ts';

/** Connections each intake instance may hold: enough for a burst of referrals, few enough for many instances. */
const POOL_SIZE = 10;
/** How many times a new reference is drawn when the one drawn is taken, before giving up (23^8 makes one clash rare). */
const MAX_REFERENCE_DRAWS = 10;

/** The tables, the same as SQLite's (bytea for the sealed bytes, timestamptz for times). */
const SCHEMA = referralTables(POSTGRES_TYPES);

/**
 * Erase answers hashes older than the window. Rows another transaction is erasing (or acknowledging) at the same
 * moment are skipped rather than waited for: that transaction erases them; lookups below treat them as erased.
 */
const ERASE_OLD_HASHES = `
  UPDATE referrals SET answers_hash = NULL
  WHERE reference IN (
    SELECT reference FROM referrals WHERE answers_hash IS NOT NULL AND received_at < $1 FOR UPDATE SKIP LOCKED
  )`;

/** Open the store in a PostgreSQL database, making its tables if they are missing. */
export async function openPostgresReferralStore(databaseUrl: string): Promise<ReferralStore> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  // An idle connection that breaks must not stop the intake; the next query reports it (and the health check fails).
  pool.on('error', () => {});
  try {
    await createTables(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let closed = false;
  return {
    kind: 'postgresql',
    record: (request) => inTransaction(pool, (client) => recordInTransaction(client, request)),
    waiting: async (limit) => {
      const rows = await pool.query<{ reference: string; sealed: Buffer; received_at: Date }>(
        `SELECT reference, sealed, received_at FROM referrals WHERE sealed IS NOT NULL
         ORDER BY received_at, reference COLLATE "C" LIMIT $1`,
        [limit ?? null],
      );
      return rows.rows.map(fromWaitingRow);
    },
    waitingCount: async () => {
      const rows = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM referrals WHERE sealed IS NOT NULL');
      return rows.rows[0]?.n ?? 0;
    },
    acknowledge: async (references, at) => {
      if (references.length === 0) return 0;
      const result = await pool.query(
        `UPDATE referrals SET sealed = NULL, answers_hash = NULL, acknowledged_at = $1
         WHERE reference = ANY($2::text[]) AND acknowledged_at IS NULL`,
        [at, [...new Set(references)]],
      );
      return result.rowCount ?? 0;
    },
    forgetAcknowledgedBefore: async (date) => {
      const result = await pool.query(
        'DELETE FROM referrals WHERE acknowledged_at IS NOT NULL AND acknowledged_at < $1',
        [date],
      );
      return result.rowCount ?? 0;
    },
    useOnce: async (value, rememberUntil, now) => {
      await pool.query('DELETE FROM used_once WHERE remember_until < $1', [now]);
      const result = await pool.query(
        'INSERT INTO used_once (value, remember_until) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [value, rememberUntil],
      );
      return result.rowCount === 1;
    },
    recordFeedback: async (feedback) => {
      await pool.query(
        'INSERT INTO page_feedback (day, page, useful, what_was_wrong, lang) VALUES ($1, $2, $3, $4, $5)',
        [feedback.day, feedback.page, feedback.useful, feedback.whatWasWrong, feedback.lang],
      );
    },
    feedbackSince: async (day) => {
      // Ordered byte by byte ("C"), as SQLite orders text, so both stores give the same list.
      const rows = await pool.query<{
        day: string;
        page: string;
        useful: PageFeedback['useful'];
        what_was_wrong: string;
        lang: string;
      }>(
        `SELECT day, page, useful, what_was_wrong, lang FROM page_feedback WHERE day >= $1
         ORDER BY day COLLATE "C", page COLLATE "C", useful COLLATE "C", what_was_wrong COLLATE "C", lang COLLATE "C"`,
        [day],
      );
      return rows.rows.map((row) => ({
        day: row.day,
        page: row.page,
        useful: row.useful,
        whatWasWrong: row.what_was_wrong,
        lang: row.lang,
      }));
    },
    forgetFeedbackBefore: async (day) => {
      const result = await pool.query('DELETE FROM page_feedback WHERE day < $1', [day]);
      return result.rowCount ?? 0;
    },
    countReads: async (counts) => {
      if (counts.length === 0) return;
      // One statement for the lot, so the counts are added together or not at all; the same page twice is summed
      // first (PostgreSQL refuses to update one row twice in a statement).
      await pool.query(
        `INSERT INTO page_reads (day, page, reads)
         SELECT day, page, sum(reads)::int FROM unnest($1::text[], $2::text[], $3::int[]) AS given (day, page, reads)
         GROUP BY day, page
         ON CONFLICT (day, page) DO UPDATE SET reads = page_reads.reads + excluded.reads`,
        [counts.map((count) => count.day), counts.map((count) => count.page), counts.map((count) => count.reads)],
      );
    },
    readsSince: async (day) => {
      // Ordered byte by byte ("C"), as SQLite orders text, so both stores give the same list.
      const rows = await pool.query<PageReads>(
        'SELECT day, page, reads FROM page_reads WHERE day >= $1 ORDER BY day COLLATE "C", page COLLATE "C"',
        [day],
      );
      return rows.rows.map(({ day: readDay, page, reads }) => ({ day: readDay, page, reads: Number(reads) }));
    },
    forgetReadsBefore: async (day) => {
      const result = await pool.query('DELETE FROM page_reads WHERE day < $1', [day]);
      return result.rowCount ?? 0;
    },
    check: async () => {
      await pool.query('SELECT 1');
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/**
 * Make the tables if missing, holding a transaction-scoped advisory lock, so two instances starting together do not
 * both try to create them (CREATE TABLE IF NOT EXISTS is not safe against itself run at the same moment).
 */
async function createTables(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('victims-first referral store schema'))");
    await client.query(SCHEMA);
  });
}

/**
 * Run work in one transaction on one connection, committed before the promise resolves. synchronous_commit is set on
 * for it, so COMMIT returns only once the referral is durable, whatever the server's default.
 */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN; SET LOCAL synchronous_commit = on');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Store a referral unless it was seen before, in the caller's transaction. The insert does nothing when a unique
 * constraint is met; the existing row is then read. By key: the same answers (or a hash erased or past the window,
 * when nothing can tell) are a repeat, different answers a conflict. Without a key: the same answers hash within the
 * window is a repeat. When neither is found, the clash was on the reference (or on a hash being erased at that
 * moment), so a new reference is drawn and it is tried again.
 */
async function recordInTransaction(client: pg.PoolClient, request: RecordRequest): Promise<RecordResult> {
  const { idempotencyKey, answersHash, sealed, receivedAt, repeatWindowMs } = request;
  const cutoff = new Date(receivedAt.getTime() - repeatWindowMs);
  for (let draw = 0; draw < MAX_REFERENCE_DRAWS; draw += 1) {
    await client.query(ERASE_OLD_HASHES, [cutoff]);
    const reference = newReference();
    const inserted = await client.query(
      `INSERT INTO referrals (reference, idempotency_key, answers_hash, sealed, received_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [reference, idempotencyKey ?? null, answersHash, sealed, receivedAt],
    );
    if (inserted.rowCount === 1) return { status: 'stored', reference };
    const existing = await existingReferral(client, request, cutoff);
    if (existing) return existing;
  }
  throw new Error('No unused reference number could be found.');
}

/** The referral already stored under this key, or with these answers (without a key), as a repeat or a conflict. */
async function existingReferral(
  client: pg.PoolClient,
  { idempotencyKey, answersHash }: RecordRequest,
  cutoff: Date,
): Promise<RecordResult | undefined> {
  if (idempotencyKey !== undefined) {
    const rows = await client.query<{ reference: string; same: boolean }>(
      `SELECT reference, (answers_hash IS NULL OR answers_hash = $2 OR received_at < $3) AS same
       FROM referrals WHERE idempotency_key = $1`,
      [idempotencyKey, answersHash, cutoff],
    );
    const row = rows.rows[0];
    return row && { status: row.same ? 'repeat' : 'conflict', reference: row.reference };
  }
  const rows = await client.query<{ reference: string }>(
    `SELECT reference FROM referrals
     WHERE idempotency_key IS NULL AND answers_hash = $1 AND received_at >= $2`,
    [answersHash, cutoff],
  );
  const row = rows.rows[0];
  return row && { status: 'repeat', reference: row.reference };
}

/** A waiting referral's row, as the rest of the intake names it (a plain Uint8Array, an ISO time). */
function fromWaitingRow(row: { reference: string; sealed: Buffer; received_at: Date }): WaitingReferral {
  return { reference: row.reference, sealed: new Uint8Array(row.sealed), receivedAt: row.received_at.toISOString() };
}
