/**
 * The tables and indexes both stores keep (store-contract.test.ts runs against both): the same in SQLite and
 * PostgreSQL but for how each database names its column types, so they are written once and cannot drift apart.
 */

/** How a database names the three kinds of column the tables use. */
export interface ColumnTypes {
  text: string;
  bytes: string;
  time: string;
}

/** SQLite's names: times are ISO 8601 text, so they sort as they compare. */
export const SQLITE_TYPES: ColumnTypes = { text: 'TEXT', bytes: 'BLOB', time: 'TEXT' };
/** PostgreSQL's names. */
export const POSTGRES_TYPES: ColumnTypes = { text: 'text', bytes: 'bytea', time: 'timestamptz' };

/** The statements that make the tables and indexes, each only if it is missing. */
export function referralTables({ text, bytes, time }: ColumnTypes): string {
  return `
  CREATE TABLE IF NOT EXISTS referrals (
    reference ${text} PRIMARY KEY,
    idempotency_key ${text} UNIQUE,
    answers_hash ${text},
    sealed ${bytes},
    received_at ${time} NOT NULL,
    acknowledged_at ${time},
    CHECK (sealed IS NOT NULL OR acknowledged_at IS NOT NULL)
  );
  CREATE UNIQUE INDEX IF NOT EXISTS referrals_unkeyed_answers ON referrals (answers_hash)
    WHERE idempotency_key IS NULL AND answers_hash IS NOT NULL;
  CREATE INDEX IF NOT EXISTS referrals_waiting ON referrals (received_at, reference) WHERE sealed IS NOT NULL;
  CREATE INDEX IF NOT EXISTS referrals_hashed ON referrals (received_at) WHERE answers_hash IS NOT NULL;
  CREATE INDEX IF NOT EXISTS referrals_acknowledged ON referrals (acknowledged_at) WHERE acknowledged_at IS NOT NULL;
  CREATE TABLE IF NOT EXISTS used_once (value ${text} PRIMARY KEY, remember_until ${time} NOT NULL);
  CREATE TABLE IF NOT EXISTS page_feedback (
    day ${text} NOT NULL,
    page ${text} NOT NULL,
    useful ${text} NOT NULL CHECK (useful IN ('yes', 'no')),
    what_was_wrong ${text} NOT NULL,
    lang ${text} NOT NULL
  );
  CREATE INDEX IF NOT EXISTS page_feedback_by_day ON page_feedback (day);
  CREATE TABLE IF NOT EXISTS page_reads (
    day ${text} NOT NULL,
    page ${text} NOT NULL,
    reads INTEGER NOT NULL CHECK (reads > 0),
    PRIMARY KEY (day, page)
  );
`;
}
