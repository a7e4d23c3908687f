/**
 * The filters over a list (the service directory, the while-you-wait
 * resources). Without JavaScript the whole list is there, grouped; this
 * shows the filters, hides what does not match as soon as a choice
 * changes, and says how many match in a live region so screen readers hear
 * it. The choice is kept in a query string ("?area=berkshire&crime=fraud")
 * offered as a link to share, and a link like that restores it; but it is
 * never left in the address bar, because the address goes into the
 * browser's history, where "domestic abuse" could put someone at risk. A
 * postcode is never put in any link: only the areas it stands for are used.
 */
import { describeCount, matchesSelection, queryFromSelection, selectionFromQuery, type FacetValues } from './finder.ts';
import { areasForPostcode } from '../../shared/postcodes.ts';
import { areas } from '../../content-model/vocabularies.ts';
import { showOpenStatus } from '../../shared/open-now.browser.ts';

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
    note.dataset.finderPostcodeNote = '';
    note.textContent = input.value.trim() ? 'Type the first part of a postcode, for example RG1 or OX4.' : '';
    return undefined;
  }
  if (found.length === 0) {
    note.textContent = 'That postcode is outside Thames Valley. Showing national services, which anyone can use.';
    note.dataset.finderPostcodeNote = 'outside';
    return ['national'];
  }
  note.dataset.finderPostcodeNote = 'inside';
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
  const groupLinks = Array.from(root.querySelectorAll<HTMLAnchorElement>('[data-finder-group-link]'));
  const share = root.querySelector<HTMLElement>('[data-finder-share]');
  const shareLink = root.querySelector<HTMLAnchorElement>('[data-finder-share-link]');
  const copy = root.querySelector<HTMLButtonElement>('[data-finder-copy]');
  const copied = root.querySelector<HTMLElement>('[data-finder-copied]');
  const items: Item[] = Array.from(root.querySelectorAll<HTMLElement>('[data-finder-item]')).map((element) => ({
    element,
    facets: parseJson<FacetValues>(element.dataset.facets, {}),
  }));
  const order = selects.map((select) => select.name);
  const allowed = Object.fromEntries(
    selects.map((select) => [select.name, Array.from(select.options, (option) => option.value).filter(Boolean)]),
  );

  // A shared link restores its filters; then they leave the address bar (and so the history), keeping any #anchor.
  const fromLink = selectionFromQuery(window.location.search, allowed);
  for (const select of selects) select.value = fromLink[select.name] ?? '';
  if (openNow) openNow.checked = new URLSearchParams(window.location.search).get('open') === 'now';
  if (window.location.search)
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.hash}`);

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
    // The links to each group count what is shown, and leave out groups with nothing in them.
    for (const link of groupLinks) {
      const group = root.querySelector<HTMLElement>(
        `[data-finder-group][aria-labelledby="${CSS.escape(link.hash.slice(1))}"]`,
      );
      const inGroup = group?.querySelectorAll('[data-finder-item]:not([hidden])').length ?? 0;
      link.textContent = `${link.dataset.heading ?? ''} (${inGroup})`;
      const item = link.closest('li');
      if (item) item.hidden = inGroup === 0;
    }
    // One message for screen readers: why the list changed (a postcode outside the area), then how many match.
    const message = [
      postcodeNote?.dataset.finderPostcodeNote === 'outside' ? postcodeNote.textContent : '',
      describeCount(shown, singular, plural),
    ]
      .filter(Boolean)
      .join(' ');
    if (count.textContent !== message) count.textContent = message;
    const query = queryFromSelection({ ...selection, ...(openNow?.checked ? { open: 'now' } : {}) }, [
      ...order,
      'open',
    ]);
    if (share && shareLink) {
      share.hidden = query === '';
      shareLink.href = `${window.location.pathname}${query}`;
      if (copied) copied.textContent = '';
    }
  };

  copy?.addEventListener('click', async () => {
    if (!shareLink) return;
    try {
      await navigator.clipboard.writeText(shareLink.href);
      if (copied) copied.textContent = 'Link copied.';
    } catch {
      if (copied) copied.textContent = 'Could not copy. Press and hold the link, or right-click it, to copy it.';
    }
  });

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
