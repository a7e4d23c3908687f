/**
 * The store on this machine as a source of referrals, for a set-up where
 * hub staff collect on the same machine as the intake (`npm run
 * hub:collect` without --from). Does what the intake's acknowledge route
 * does: erases acknowledged referrals at once, and forgets their references
 * once the retention period has passed.
 */
import type { ReferralSource } from '../hub/referral-source.ts';
import type { ReferralStore } from './store/referral-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the local source needs besides the store. */
export interface LocalSourceOptions {
  /** Days to keep an acknowledged referral's reference (settings: referral.retentionDays). */
  retentionDays: number;
  /** The clock, for tests. */
  now?: () => Date;
}

/** The store as a source: lists what waits, and acknowledging erases it, then forgets references past retention. */
export function localSource(store: ReferralStore, options: LocalSourceOptions): ReferralSource {
  const now = options.now ?? (() => new Date());
  return {
    async waiting(limit) {
      const referrals = await store.waiting(limit);
      return {
        waiting: await store.waitingCount(),
        referrals: referrals.map((item) => ({ reference: item.reference, sealed: item.sealed })),
      };
    },
    async acknowledge(references) {
      const at = now();
      const acknowledged = await store.acknowledge(references, at);
      await store.forgetAcknowledgedBefore(new Date(at.getTime() - options.retentionDays * DAY_MS));
      return acknowledged;
    },
  };
}
