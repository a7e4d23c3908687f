/**
 * Filtering a list by a few facets: the service directory (area, crime
 * type, age group, kind of support, contact method) and the while-you-wait
 * resources (topic, format) share this. Each item carries, for each facet,
 * the values it matches; a person picks at most one value per facet; an item
 * is shown when it matches every facet picked. The choice lives in the
 * query string so a link can be shared, and only known values are read
 * from it. Where the list offers them, the first part of a postcode and
 * "open now" narrow it further. Everything here is plain, so it is tested
 * without a browser; finder.browser.ts only reads the page and writes to it.
 */
import { areas } from '../../content-model/vocabularies.ts';
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

/**
 * True when an item shows for this choice. `open` is undefined for an item
 * without opening hours, which "open now" leaves out, as it cannot say.
 */
export function isShown(item: { facets: FacetValues; open?: boolean | undefined }, choice: Choice): boolean {
  const { postcodeAreas } = choice;
  return (
    matchesSelection(item.facets, choice.selection) &&
    (!postcodeAreas || postcodeAreas.some((area) => (item.facets['area'] ?? []).includes(area))) &&
    (!choice.openNow || item.open === true)
  );
}

/**
 * The one message the live region speaks: why the list changed (a postcode
 * outside Thames Valley), then how many match, so both are heard together.
 */
export function liveMessage(
  postcode: PostcodeFilter | undefined,
  shown: number,
  singular: string,
  plural: string,
): string {
  return [postcode?.state === 'outside' ? postcode.note : '', describeCount(shown, singular, plural)]
    .filter(Boolean)
    .join(' ');
}

/** A link to a group of the list, with how many of its items show: "In Berkshire (3)". */
export function groupLinkText(heading: string, shown: number): string {
  return `${heading} (${shown})`;
}
