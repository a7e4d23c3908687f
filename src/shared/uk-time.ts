/**
 * The day and time in the UK (Europe/London), whatever the time zone of the
 * computer or phone: the clock changes in March and October follow the UK.
 * "Open now" needs the time; what the site publishes (campaigns, news)
 * depends on the UK calendar day it is built for.
 */
import type { Weekday } from '../content-model/vocabularies.ts';

export interface UkTime {
  weekday: Weekday;
  /** Minutes since midnight, UK time. */
  minutes: number;
  /** The UK calendar date, YYYY-MM-DD. */
  date: string;
}

const ukClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The day, time and date in the UK at a moment. */
export function ukTime(moment: Date): UkTime {
  const parts = Object.fromEntries(ukClock.formatToParts(moment).map((part) => [part.type, part.value]));
  return {
    weekday: String(parts['weekday']).toLowerCase() as Weekday,
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
  };
}

/**
 * The UK calendar day the site is being built for: VF_TODAY (YYYY-MM-DD)
 * when set, so tests and previews can build "as of" a date; otherwise today
 * in the UK. The site is static, so campaigns and news appear with the
 * first build on or after their date.
 */
export function buildDay(environment: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const fixed = environment['VF_TODAY'];
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) {
      throw new Error(`VF_TODAY must be a date written YYYY-MM-DD, not "${fixed}".`);
    }
    return fixed;
  }
  return ukTime(now).date;
}
