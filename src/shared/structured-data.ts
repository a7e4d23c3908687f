/**
 * Pieces of schema.org structured data that services and Victims First
 * Connect points share: opening hours, and JSON that is safe in a page.
 */
import type { OpeningHours } from '../content-model/schemas/common.ts';
import { weekdays } from '../content-model/vocabularies.ts';

const dayNames: Record<string, string> = Object.fromEntries(
  weekdays.entries.map((entry) => [entry.value, `https://schema.org/${entry.label}`]),
);

/** Opening hours as schema.org OpeningHoursSpecification: 24:00 becomes 23:59, which schema.org readers expect. */
export function openingHoursSpecification(hours: OpeningHours): Record<string, unknown>[] {
  if (hours.alwaysOpen)
    return [
      { '@type': 'OpeningHoursSpecification', dayOfWeek: Object.values(dayNames), opens: '00:00', closes: '23:59' },
    ];
  return hours.weekly.map((period) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: period.days.map((day) => dayNames[day]),
    opens: period.opens,
    closes: period.closes === '24:00' ? '23:59' : period.closes,
  }));
}

/** JSON that is safe inside a <script> element: no "</script>" can end it early. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
