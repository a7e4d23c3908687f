/**
 * Filtering a list by a few facets: the service directory (area, crime
 * type, age group, kind of support, contact method) and the while-you-wait
 * resources (topic, format) share this. Each item carries, for each facet,
 * the values it matches; a person picks at most one value per facet; an item
 * is shown when it matches every facet picked. The choice lives in the
 * query string so a link can be shared, and only known values are read
 * from it. Where the list offers them, the first part of a postcode and
 * "open now" narrow it further. A long list (the service directory) shows
 * only the start of each group, and loads every item from a data file the
 * first time someone filters it. Everything here is plain, so it is tested
 * without a browser; finder.browser.ts only reads the page and writes to it.
 */
import { areas } from '../../content-model/vocabularies.ts';
import type { OpeningHoursData } from '../../shared/open-now.ts';
import { areasForPostcode } from '../../shared/postcodes.ts';

/** For each facet name, the values an item matches. */
export type FacetValues = Readonly<Record<string, readonly string[]>>;

/** For each facet name, the one value picked, if any. */
export type Selection = Readonly<Record<string, string>>;

/** True when the item matches every facet picked. */
export function matchesSelection(item: FacetValues, selection: Selection): boolean {
  return Object.entries(selection).every(([facet, value]) => value === '' || (item[facet] ?? []).includes(value));
}

/** The items that match every facet picked, in their order. */
export function filterBySelection<Item>(
  items: readonly Item[],
  valuesOf: (item: Item) => FacetValues,
  selection: Selection,
): Item[] {
  return items.filter((item) => matchesSelection(valuesOf(item), selection));
}

/**
 * The selection in a query string ("?area=berkshire&crime=fraud"), keeping
 * only facets and values that exist, so a mangled or hostile link shows the
 * full list rather than an error.
 */
export function selectionFromQuery(
  query: string,
  allowed: Readonly<Record<string, readonly string[]>>,
): Record<string, string> {
  const params = new URLSearchParams(query);
  const selection: Record<string, string> = {};
  for (const [facet, values] of Object.entries(allowed)) {
    const value = params.get(facet);
    if (value && values.includes(value)) selection[facet] = value;
  }
  return selection;
}

/** The query string for a selection, facets in a fixed order, empty when nothing is picked. */
export function queryFromSelection(selection: Selection, order: readonly string[]): string {
  const params = new URLSearchParams();
  for (const facet of order) {
    const value = selection[facet];
    if (value) params.set(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What a shared link asks for: the facets picked and whether only services open now are wanted. */
export function choiceFromQuery(
  query: string,
  allowed: Readonly<Record<string, readonly string[]>>,
): { selection: Record<string, string>; openNow: boolean } {
  return { selection: selectionFromQuery(query, allowed), openNow: new URLSearchParams(query).get('open') === 'now' };
}

/** The query for the link to share: the facets picked, then "open=now"; never the postcode. */
export function shareQuery(selection: Selection, openNow: boolean, order: readonly string[]): string {
  return queryFromSelection({ ...selection, ...(openNow ? { open: 'now' } : {}) }, [...order, 'open']);
}

/** "1 service matches", "12 services match", "No services match". */
export function describeCount(count: number, singular: string, plural: string): string {
  if (count === 0) return `No ${plural} match`;
  return count === 1 ? `1 ${singular} matches` : `${count} ${plural} match`;
}

/**
 * What a postcode typed so far says. `areas` is what to filter by: undefined
 * while it is not a postcode (so it narrows nothing), ["national"] outside
 * Thames Valley. `state` is the note's data-finder-postcode-note value.
 */
export interface PostcodeFilter {
  areas: readonly string[] | undefined;
  note: string;
  state: '' | 'inside' | 'outside';
}

/** The areas to filter by, and the note to show under the field, for what is in the postcode field. */
export function postcodeFilter(postcode: string): PostcodeFilter {
  const found = areasForPostcode(postcode);
  if (found === undefined)
    return {
      areas: undefined,
      note: postcode.trim() ? 'Type the first part of a postcode, for example RG1 or OX4.' : '',
      state: '',
    };
  if (found.length === 0)
    return {
      areas: ['national'],
      note: 'That postcode is outside Thames Valley. Showing national services, which anyone can use.',
      state: 'outside',
    };
  return {
    areas: found,
    note: `Showing services for ${found.map((area) => areas.label(area)).join(' and ')}.`,
    state: 'inside',
  };
}

/** Everything a person has chosen in the filters. */
export interface Choice {
  selection: Selection;
  /** The areas the postcode stands for; undefined when there is no postcode to go on. */
  postcodeAreas: readonly string[] | undefined;
  /** "Only services open now" is ticked. */
  openNow: boolean;
}

/** An item as the filters see it: what it matches, and whether it is open now (undefined without opening hours). */
export interface Filterable {
  facets: FacetValues;
  open?: boolean | undefined;
}

/**
 * The test for whether an item shows for this choice, worked out once for
 * the choice so that testing thousands of items is quick. An item without
 * opening hours is left out by "open now", which cannot say.
 */
export function showsFor(choice: Choice): (item: Filterable) => boolean {
  const picked = Object.entries(choice.selection).filter(([, value]) => value !== '');
  const facets = picked.map(([facet]) => facet);
  const values = picked.map(([, value]) => value);
  const { postcodeAreas, openNow } = choice;
  // Plain counted loops: this runs for every item each time a choice changes.
  return (item) => {
    for (let index = 0; index < facets.length; index += 1) {
      if (!item.facets[facets[index]!]?.includes(values[index]!)) return false;
    }
    if (postcodeAreas && !postcodeAreas.some((area) => item.facets['area']?.includes(area))) return false;
    return !openNow || item.open === true;
  };
}

/** True when an item shows for this choice. */
export function isShown(item: Filterable, choice: Choice): boolean {
  return showsFor(choice)(item);
}

/** True when nothing is chosen: no filter, no postcode that narrows the list, "open now" not ticked. */
export function choosesNothing(choice: Choice): boolean {
  return Object.values(choice.selection).every((value) => value === '') && !choice.postcodeAreas && !choice.openNow;
}

/**
 * The one message the live region speaks: why the list changed (a postcode
 * outside Thames Valley, or a list that could not all be loaded), then how
 * many match, so all of it is heard together.
 */
export function liveMessage(
  postcode: PostcodeFilter | undefined,
  shown: number,
  singular: string,
  plural: string,
  onlyThisPage = false,
): string {
  return [
    postcode?.state === 'outside' ? postcode.note : '',
    onlyThisPage ? `The full list of ${plural} did not load. Showing matches from this page only.` : '',
    describeCount(shown, singular, plural),
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the live region says while a long list loads, the first time someone filters it. */
export function loadingMessage(plural: string): string {
  return `Finding ${plural}…`;
}

/** A link to a group of the list, with how many of its items show: "In Berkshire (3)". */
export function groupLinkText(heading: string, shown: number): string {
  return `${heading} (${shown})`;
}

/**
 * How much of each group a long list's page shows: a group of up to 25
 * whole, a longer one its first 10, so the page stays small however long
 * the list grows; a link leads to the group's own pages. Once filtered,
 * "Show more" adds 20 at a time.
 */
export const GROUP_PREVIEW = { whole: 25, first: 10, more: 20 } as const;

/** How many of a group's items the page shows, out of `total`. */
export function previewLength(total: number): number {
  return total <= GROUP_PREVIEW.whole ? total : GROUP_PREVIEW.first;
}

/**
 * How much of each group the filters draw at first, once the browser has
 * every item: every match when no more than 40 match in all (a list the
 * size of today's directory), otherwise the first 3 of each group. Each
 * card drawn costs the browser time to style and lay out, so a change
 * redraws at most 21 cards, and stays within a frame on a phone.
 */
export const RESULTS_PREVIEW = { all: 40, first: 3 } as const;

/** How many of a group's `matches` the filters draw at first, when `total` match in all. */
export function resultsPreviewLength(matches: number, total: number): number {
  return total <= RESULTS_PREVIEW.all ? matches : Math.min(matches, RESULTS_PREVIEW.first);
}

/**
 * The items drawn first when someone picks any one value of one filter: on a long list, the start of each group's
 * matches for every single choice the form offers. Their cards can be made while the page is idle, so the first
 * choices people make draw cards that already exist. In the list's order, each item once.
 */
export function firstDrawnForEachChoice<Item extends Filterable & { group: string }>(
  items: readonly Item[],
  groups: readonly string[],
  facetValues: Readonly<Record<string, readonly string[]>>,
): Item[] {
  const drawn = new Set<Item>();
  for (const [facet, values] of Object.entries(facetValues)) {
    for (const value of values) {
      const choice: Choice = { selection: { [facet]: value }, postcodeAreas: undefined, openNow: false };
      for (const result of resultsInGroups(items, groups, showsFor(choice), (_, matches, total) =>
        resultsPreviewLength(matches, total),
      ))
        for (const item of result.drawn) drawn.add(item);
    }
  }
  return items.filter((item) => drawn.has(item));
}

/** How many show after "Show more", when `shown` of `total` show now. */
export function moreLength(shown: number, total: number): number {
  return Math.min(total, shown + GROUP_PREVIEW.more);
}

/** One group's part of the results: how many of its items match, and the ones to draw. */
export interface GroupResults<Item> {
  group: string;
  matches: number;
  drawn: Item[];
}

/**
 * Which items to draw in each group, groups in the order given: those that
 * show, up to `limit(group, matches, total)` of them (`total` matching in
 * all groups), in the items' order. One pass over the items, and never more
 * drawn than the limits allow, so a list of thousands filters within a frame.
 */
export function resultsInGroups<Item extends { group: string }>(
  items: readonly Item[],
  groups: readonly string[],
  shows: (item: Item) => boolean,
  limit: (group: string, matches: number, total: number) => number,
): GroupResults<Item>[] {
  const matching = new Map<string, Item[]>(groups.map((group) => [group, []]));
  let total = 0;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    const inGroup = shows(item) ? matching.get(item.group) : undefined;
    if (inGroup) {
      inGroup.push(item);
      total += 1;
    }
  }
  return groups.map((group) => {
    const matches = matching.get(group) ?? [];
    return { group, matches: matches.length, drawn: matches.slice(0, limit(group, matches.length, total)) };
  });
}

/** One item of a long list as its data file carries it: its card's HTML, drawn by the same component as the page's. */
export interface FinderDataItem {
  /** The same as the page's card's data-finder-key, so a card on the page is reused. */
  key: string;
  /** The id of its group. */
  group: string;
  facets: FacetValues;
  /** Its opening hours, for "open now"; none when it has none. */
  hours?: OpeningHoursData | undefined;
  html: string;
}

/** The file a long list loads: every item, in the list's order. */
export interface FinderData {
  items: FinderDataItem[];
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** True for one well-formed item, so a damaged or out-of-date file never breaks the page. */
function isDataItem(value: unknown): value is FinderDataItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  const facets = item['facets'];
  return (
    typeof item['key'] === 'string' &&
    typeof item['group'] === 'string' &&
    typeof item['html'] === 'string' &&
    typeof facets === 'object' &&
    facets !== null &&
    Object.values(facets).every(isStrings) &&
    (item['hours'] === undefined || (typeof item['hours'] === 'object' && item['hours'] !== null))
  );
}

/** The items in a loaded data file, or undefined if it is not one: the finder then filters what the page holds. */
export function readFinderData(json: unknown): FinderDataItem[] | undefined {
  const items = (json as Partial<FinderData> | null)?.items;
  return Array.isArray(items) && items.every(isDataItem) ? items : undefined;
}
