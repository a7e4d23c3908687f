/**
 * Opening hours in words people say: "Monday to Friday, 9am to 5pm".
 * ("Open now" needs the time in the UK and is worked out in the browser.)
 */
import type { OpeningHours } from '../content-model/schemas/common.ts';
import { weekdays, type Weekday } from '../content-model/vocabularies.ts';

/** "9am", "5:30pm", "midday", "midnight". */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if ((hours === 0 || hours === 24) && minutes === 0) return 'midnight';
  if (hours === 12 && minutes === 0) return 'midday';
  const suffix = hours >= 12 && hours < 24 ? 'pm' : 'am';
  const clockHour = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${clockHour}${suffix}` : `${clockHour}:${String(minutes).padStart(2, '0')}${suffix}`;
}

/** "Monday to Friday" for a run of days in a row; "Monday, Wednesday and Friday" otherwise. */
export function formatDays(days: readonly Weekday[]): string {
  const order = weekdays.values as readonly Weekday[];
  const sorted = [...new Set(days)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (sorted.length === 7) return 'Every day';
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const consecutive = sorted.every(
    (day, index) => index === 0 || order.indexOf(day) === order.indexOf(sorted[index - 1]!) + 1,
  );
  if (first && last && sorted.length >= 3 && consecutive) return `${weekdays.label(first)} to ${weekdays.label(last)}`;
  const labels = sorted.map((day) => weekdays.label(day));
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** One line for each block of opening times, then bank holidays. */
export function describeOpeningHours(hours: OpeningHours): string[] {
  if (hours.alwaysOpen) return ['Open 24 hours a day, every day'];
  const lines = hours.weekly.map(
    (period) => `${formatDays(period.days)}, ${formatTime(period.opens)} to ${formatTime(period.closes)}`,
  );
  lines.push(hours.closedOnBankHolidays ? 'Closed on bank holidays' : 'Open on bank holidays');
  return lines;
}
