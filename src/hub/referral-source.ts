/**
 * What a collection takes referrals from, and the kind of error hub staff
 * can act on. No file system or network here, so the hub page (in the
 * browser) and the collection command (in Node) share it.
 */
import type { SealedReferral } from './case-files.ts';

/** Where referrals come from: the intake over the network, or the store on this machine. */
export interface ReferralSource {
  /** Referrals waiting, oldest first, at most `limit`; and how many wait in all. */
  waiting(limit: number): Promise<{ waiting: number; referrals: SealedReferral[] }>;
  /** The hub has these safely: the source may erase them. Returns how many were newly acknowledged. */
  acknowledge(references: readonly string[]): Promise<number>;
}

/**
 * A failure hub staff can act on: its message says what happened and what to do, in plain words. The command prints
 * it as it is, with no stack trace.
 */
export class CollectionError extends Error {
  override name = 'CollectionError';
}
