/**
 * Opens the referral store: SQLite in a file (or ":memory:"), or PostgreSQL when a database address is given.
 */
import { openPostgresReferralStore } from './postgres-store.ts';
import type { ReferralStore } from './referral-store.ts';
import { openSqliteReferralStore } from './sqlite-store.ts';

/** Where referrals are kept: a SQLite file (or ":memory:"), or a PostgreSQL database. */
export type StoreLocation = { file: string } | { databaseUrl: string };

/** The store at the given place: PostgreSQL for a database address, else SQLite. */
export async function openReferralStore(where: StoreLocation): Promise<ReferralStore> {
  if ('databaseUrl' in where) return openPostgresReferralStore(where.databaseUrl);
  return openSqliteReferralStore(where.file);
}
