/**
 * Is a service open now? Worked out in the browser from its opening hours,
 * so the static page is never stale, in UK time (Europe/London, so the
 * clock changes in March and October are right whatever the device's own
 * time zone), with bank holidays from settings.
 */
import { formatTime } from './opening-hours.ts';
import type { OpeningHours } from '../content-model/schemas/common.ts';
import { weekdays, type Weekday } from '../content-model/vocabularies.ts';
import { ukTime, type UkTime } from './uk-time.ts';

/** Opening hours as the page carries them to the browser: plain JSON, no dates. */
export type OpeningHoursData = Pick<OpeningHours, 'alwaysOpen' | 'weekly' | 'closedOnBankHolidays'>;

const toMinutes = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

export type OpenStatus =
  | { open: true; alwaysOpen: true }
  | { open: true; alwaysOpen: false; closes: string }
  | { open: false; opens?: { day: Weekday; time: string; daysAhead: number; date: string } };

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** The UK date a number of days after a UK date (calendar arithmetic, so clock changes do not matter). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * ONE_DAY_MS).toISOString().slice(0, 10);
}

function weekdayAfter(day: Weekday, days: number): Weekday {
  const order = weekdays.values as readonly Weekday[];
  return order[(order.indexOf(day) + days) % 7]!;
}

/** Whether it is open at `moment`, until when, or when it next opens (looking up to two weeks ahead). */
export function openStatus(hours: OpeningHoursData, moment: Date, bankHolidays: readonly string[]): OpenStatus {
  return openStatusAt(hours, ukTime(moment), bankHolidays);
}

/** The block of opening hours `now` falls in, if any: none on a bank holiday it closes for. */
function periodAt(hours: OpeningHoursData, now: UkTime, closedOn: (date: string) => boolean) {
  if (closedOn(now.date)) return undefined;
  return hours.weekly.find(
    (period) =>
      period.days.includes(now.weekday) &&
      toMinutes(period.opens) <= now.minutes &&
      now.minutes < toMinutes(period.closes),
  );
}

/**
 * Only whether it is open, at a UK time already worked out: a list of
 * thousands of services works out the time once, and does not look ahead
 * for when each closed one opens.
 */
export function isOpenAt(hours: OpeningHoursData, now: UkTime, bankHolidays: readonly string[]): boolean {
  return (
    hours.alwaysOpen ||
    periodAt(hours, now, (date) => hours.closedOnBankHolidays && bankHolidays.includes(date)) !== undefined
  );
}

/** Whether it is open at a UK time already worked out, until when, or when it next opens. */
export function openStatusAt(hours: OpeningHoursData, now: UkTime, bankHolidays: readonly string[]): OpenStatus {
  if (hours.alwaysOpen) return { open: true, alwaysOpen: true };
  const closedOn = (date: string) => hours.closedOnBankHolidays && bankHolidays.includes(date);

  const current = periodAt(hours, now, closedOn);
  if (current) {
    // Overnight hours are written as two blocks, to midnight and from midnight: say when it really closes.
    const tomorrow = weekdayAfter(now.weekday, 1);
    const carriesOn =
      current.closes === '24:00' && !closedOn(addDays(now.date, 1))
        ? hours.weekly.find((period) => period.days.includes(tomorrow) && period.opens === '00:00')
        : undefined;
    return { open: true, alwaysOpen: false, closes: carriesOn?.closes ?? current.closes };
  }

  for (let ahead = 0; ahead <= 14; ahead += 1) {
    const date = addDays(now.date, ahead);
    if (closedOn(date)) continue;
    const day = weekdayAfter(now.weekday, ahead);
    const opening = hours.weekly
      .filter((period) => period.days.includes(day) && (ahead > 0 || toMinutes(period.opens) > now.minutes))
      .map((period) => period.opens)
      .sort((a, b) => toMinutes(a) - toMinutes(b))[0];
    if (opening) return { open: false, opens: { day, time: opening, daysAhead: ahead, date } };
  }
  return { open: false };
}

const dayAndMonth = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/**
 * "Open now, until 5pm", "Closed now. Opens tomorrow at 9am", "… Opens Monday at 9am", "… Opens Tuesday 6 April at
 * 9am".
 */
export function describeStatus(status: OpenStatus): string {
  if (status.open) return status.alwaysOpen ? 'Open now, 24 hours' : `Open now, until ${formatTime(status.closes)}`;
  if (!status.opens) return 'Closed now';
  const { daysAhead, day, date, time } = status.opens;
  const when =
    daysAhead === 0
      ? 'today'
      : daysAhead === 1
        ? 'tomorrow'
        : daysAhead < 7
          ? weekdays.label(day)
          : dayAndMonth.format(new Date(`${date}T12:00:00Z`));
  return `Closed now. Opens ${when} at ${formatTime(time)}`;
}
