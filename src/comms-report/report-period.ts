/**
 * Which days the comms team's report covers: the 28 days up to yesterday (today is not over), unless `--from` and
 * `--to` say otherwise. Dates are UK calendar days, written YYYY-MM-DD.
 */
import { addDays } from '../shared/dates.ts';
import { ukTime } from '../shared/uk-time.ts';

/** The days a report covers when none are given: four whole weeks. */
export const DEFAULT_PERIOD_DAYS = 28;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(day: string): boolean {
  return DAY.test(day) && new Date(Date.parse(day)).toISOString().slice(0, 10) === day;
}

/** The first and last day, or a message saying what is wrong with what was given. */
export function reportPeriod(
  given: { from?: string | undefined; to?: string | undefined },
  now: Date,
): { from: string; to: string } | { problem: string } {
  for (const [name, value] of Object.entries(given))
    if (value !== undefined && !isRealDay(value))
      return { problem: `--${name} must be a date written YYYY-MM-DD, for example 2026-11-01, not "${value}".` };
  const to = given.to ?? addDays(ukTime(now).date, -1);
  const from = given.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  if (from > to) return { problem: `--from (${from}) must be on or before --to (${to}).` };
  return { from, to };
}
