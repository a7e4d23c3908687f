/**
 * The one interface the intake and the hub's collection use to keep
 * referrals, whatever holds them: SQLite (embedded, the default) or
 * PostgreSQL (when DATABASE_URL is set, so several intake instances can
 * share one database). Both implementations pass the same tests
 * (store-contract.test.ts).
 *
 * A row holds only what the intake needs: the sealed referral (which the
 * server cannot open), its reference, when it came, and what recognises a
 * repeat. A repeat is recognised by the form's random idempotency key, or,
 * for a form sent without JavaScript, by a keyed hash of its answers. The
 * hash's key is never in the database (the intake holds it), and the hash is
 * erased once the short window for double posts has passed, or when the hub
 * collects the referral, whichever is first.
 */

/** One referral to store, with what recognises it if it is sent again. */
export interface RecordRequest {
  /** The form's random key (sent by its script); absent for a form sent without JavaScript. */
  idempotencyKey?: string;
  /**
   * A keyed hash of the checked answers (the key is the intake's, never stored). Tells a true retry from different
   * answers under the same idempotency key, and recognises a form sent twice without JavaScript.
   */
  answersHash: string;
  /** The referral sealed for the hub: only the hub's private key opens it. */
  sealed: Uint8Array;
  receivedAt: Date;
  /** Answers hashes older than this are erased and never matched: repeats are recognised only within the window. */
  repeatWindowMs: number;
}

/** Stored anew, a repeat of one already stored, or different answers under an idempotency key already used. */
export type RecordResult = { status: 'stored' | 'repeat' | 'conflict'; reference: string };

/** A referral waiting for the hub: sealed, so only the hub can read it. */
export interface WaitingReferral {
  reference: string;
  sealed: Uint8Array;
  /** ISO 8601, UTC. */
  receivedAt: string;
}

/**
 * One answer to "Was this page useful?", as kept: the day, never the time, and nothing that could identify or reach
 * the person (the intake removes anything shaped like an email address, a phone number or a postcode first).
 */
export interface PageFeedback {
  /** The day it was given in the UK, as YYYY-MM-DD. */
  day: string;
  /** The page's path, such as "/your-rights/". */
  page: string;
  useful: 'yes' | 'no';
  /** What was missing or wrong, with personal details removed; empty when nothing was written. */
  whatWasWrong: string;
  /** The language of the page, such as "en" or "pl". */
  lang: string;
}

/**
 * How many times a page was read on a day: a sum, nothing about any one read (no time, address, agent or cookie), so
 * no visit can be told from another.
 */
export interface PageReads {
  /** The day in the UK, as YYYY-MM-DD. */
  day: string;
  /** The page's path, such as "/your-rights/", without any query. */
  page: string;
  reads: number;
}

export interface ReferralStore {
  /** Which implementation this is: for messages and the bench. */
  readonly kind: 'sqlite' | 'postgresql';
  /**
   * Store a referral once, however often it is sent; a repeat gets the reference it already has. Resolves only once
   * the referral is durably committed (referrals arriving together may share one commit).
   */
  record(request: RecordRequest): Promise<RecordResult>;
  /** Referrals the hub has not collected yet, oldest first, at most `limit`. */
  waiting(limit?: number): Promise<WaitingReferral[]>;
  /** How many referrals wait for the hub (collected ones are not counted). */
  waitingCount(): Promise<number>;
  /**
   * The hub has these referrals safely: erase their sealed contents and answers hash at once, and securely where the
   * database allows (SQLite's secure_delete, then the WAL truncated). The reference and idempotency key are kept
   * (nothing personal) so a late retry of the same form still gets its reference, not a duplicate. References not
   * waiting are ignored. Returns how many were newly acknowledged.
   */
  acknowledge(references: readonly string[], at: Date): Promise<number>;
  /** Forget acknowledged referrals (their reference and key) acknowledged before the date; returns how many. */
  forgetAcknowledgedBefore(date: Date): Promise<number>;
  /**
   * Remember a signed collection request's one-off value until the given time. False when it was used before (a
   * replayed request). Expired values are forgotten.
   */
  useOnce(value: string, rememberUntil: Date, now: Date): Promise<boolean>;
  /** Keep one answer to "Was this page useful?". */
  recordFeedback(feedback: PageFeedback): Promise<void>;
  /**
   * The feedback given on or after a day (YYYY-MM-DD), ordered by day, then page, then the answer itself: never in
   * the order it arrived, which could be matched against a web server's log.
   */
  feedbackSince(day: string): Promise<PageFeedback[]>;
  /** Forget (securely, where the database allows) feedback given before a day; returns how many. */
  forgetFeedbackBefore(day: string): Promise<number>;
  /** Add page reads to the day's counts (a page already counted that day gets the new reads added to its count). */
  countReads(counts: readonly PageReads[]): Promise<void>;
  /** The counts for each day on or after a day (YYYY-MM-DD), ordered by day, then page. */
  readsSince(day: string): Promise<PageReads[]>;
  /** Forget the counts of days before a day; returns how many day-and-page counts. */
  forgetReadsBefore(day: string): Promise<number>;
  /** Throws when the database cannot be reached: for the health check. */
  check(): Promise<void>;
  close(): Promise<void>;
}
