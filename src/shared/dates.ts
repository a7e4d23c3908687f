/** One formatter per locale: making one for each date took seconds on a site with thousands of dated pages. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "23 November 2026": the way dates are written across the site. */
export function formatDate(date: Date, locale = 'en-GB'): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/London',
    });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** "2026-11-23", for the datetime attribute of <time>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The earliest of some dates: a page built from many items has been wholly reviewed only since its least recently
 * reviewed item was.
 */
export function earliestDate(dates: readonly Date[]): Date {
  if (dates.length === 0) throw new Error('earliestDate needs at least one date');
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}

/**
 * A UK calendar day (YYYY-MM-DD) some days after (or, with a negative count, before) another, counted in calendar
 * days whatever a clock change did to the hours between: for periods and for how long things are kept.
 */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
