/**
 * "Open now" for each service on a page with opening hours, worked out in
 * the browser in UK time, so a page built days ago is still right. The
 * finder fills its cards' badges itself (it filters on them); a page with
 * one service marks its opening times `data-open-now`.
 */
import { describeStatus, openStatusAt, type OpeningHoursData } from './open-now.ts';
import { ukTime, type UkTime } from './uk-time.ts';

/**
 * Fill one badge; true when the service is open now, undefined when it has no hours to go on. A list of cards
 * passes the UK time it worked out once, rather than working it out again for every card.
 */
export function showOpenStatus(
  badge: HTMLElement,
  bankHolidays: readonly string[],
  now: Date | UkTime = new Date(),
): boolean | undefined {
  let hours: OpeningHoursData;
  try {
    hours = JSON.parse(badge.dataset.openingHours ?? '') as OpeningHoursData;
  } catch {
    return undefined;
  }
  const status = openStatusAt(hours, now instanceof Date ? ukTime(now) : now, bankHolidays);
  badge.textContent = ` ${describeStatus(status)}.`;
  badge.classList.toggle('open-status--open', status.open);
  return status.open;
}

/** Bank holidays as the page lists them, from the nearest element that carries them. */
export function bankHolidaysFor(element: HTMLElement): string[] {
  try {
    return JSON.parse(element.closest<HTMLElement>('[data-bank-holidays]')?.dataset.bankHolidays ?? '[]') as string[];
  } catch {
    return [];
  }
}

/** Fill every badge inside `root` (marked `data-open-now`), with the bank holidays the page lists. */
export function setUpOpenNow(root: HTMLElement): void {
  const bankHolidays = bankHolidaysFor(root);
  for (const badge of Array.from(root.querySelectorAll<HTMLElement>('[data-open-status]'))) {
    showOpenStatus(badge, bankHolidays);
  }
}
