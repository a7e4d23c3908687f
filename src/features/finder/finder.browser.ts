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
 * What shows, and what is said, is worked out in finder.ts; this file reads
 * the page and writes to it.
 */
import {
  choiceFromQuery,
  groupLinkText,
  isShown,
  liveMessage,
  postcodeFilter,
  shareQuery,
  type Choice,
  type FacetValues,
  type PostcodeFilter,
} from './finder.ts';
import { bankHolidaysFor, showOpenStatus } from '../../shared/open-now.browser.ts';

interface Item {
  element: HTMLElement;
  facets: FacetValues;
  /** Set by the "open now" badge; undefined for an item without opening hours. */
  open?: boolean | undefined;
}

/** A link to one group of the list, and the group it leads to. */
interface GroupLink {
  link: HTMLAnchorElement;
  group: HTMLElement | null;
}

/** The parts of one finder; a part that may be missing is null (the postcode and "open now" are only on services). */
interface Parts {
  form: HTMLFormElement;
  count: HTMLElement;
  singular: string;
  plural: string;
  bankHolidays: readonly string[];
  selects: HTMLSelectElement[];
  postcode: HTMLInputElement | null;
  postcodeNote: HTMLElement | null;
  openNow: HTMLInputElement | null;
  groups: HTMLElement[];
  groupLinks: GroupLink[];
  share: HTMLElement | null;
  shareLink: HTMLAnchorElement | null;
  copy: HTMLButtonElement | null;
  copied: HTMLElement | null;
  items: Item[];
}

/** An item that shows, for counting what is left in a group. */
const SHOWN_ITEM = '[data-finder-item]:not([hidden])';

function parseJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** The finder's parts, or undefined without its form or count: the list then stays as it is without JavaScript. */
function findParts(root: HTMLElement): Parts | undefined {
  const form = root.querySelector<HTMLFormElement>('form[data-finder-form]');
  const count = root.querySelector<HTMLElement>('[data-finder-count]');
  if (!form || !count) return undefined;
  return {
    form,
    count,
    singular: root.dataset.finderSingular ?? 'item',
    plural: root.dataset.finderPlural ?? 'items',
    bankHolidays: bankHolidaysFor(root),
    selects: Array.from(form.querySelectorAll<HTMLSelectElement>('select[data-facet]')),
    postcode: form.querySelector<HTMLInputElement>('[data-finder-postcode]'),
    postcodeNote: root.querySelector<HTMLElement>('[data-finder-postcode-note]'),
    openNow: form.querySelector<HTMLInputElement>('[data-finder-open-now]'),
    groups: Array.from(root.querySelectorAll<HTMLElement>('[data-finder-group]')),
    groupLinks: Array.from(root.querySelectorAll<HTMLAnchorElement>('[data-finder-group-link]'), (link) => ({
      link,
      group: root.querySelector<HTMLElement>(
        `[data-finder-group][aria-labelledby="${CSS.escape(link.hash.slice(1))}"]`,
      ),
    })),
    share: root.querySelector<HTMLElement>('[data-finder-share]'),
    shareLink: root.querySelector<HTMLAnchorElement>('[data-finder-share-link]'),
    copy: root.querySelector<HTMLButtonElement>('[data-finder-copy]'),
    copied: root.querySelector<HTMLElement>('[data-finder-copied]'),
    items: Array.from(root.querySelectorAll<HTMLElement>('[data-finder-item]'), (element) => ({
      element,
      facets: parseJson<FacetValues>(element.dataset.facets, {}),
    })),
  };
}

/** The facets in the form's order, and the values each may take: only what the form offers is read from a link. */
function facetsInForm(selects: readonly HTMLSelectElement[]): {
  order: string[];
  allowed: Record<string, string[]>;
} {
  return {
    order: selects.map((select) => select.name),
    allowed: Object.fromEntries(
      selects.map((select) => [select.name, Array.from(select.options, (option) => option.value).filter(Boolean)]),
    ),
  };
}

/** A shared link restores its filters; then they leave the address bar (and so the history), keeping any #anchor. */
function restoreFromLink(parts: Parts, allowed: Readonly<Record<string, readonly string[]>>): void {
  const fromLink = choiceFromQuery(window.location.search, allowed);
  for (const select of parts.selects) select.value = fromLink.selection[select.name] ?? '';
  if (parts.openNow) parts.openNow.checked = fromLink.openNow;
  if (window.location.search)
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.hash}`);
}

/** What the form says now, and what the postcode says (undefined on a list without a postcode field). */
function readChoice(parts: Parts): { choice: Choice; postcode: PostcodeFilter | undefined } {
  const selection = Object.fromEntries(parts.selects.map((select) => [select.name, select.value]));
  const postcode = parts.postcode && parts.postcodeNote ? postcodeFilter(parts.postcode.value) : undefined;
  return { choice: { selection, postcodeAreas: postcode?.areas, openNow: parts.openNow?.checked ?? false }, postcode };
}

/** The note under the postcode field, and its state in data-finder-postcode-note. */
function showPostcodeNote(note: HTMLElement | null, postcode: PostcodeFilter | undefined): void {
  if (!note || !postcode) return;
  note.textContent = postcode.note;
  note.dataset.finderPostcodeNote = postcode.state;
}

/** Hide the items that do not show for this choice; returns how many show. */
function showMatches(items: readonly Item[], choice: Choice): number {
  let shown = 0;
  for (const item of items) {
    const visible = isShown(item, choice);
    item.element.hidden = !visible;
    if (visible) shown += 1;
  }
  return shown;
}

/** Hide groups with nothing left in them; the links to each group count what shows, and leave out empty groups. */
function updateGroups(groups: readonly HTMLElement[], groupLinks: readonly GroupLink[]): void {
  for (const group of groups) group.hidden = !group.querySelector(SHOWN_ITEM);
  for (const { link, group } of groupLinks) {
    const shown = group?.querySelectorAll(SHOWN_ITEM).length ?? 0;
    link.textContent = groupLinkText(link.dataset.heading ?? '', shown);
    const listItem = link.closest('li');
    if (listItem) listItem.hidden = shown === 0;
  }
}

/** Put the message in the live region, only when it changes, so the same words are not read out again. */
function announce(count: HTMLElement, message: string): void {
  if (count.textContent !== message) count.textContent = message;
}

/** Offer the link to these results while anything is picked; a new link clears "Link copied." */
function updateShareLink(parts: Parts, query: string): void {
  if (!parts.share || !parts.shareLink) return;
  parts.share.hidden = query === '';
  parts.shareLink.href = `${window.location.pathname}${query}`;
  if (parts.copied) parts.copied.textContent = '';
}

/** Bring the whole finder in line with the form: the note, the items, the groups, the message and the link. */
function showChoice(parts: Parts, order: readonly string[]): void {
  const { choice, postcode } = readChoice(parts);
  showPostcodeNote(parts.postcodeNote, postcode);
  const shown = showMatches(parts.items, choice);
  updateGroups(parts.groups, parts.groupLinks);
  announce(parts.count, liveMessage(postcode, shown, parts.singular, parts.plural));
  updateShareLink(parts, shareQuery(choice.selection, choice.openNow, order));
}

/** The copy button copies the link to share, and says whether it could. */
function setUpCopyButton({ copy, shareLink, copied }: Parts): void {
  copy?.addEventListener('click', async () => {
    if (!shareLink) return;
    try {
      await navigator.clipboard.writeText(shareLink.href);
      if (copied) copied.textContent = 'Link copied.';
    } catch {
      if (copied) copied.textContent = 'Could not copy. Press and hold the link, or right-click it, to copy it.';
    }
  });
}

/** Say, in each item that has opening hours, whether it is open now in UK time. */
function showOpenNow(items: Item[], bankHolidays: readonly string[]): void {
  const now = new Date();
  for (const item of items) {
    const badge = item.element.querySelector<HTMLElement>('[data-open-status]');
    if (badge) item.open = showOpenStatus(badge, bankHolidays, now);
  }
}

/** Keep "open now" true as the minutes pass: refresh the badges every minute, and the list if it is ticked. */
function keepOpenNowFresh(parts: Parts, update: () => void): void {
  window.setInterval(() => {
    showOpenNow(parts.items, parts.bankHolidays);
    if (parts.openNow?.checked) update();
  }, 60_000);
}

/** Update the list as soon as anything in the form changes, as the postcode is typed, and when it is cleared. */
function updateOnChange(form: HTMLFormElement, postcode: HTMLInputElement | null, update: () => void): void {
  form.addEventListener('change', update);
  postcode?.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('reset', () => {
    // The form clears its fields after this event; update once it has.
    window.setTimeout(update, 0);
  });
}

/** Show the filters over one list marked data-finder, and filter it as they change. */
export function setUpFinder(root: HTMLElement): void {
  const parts = findParts(root);
  if (!parts) return;
  const { order, allowed } = facetsInForm(parts.selects);
  restoreFromLink(parts, allowed);
  const update = () => showChoice(parts, order);
  setUpCopyButton(parts);
  parts.form.hidden = false;
  root.classList.add('finder--enhanced');
  showOpenNow(parts.items, parts.bankHolidays);
  updateOnChange(parts.form, parts.postcode, update);
  keepOpenNowFresh(parts, update);
  update();
}
