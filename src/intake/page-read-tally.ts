/**
 * Page reads counted in memory and written to the store now and then, so a page view never waits for the database,
 * and what is written says nothing of when in the day, or in what order, pages were read: only how many times each
 * page was read on each UK day.
 */
import type { PageReads, ReferralStore } from './store/referral-store.ts';
import { addDays } from '../shared/dates.ts';
import { ukTime } from '../shared/uk-time.ts';
import { KEEP_PAGE_READS_DAYS } from './page-reads.ts';

/** What the tally needs of the store. */
export type PageReadsStore = Pick<ReferralStore, 'countReads' | 'forgetReadsBefore'>;

export interface PageReadTally {
  /** One more read of a page, on the UK day of `at`. */
  add(page: string, at: Date): void;
  /**
   * Write the counts so far to the store, and once a day forget counts older than KEEP_PAGE_READS_DAYS. If the
   * store fails, the counts stay in the tally for the next try. Never rejects; one write at a time.
   */
  write(at: Date): Promise<void>;
  /** How many day-and-page counts are waiting to be written: for tests. */
  readonly waiting: number;
}

/** The first UK day still kept on a day. Counted in calendar days, whatever the clock change did to the hours. */
export function oldestDayKept(today: string): string {
  return addDays(today, -KEEP_PAGE_READS_DAYS);
}

export function pageReadTally(store: PageReadsStore): PageReadTally {
  const counts = new Map<string, PageReads>();
  let forgottenOn: string | undefined;
  let writing: Promise<void> = Promise.resolve();

  const add = (count: PageReads) => {
    const key = `${count.day} ${count.page}`;
    const counted = counts.get(key);
    if (counted) counted.reads += count.reads;
    else counts.set(key, { ...count });
  };

  const writeNow = async (at: Date) => {
    const taken = [...counts.values()];
    counts.clear();
    if (taken.length > 0) {
      try {
        await store.countReads(taken);
      } catch {
        // Kept for the next try, added to whatever was read meanwhile.
        for (const count of taken) add(count);
      }
    }
    const today = ukTime(at).date;
    if (forgottenOn === today) return;
    try {
      await store.forgetReadsBefore(oldestDayKept(today));
      forgottenOn = today;
    } catch {
      // Tried again at the next write.
    }
  };

  return {
    add: (page, at) => add({ day: ukTime(at).date, page, reads: 1 }),
    write: (at) => {
      writing = writing.then(() => writeNow(at));
      return writing;
    },
    get waiting() {
      return counts.size;
    },
  };
}

/** What a server counting page reads needs: the store, and (for tests) the clock and how often to write. */
export interface CountReadsOptions {
  store: PageReadsStore;
  now?: () => Date;
  /** How often the counts are written to the store: every minute unless a test says otherwise. */
  flushEveryMs?: number;
}

/**
 * A tally that a server writes every minute and when it closes. The timer never keeps the process alive on its own.
 */
export function tallyWrittenByServer(
  app: { addHook(name: 'onClose', hook: () => Promise<void>): unknown },
  { store, now = () => new Date(), flushEveryMs = 60_000 }: CountReadsOptions,
): { tally: PageReadTally; now: () => Date } {
  const tally = pageReadTally(store);
  const timer = setInterval(() => void tally.write(now()), flushEveryMs);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await tally.write(now());
  });
  return { tally, now };
}
