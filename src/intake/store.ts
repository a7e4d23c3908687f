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
import { DatabaseSync } from 'node:sqlite';
import { newReference } from './reference.ts';

export interface RecordRequest {
  /** The key the form sent; without one, the referral itself is the key (by its keyed hash, never its text). */
  idempotencyKey?: string;
  /** The referral as submitted (validated), to tell a true retry from a different referral with the same key. */
  canonicalBody: string;
  sealed: Uint8Array;
  receivedAt: Date;
}

export type RecordResult = { status: 'stored' | 'repeat' | 'conflict'; reference: string };

export interface StoredReferral {
  reference: string;
  sealed: Uint8Array;
  receivedAt: string;
  collectedAt: string | null;
}

export interface ReferralStore {
  record(request: RecordRequest): RecordResult;
  /** Referrals the hub has not collected yet, oldest first. */
  uncollected(): StoredReferral[];
  markCollected(references: readonly string[], at: Date): void;
  /** Delete referrals collected before a date; returns how many. */
  deleteCollectedBefore(date: Date): number;
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

export function openReferralStore(file: string): ReferralStore {
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

  // Bodies are compared by a keyed hash, so the store holds no plain fingerprint of what people wrote.
  const saltRow = db.prepare('SELECT value FROM settings WHERE name = ?').get('body-hash-key') as
    { value: Uint8Array } | undefined;
  const salt = saltRow?.value ?? randomBytes(32);
  if (!saltRow) db.prepare('INSERT INTO settings (name, value) VALUES (?, ?)').run('body-hash-key', salt);
  const bodyHash = (body: string) => createHmac('sha256', salt).update(body).digest('hex');

  const byKey = db.prepare('SELECT reference, body_hash FROM referrals WHERE idempotency_key = ?');
  const referenceTaken = db.prepare('SELECT 1 FROM referrals WHERE reference = ?');
  const insert = db.prepare(
    'INSERT INTO referrals (reference, idempotency_key, body_hash, sealed, received_at) VALUES (?, ?, ?, ?, ?)',
  );

  return {
    record({ idempotencyKey, canonicalBody, sealed, receivedAt }) {
      const hash = bodyHash(canonicalBody);
      const key = idempotencyKey === undefined ? `body:${hash}` : `key:${idempotencyKey}`;
      db.exec('BEGIN IMMEDIATE');
      try {
        const existing = byKey.get(key) as { reference: string; body_hash: string } | undefined;
        if (existing) {
          db.exec('COMMIT');
          return { status: existing.body_hash === hash ? 'repeat' : 'conflict', reference: existing.reference };
        }
        let reference = newReference();
        while (referenceTaken.get(reference)) reference = newReference();
        insert.run(reference, key, hash, sealed, receivedAt.toISOString());
        db.exec('COMMIT');
        return { status: 'stored', reference };
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    uncollected() {
      return (
        db
          .prepare(
            'SELECT reference, sealed, received_at, collected_at FROM referrals WHERE collected_at IS NULL ORDER BY received_at, reference',
          )
          .all() as {
          reference: string;
          sealed: Uint8Array;
          received_at: string;
          collected_at: string | null;
        }[]
      ).map((row) => ({
        reference: row.reference,
        sealed: row.sealed,
        receivedAt: row.received_at,
        collectedAt: row.collected_at,
      }));
    },
    markCollected(references, at) {
      const mark = db.prepare('UPDATE referrals SET collected_at = ? WHERE reference = ? AND collected_at IS NULL');
      db.exec('BEGIN IMMEDIATE');
      for (const reference of references) mark.run(at.toISOString(), reference);
      db.exec('COMMIT');
    },
    deleteCollectedBefore(date) {
      return Number(
        db.prepare('DELETE FROM referrals WHERE collected_at IS NOT NULL AND collected_at < ?').run(date.toISOString())
          .changes,
      );
    },
    count() {
      return Number((db.prepare('SELECT count(*) AS n FROM referrals').get() as { n: number }).n);
    },
    durability() {
      const journal = db.prepare('PRAGMA journal_mode').get() as { journal_mode: string };
      const synchronous = db.prepare('PRAGMA synchronous').get() as { synchronous: number };
      return { journalMode: journal.journal_mode, synchronous: Number(synchronous.synchronous) };
    },
    close() {
      db.close();
    },
  };
}
