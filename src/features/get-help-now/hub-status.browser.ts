/**
 * The home page's "Get help now": says whether the hub is open now and, when
 * it is open, hides the lines that are open all day and night (they are for
 * when it is closed). Without JavaScript the box shows the opening times and
 * those lines, which are right whatever the time. Checks again every minute.
 */
import { bankHolidaysFor } from '../../shared/open-now.browser.ts';
import type { OpeningHoursData } from '../../shared/open-now.ts';
import { hubStatus, hubStatusWordsFrom } from './hub-status.ts';

/** Start one box, marked `data-hub-status` (the words) with `data-opening-hours` and `data-bank-holidays`. */
export function setUpHubStatus(root: HTMLElement): void {
  const hours = JSON.parse(root.dataset['openingHours'] ?? '') as OpeningHoursData;
  const bankHolidays = bankHolidaysFor(root);
  const words = hubStatusWordsFrom(root.dataset['hubStatus']);
  const now = root.querySelector<HTMLElement>('[data-hub-status-now]');
  const alwaysOpenLines = root.querySelector<HTMLElement>('[data-hub-status-always-open]');
  if (!now) throw new Error('The hub status box has no [data-hub-status-now] element to write into.');

  const show = () => {
    const status = hubStatus(hours, new Date(), bankHolidays, words);
    now.textContent = status.sentence;
    now.hidden = false;
    now.classList.toggle('get-help-now__status--open', status.open);
    if (alwaysOpenLines) alwaysOpenLines.hidden = !status.showAlwaysOpenLines;
  };
  show();
  window.setInterval(show, 60_000);
}
