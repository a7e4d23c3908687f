/**
 * The filters over a list (the service directory, the while-you-wait
 * resources). Without JavaScript the list is there, grouped; this shows the
 * filters, draws what matches as soon as a choice changes, and says how many
 * match in a live region so screen readers hear it. The choice is kept in a
 * query string ("?area=berkshire&crime=fraud") offered as a link to share,
 * and a link like that restores it; but it is never left in the address bar,
 * because the address goes into the browser's history, where "domestic
 * abuse" could put someone at risk. A postcode is never put in any link:
 * only the areas it stands for are used.
 *
 * A long list (marked data-finder-data) comes with only the start of each
 * group. The first time someone uses the filters, this loads every item from
 * that same-origin file, and from then on filters all of them, drawing every
 * match when there are few, and otherwise the start of each group's matches
 * with a "Show more" button, so thousands filter within a frame. Cards not on the page are made from the HTML the
 * file carries (drawn at build time by the page's own card component), once
 * each. If the file cannot be loaded, the filters work on the cards the page
 * has, and say so.
 *
 * What shows, and what is said, is worked out in finder.ts; this file reads
 * the page and writes to it.
 */
import {
  choiceFromQuery,
  choosesNothing,
  firstDrawnForEachChoice,
  groupLinkText,
  liveMessage,
  loadingMessage,
  moreLength,
  postcodeFilter,
  readFinderData,
  resultsInGroups,
  resultsPreviewLength,
  shareQuery,
  showsFor,
  type Choice,
  type FacetValues,
  type GroupResults,
  type PostcodeFilter,
} from './finder.ts';
import { bankHolidaysFor, showOpenStatus } from '../../shared/open-now.browser.ts';
import { isOpenAt, type OpeningHoursData } from '../../shared/open-now.ts';
import { ukTime } from '../../shared/uk-time.ts';

/** One item of the list, from the page or from the data file. */
interface Item {
  /** The same for a card on the page and for its entry in the data file (data-finder-key). */
  key: string;
  /** Its place in the whole list, which is also its place in its group's list. */
  place: number;
  /** The id of its group. */
  group: string;
  facets: FacetValues;
  hours?: OpeningHoursData | undefined;
  /** Its card: on the page, or made from `html` the first time it is drawn. */
  element?: HTMLElement | undefined;
  html?: string | undefined;
  /** Whether it is open now; undefined for an item without opening hours. */
  open?: boolean | undefined;
}

/** One group of the list: its section, its list, the link to it, and the ways to see more of it. */
interface Group {
  id: string;
  section: HTMLElement;
  list: HTMLElement;
  /** How many items the group has in all, as the page was built. */
  total: number;
  /** Its link in the list of groups, which counts what matches. */
  link: HTMLAnchorElement | undefined;
  /** The link to the group's own pages, when the page has only the start of the group. */
  seeAll: HTMLElement | null;
  /** "Show more services in Berkshire", and the button in it. */
  more: HTMLElement | null;
  moreButton: HTMLButtonElement | null;
  /** The cards shown in its list now. */
  shown: Set<HTMLElement>;
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
  groups: Group[];
  share: HTMLElement | null;
  shareLink: HTMLAnchorElement | null;
  copy: HTMLButtonElement | null;
  copied: HTMLElement | null;
  /** The items as the page has them. */
  itemsOnPage: Item[];
  /** Where a long list's data file is; undefined for a list that is whole on the page. */
  dataUrl: string | undefined;
  /** True when the page has every item of every group. */
  complete: boolean;
}

/** What changes as people use the finder. */
interface State {
  /** Every item the finder knows: the page's, then the data file's once it has loaded. */
  items: Item[];
  /** Where a long list's data file has got to. A list without one is always "ready". */
  data: 'not loaded' | 'loading' | 'ready' | 'failed';
  /** How many of each group's matches to draw, once "Show more" has been pressed since the choice last changed. */
  limits: Map<string, number>;
  /** Each card's place in the list's order, to put a card new to its group's list in its place. */
  places: Map<HTMLElement, number>;
  /** What was drawn last, so "Show more" knows where it is. */
  results: Map<string, GroupResults<Item>>;
  /** When each item's `open` was last worked out (0: never, or out of date). */
  openWorkedOutAt: number;
  /** The data file loading, once it has started. */
  loading?: Promise<void>;
  /** True while a choice waits for the data file, to be drawn when it comes. */
  waiting: boolean;
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** One group's parts; its link is found by where it leads. */
function findGroup(section: HTMLElement, links: readonly HTMLAnchorElement[]): Group {
  const id = section.dataset.finderGroup ?? '';
  const more = section.querySelector<HTMLElement>('[data-finder-more]');
  return {
    id,
    section,
    list: section.querySelector<HTMLElement>('[data-finder-list]') ?? section,
    total: Number(section.dataset.finderTotal ?? 0),
    link: links.find((link) => link.hash === `#${id}`),
    seeAll: section.querySelector<HTMLElement>('[data-finder-see-all]'),
    more,
    moreButton: more?.querySelector('button') ?? null,
    shown: new Set(section.querySelectorAll<HTMLElement>('[data-finder-item]')),
  };
}

/** An item as the page has it. */
function itemOnPage(element: HTMLElement, index: number): Item {
  const badge = element.querySelector<HTMLElement>('[data-open-status]');
  return {
    key: element.dataset.finderKey ?? `item-${index}`,
    place: index,
    group: element.closest<HTMLElement>('[data-finder-group]')?.dataset.finderGroup ?? '',
    facets: parseJson<FacetValues>(element.dataset.facets, {}),
    hours: parseJson<OpeningHoursData | undefined>(badge?.dataset.openingHours, undefined),
    element,
  };
}

/** The finder's parts, or undefined without its form or count: the list then stays as it is without JavaScript. */
function findParts(root: HTMLElement): Parts | undefined {
  const form = root.querySelector<HTMLFormElement>('form[data-finder-form]');
  const count = root.querySelector<HTMLElement>('[data-finder-count]');
  if (!form || !count) return undefined;
  const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('[data-finder-group-link]'));
  const groups = Array.from(root.querySelectorAll<HTMLElement>('[data-finder-group]'), (section) =>
    findGroup(section, links),
  );
  const itemsOnPage = Array.from(root.querySelectorAll<HTMLElement>('[data-finder-item]'), itemOnPage);
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
    groups,
    share: root.querySelector<HTMLElement>('[data-finder-share]'),
    shareLink: root.querySelector<HTMLAnchorElement>('[data-finder-share-link]'),
    copy: root.querySelector<HTMLButtonElement>('[data-finder-copy]'),
    copied: root.querySelector<HTMLElement>('[data-finder-copied]'),
    itemsOnPage,
    dataUrl: root.dataset.finderData || undefined,
    complete: groups.every((group) => group.total === itemsOnPage.filter((item) => item.group === group.id).length),
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

/** Put the message in the live region, only when it changes, so the same words are not read out again. */
function announce(count: HTMLElement, message: string): void {
  if (count.textContent !== message) count.textContent = message;
}

/** Offer the link to these results while anything is picked; a new link clears "Link copied." */
function updateShareLink(parts: Parts, query: string): void {
  if (!parts.share || !parts.shareLink) return;
  const href = `${window.location.pathname}${query}`;
  parts.share.hidden = query === '';
  if (parts.shareLink.getAttribute('href') === href) return;
  parts.shareLink.href = href;
  if (parts.copied) parts.copied.textContent = '';
}

/** Say in each card whether it is open now, in UK time. */
function showOpenBadges(elements: Iterable<HTMLElement>, bankHolidays: readonly string[], now = new Date()): void {
  const inTheUk = ukTime(now);
  for (const element of elements) {
    const badge = element.querySelector<HTMLElement>('[data-open-status]');
    if (badge) showOpenStatus(badge, bankHolidays, inTheUk);
  }
}

/** Work out whether each item is open now, for "Only services open now"; at most once a minute. */
function workOutOpenNow(state: State, bankHolidays: readonly string[]): void {
  if (Date.now() - state.openWorkedOutAt < 60_000) return;
  const now = ukTime(new Date());
  for (const item of state.items) item.open = item.hours ? isOpenAt(item.hours, now, bankHolidays) : undefined;
  state.openWorkedOutAt = Date.now();
}

/**
 * The cards for these items, in order: cards not yet made are made from
 * their HTML in one go, which is quicker than one at a time. The HTML is
 * this site's own, from the same origin, and a template runs no scripts.
 */
function cardsFor(items: readonly Item[], state: State, bankHolidays: readonly string[]): HTMLElement[] {
  const toMake = items.filter((item) => !item.element && item.html);
  if (toMake.length > 0) {
    const template = document.createElement('template');
    template.innerHTML = toMake.map((item) => item.html).join('');
    const made = Array.from(template.content.children) as HTMLElement[];
    toMake.forEach((item, index) => {
      item.element = made[index];
      if (item.element) state.places.set(item.element, item.place);
    });
    showOpenBadges(made, bankHolidays);
  }
  return items.flatMap((item) => (item.element ? [item.element] : []));
}

/** Hide or show an element, touching it only if that changes, so the browser has nothing new to lay out. */
function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}

/**
 * Show exactly these cards in the group's list, in order. A card once in the
 * list stays there, hidden when it does not match, so a new choice only
 * shows and hides the cards that change (cheap) rather than taking cards
 * out and putting them back (which makes the browser work out every card's
 * styles again). A card new to the list goes in its place in the list's order.
 */
function showCards(group: Group, cards: readonly HTMLElement[], places: ReadonlyMap<HTMLElement, number>): void {
  const { list } = group;
  if (cards.some((card) => card.parentNode !== list)) {
    let next = list.firstElementChild as HTMLElement | null;
    const place = (card: HTMLElement) => places.get(card) ?? Number.MAX_SAFE_INTEGER;
    for (const card of cards) {
      while (next && next !== card && place(next) < place(card)) next = next.nextElementSibling as HTMLElement | null;
      if (next === card) next = card.nextElementSibling as HTMLElement | null;
      else list.insertBefore(card, next);
    }
  }
  const wanted = new Set(cards);
  for (const card of group.shown) if (!wanted.has(card)) setHidden(card, true);
  for (const card of cards) setHidden(card, false);
  group.shown = wanted;
}

/**
 * Draw one group's matches: its cards, whether it shows at all, its link's
 * count, and, for a long list, "Show more" while some matches are not drawn.
 */
function drawGroup(group: Group, results: GroupResults<Item>, parts: Parts, state: State): void {
  showCards(group, cardsFor(results.drawn, state, parts.bankHolidays), state.places);
  setHidden(group.section, results.matches === 0);
  if (group.link) {
    const text = groupLinkText(group.link.dataset.heading ?? '', results.matches);
    if (group.link.textContent !== text) group.link.textContent = text;
    const listItem = group.link.closest('li');
    if (listItem) setHidden(listItem, results.matches === 0);
  }
  // With every item loaded, "Show more" takes over from the link to the group's pages, which cannot filter.
  if (group.seeAll) setHidden(group.seeAll, state.data === 'ready');
  if (group.more) setHidden(group.more, !(state.data === 'ready' && results.drawn.length < results.matches));
}

/** Draw every group for the choice, and say how many match. */
function drawChoice(parts: Parts, state: State, choice: Choice, postcode: PostcodeFilter | undefined): void {
  if (choice.openNow) workOutOpenNow(state, parts.bankHolidays);
  const long = parts.dataUrl !== undefined;
  const results = resultsInGroups(
    state.items,
    parts.groups.map((group) => group.id),
    showsFor(choice),
    (group, matches, total) => (long ? (state.limits.get(group) ?? resultsPreviewLength(matches, total)) : matches),
  );
  // Without the data file, and nothing chosen, the page is as it was built: its totals are right, its cards are not all.
  const asBuilt = state.data === 'failed' && choosesNothing(choice);
  let shown = 0;
  results.forEach((result, index) => {
    const group = parts.groups[index]!;
    const counted = asBuilt ? { ...result, matches: group.total } : result;
    drawGroup(group, counted, parts, state);
    state.results.set(result.group, counted);
    shown += counted.matches;
  });
  const onlyThisPage = state.data === 'failed' && !parts.complete && !asBuilt;
  announce(parts.count, liveMessage(postcode, shown, parts.singular, parts.plural, onlyThisPage));
}

/** The items from the data file, each reusing its card if the page has it. */
function itemsFromData(parts: Parts, json: unknown): Item[] | undefined {
  const data = readFinderData(json);
  if (!data) return undefined;
  const cards = new Map(parts.itemsOnPage.map((item) => [item.key, item.element]));
  return data.map((item, place) => ({ ...item, place, element: cards.get(item.key) }));
}

/** Each card's place in the list; a card made later from the data file is placed when it is made (cardsFor). */
function placesOf(items: readonly Item[]): Map<HTMLElement, number> {
  return new Map(items.flatMap((item) => (item.element ? [[item.element, item.place] as const] : [])));
}

/** Load a long list's data file, once; if it cannot be loaded, the finder goes on with the items on the page. */
function loadData(parts: Parts, state: State): Promise<void> {
  if (state.loading) return state.loading;
  if (!parts.dataUrl) return Promise.resolve();
  const url = parts.dataUrl;
  state.data = 'loading';
  state.loading = fetch(url, { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : undefined))
    .then((json: unknown) => {
      const items = itemsFromData(parts, json);
      if (!items) throw new Error(`${url} did not give the list's items`);
      state.items = items;
      state.places = placesOf(items);
      state.openWorkedOutAt = 0;
      state.data = 'ready';
      makeFirstCardsWhenIdle(parts, state);
    })
    .catch((error: unknown) => {
      console.error('Could not load the full list:', error);
      state.data = 'failed';
    });
  return state.loading;
}

/** How many cards to make at a time while the page is idle: about a millisecond's work on a phone. */
const CARDS_AT_A_TIME = 4;

/**
 * Once a long list's items are loaded, make the cards that any single choice draws first, a few at a time while the
 * browser has nothing else to do. Making a card (reading its HTML) is most of the work of drawing a new choice, so
 * the choices people try first then draw within a frame. Cards are only made, not put on the page.
 */
function makeFirstCardsWhenIdle(parts: Parts, state: State): void {
  const allowed = facetsInForm(parts.selects).allowed;
  const toMake = firstDrawnForEachChoice(
    state.items,
    parts.groups.map((group) => group.id),
    allowed,
  ).filter((item) => !item.element);
  // Safari has no requestIdleCallback: a short pause between batches does the same job there.
  const whenIdle = (work: (deadline?: IdleDeadline) => void): void => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work);
    else setTimeout(work, 50);
  };
  const makeSome = (deadline?: IdleDeadline): void => {
    do {
      const batch = toMake.splice(0, CARDS_AT_A_TIME);
      if (batch.length === 0) return;
      cardsFor(batch, state, parts.bankHolidays);
    } while (deadline && deadline.timeRemaining() > 4);
    whenIdle(makeSome);
  };
  whenIdle(makeSome);
}

/**
 * Bring the whole finder in line with the form: the note, the link to
 * share, the items, the groups and the message. A long list needs every
 * item once anything is chosen: until it has them, it says it is finding
 * them and draws nothing, then draws once they are loaded.
 */
function showChoice(parts: Parts, state: State, order: readonly string[], whenLoaded: () => void): void {
  const { choice, postcode } = readChoice(parts);
  showPostcodeNote(parts.postcodeNote, postcode);
  updateShareLink(parts, shareQuery(choice.selection, choice.openNow, order));
  if (state.data === 'not loaded' || state.data === 'loading') {
    if (choosesNothing(choice)) {
      // Nothing chosen, and nothing drawn yet: the page is as it was built, so its totals are right.
      const total = parts.groups.reduce((sum, group) => sum + group.total, 0);
      announce(parts.count, liveMessage(postcode, total, parts.singular, parts.plural));
      return;
    }
    announce(parts.count, loadingMessage(parts.plural));
    if (!state.waiting) {
      state.waiting = true;
      void loadData(parts, state).then(() => {
        state.waiting = false;
        whenLoaded();
      });
    }
    return;
  }
  drawChoice(parts, state, choice, postcode);
}

/** "Show more" draws the next matches of its group, and moves focus to the first of them, so a keyboard carries on. */
function setUpShowMore(parts: Parts, state: State, redraw: () => void): void {
  for (const group of parts.groups) {
    group.moreButton?.addEventListener('click', () => {
      const results = state.results.get(group.id);
      if (!results) return;
      const shown = results.drawn.length;
      state.limits.set(group.id, moreLength(shown, results.matches));
      redraw();
      state.results.get(group.id)?.drawn[shown]?.element?.querySelector<HTMLElement>('a[href]')?.focus();
    });
  }
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

/** Keep "open now" true as the minutes pass: refresh the cards' badges every minute, and the list if it is ticked. */
function keepOpenNowFresh(parts: Parts, state: State, redraw: () => void): void {
  window.setInterval(() => {
    showOpenBadges(
      state.items.flatMap((item) => (item.element ? [item.element] : [])),
      parts.bankHolidays,
    );
    state.openWorkedOutAt = 0;
    if (parts.openNow?.checked) redraw();
  }, 60_000);
}

/**
 * Update the list as soon as anything in the form changes, as the postcode
 * is typed, and when it is cleared. A new choice starts each group again
 * from its first matches.
 */
function updateOnChange(parts: Parts, state: State, update: () => void): void {
  const { form, postcode } = parts;
  const changed = () => {
    state.limits.clear();
    update();
  };
  form.addEventListener('change', changed);
  postcode?.addEventListener('input', changed);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    changed();
  });
  form.addEventListener('reset', () => {
    // The form clears its fields after this event; update once it has.
    window.setTimeout(changed, 0);
  });
  // Someone who moves into the filters is about to use them: start loading a long list now, to save waiting later.
  if (parts.dataUrl) form.addEventListener('focusin', () => void loadData(parts, state), { once: true });
}

/** Show the filters over one list marked data-finder, and filter it as they change. */
export function setUpFinder(root: HTMLElement): void {
  const parts = findParts(root);
  if (!parts) return;
  const state: State = {
    items: parts.itemsOnPage,
    data: parts.dataUrl ? 'not loaded' : 'ready',
    limits: new Map(),
    places: placesOf(parts.itemsOnPage),
    results: new Map(),
    openWorkedOutAt: 0,
    waiting: false,
  };
  const { order, allowed } = facetsInForm(parts.selects);
  restoreFromLink(parts, allowed);
  const update = (): void => showChoice(parts, state, order, update);
  setUpCopyButton(parts);
  setUpShowMore(parts, state, update);
  parts.form.hidden = false;
  root.classList.add('finder--enhanced');
  showOpenBadges(
    parts.itemsOnPage.flatMap((item) => (item.element ? [item.element] : [])),
    parts.bankHolidays,
  );
  updateOnChange(parts, state, update);
  keepOpenNowFresh(parts, state, update);
  update();
}
