/**
 * The filters over a list (the service directory, the while-you-wait
 * resources). Without JavaScript the whole list is there, grouped; this
 * shows the filters, hides what does not match as soon as a choice
 * changes, says how many match in a live region so screen readers hear it,
 * and keeps the choice in the address (replacing, not adding to, history)
 * so a link can be shared. A postcode is never put in the address: only
 * the areas it stands for are used.
 */
import { describeCount, matchesSelection, queryFromSelection, selectionFromQuery, type FacetValues } from '../lib/finder.ts';
import { areasForPostcode } from '../lib/referral/postcodes.ts';
import { areas } from '../lib/vocabularies.ts';
import { showOpenStatus } from './open-status.ts';

interface Item {
  element: HTMLElement;
  facets: FacetValues;
  open?: boolean | undefined;
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Say, in each item that has opening hours, whether it is open now in UK time. */
function showOpenNow(items: Item[], bankHolidays: readonly string[]): void {
  const now = new Date();
  for (const item of items) {
    const badge = item.element.querySelector<HTMLElement>('[data-open-status]');
    if (badge) item.open = showOpenStatus(badge, bankHolidays, now);
  }
}

/** The areas a postcode stands for: undefined when it says nothing yet, ["national"] outside Thames Valley. */
function postcodeConstraint(input: HTMLInputElement | null, note: HTMLElement | null): readonly string[] | undefined {
  if (!input || !note) return undefined;
  const found = areasForPostcode(input.value);
  if (found === undefined) {
    note.textContent = input.value.trim() ? 'Type the first part of a postcode, for example RG1 or OX4.' : '';
    return undefined;
  }
  if (found.length === 0) {
    note.textContent = 'That postcode is outside Thames Valley. Showing national services, which anyone can use.';
    return ['national'];
  }
  note.textContent = `Showing services for ${found.map((area) => areas.label(area)).join(' and ')}.`;
  return found;
}

export function setUpFinder(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-finder-form]');
  const count = root.querySelector<HTMLElement>('[data-finder-count]');
  if (!form || !count) return;
  const singular = root.dataset.finderSingular ?? 'item';
  const plural = root.dataset.finderPlural ?? 'items';
  const bankHolidays = parseJson<string[]>(root.dataset.bankHolidays, []);
  const selects = Array.from(form.querySelectorAll<HTMLSelectElement>('select[data-facet]'));
  const postcode = form.querySelector<HTMLInputElement>('[data-finder-postcode]');
  const postcodeNote = root.querySelector<HTMLElement>('[data-finder-postcode-note]');
  const openNow = form.querySelector<HTMLInputElement>('[data-finder-open-now]');
  const groups = Array.from(root.querySelectorAll<HTMLElement>('[data-finder-group]'));
  const items: Item[] = Array.from(root.querySelectorAll<HTMLElement>('[data-finder-item]')).map((element) => ({
    element,
    facets: parseJson<FacetValues>(element.dataset.facets, {}),
  }));
  const order = selects.map((select) => select.name);
  const allowed = Object.fromEntries(selects.map((select) => [select.name, Array.from(select.options, (option) => option.value).filter(Boolean)]));

  // A shared link restores its filters.
  const fromLink = selectionFromQuery(window.location.search, allowed);
  for (const select of selects) select.value = fromLink[select.name] ?? '';
  if (openNow) openNow.checked = new URLSearchParams(window.location.search).get('open') === 'now';

  const apply = () => {
    const selection = Object.fromEntries(selects.map((select) => [select.name, select.value]));
    const inAreas = postcodeConstraint(postcode, postcodeNote);
    let shown = 0;
    for (const item of items) {
      const visible =
        matchesSelection(item.facets, selection) &&
        (!inAreas || inAreas.some((area) => (item.facets['area'] ?? []).includes(area))) &&
        (!openNow?.checked || item.open === true);
      item.element.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-finder-item]:not([hidden])');
    count.textContent = describeCount(shown, singular, plural);
    const query = queryFromSelection({ ...selection, ...(openNow?.checked ? { open: 'now' } : {}) }, [...order, 'open']);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}`);
  };

  form.hidden = false;
  root.classList.add('finder--enhanced');
  showOpenNow(items, bankHolidays);
  form.addEventListener('change', apply);
  postcode?.addEventListener('input', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => {
    // The form clears its fields after this event; apply once it has.
    window.setTimeout(apply, 0);
  });
  // Keep "open now" true as the minutes pass.
  window.setInterval(() => {
    showOpenNow(items, bankHolidays);
    if (openNow?.checked) apply();
  }, 60_000);
  apply();
}

for (const root of Array.from(document.querySelectorAll<HTMLElement>('[data-finder]'))) setUpFinder(root);
