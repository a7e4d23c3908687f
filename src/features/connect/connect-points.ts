/**
 * The list of Victims First Connect points at /connect/: the filters it
 * offers, the values each point matches, and its groups, by area then town.
 * The page hands these to the finder (src/features/finder/), which draws the
 * list without JavaScript and filters it with; this file is plain, so it is
 * tested without a browser.
 */
import type { ConnectPoint } from '../../content-model/schemas/connect-point.ts';
import { accessFeatures, connectOffers, localAreas } from '../../content-model/vocabularies.ts';
import { alphabetically } from '../../shared/sequence.ts';

/** One filter of the list: a select in the form, and a facet in the query string (the finder's Facet). */
export interface ConnectFilter {
  name: string;
  label: string;
  any: string;
  options: readonly { value: string; label: string }[];
}

/** The list's filters, in the order the form asks them. */
export const connectFilters: readonly ConnectFilter[] = [
  { name: 'area', label: 'Where?', any: 'Anywhere in Thames Valley', options: localAreas.entries },
  { name: 'offer', label: 'What do you want to do?', any: 'Anything', options: connectOffers.entries },
  { name: 'access', label: 'Do you need any of these?', any: 'No', options: accessFeatures.entries },
];

/** The values a point matches, filter by filter. */
export function connectFacetValues(point: ConnectPoint): Readonly<Record<string, readonly string[]>> {
  return { area: [point.area], offer: point.offers, access: point.accessibility };
}

/** A town's name as an anchor: "Milton Keynes" is "milton-keynes". */
export function townAnchor(town: string): string {
  return town
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The list's groups: one per town, ordered by area, then town, A to Z, each
 * headed "Reading, Berkshire" and holding its points A to Z. Towns written
 * differently only in capitals or spaces are one town.
 */
export function connectGroups<Entry extends { data: ConnectPoint }>(
  points: readonly Entry[],
): { id: string; heading: string; members: Entry[] }[] {
  const groups = new Map<string, { id: string; heading: string; area: string; town: string; members: Entry[] }>();
  for (const point of points) {
    const { area, address } = point.data;
    const town = address.town.replace(/\s+/g, ' ');
    const id = `${area}-${townAnchor(town)}`;
    const group = groups.get(id) ?? { id, heading: `${town}, ${localAreas.label(area)}`, area, town, members: [] };
    group.members.push(point);
    groups.set(id, group);
  }
  const areaOrder = (area: string) => localAreas.values.indexOf(area as never);
  const byTown = alphabetically<{ town: string }>((group) => group.town);
  return [...groups.values()]
    .sort((a, b) => areaOrder(a.area) - areaOrder(b.area) || byTown(a, b))
    .map(({ id, heading, members }) => ({
      id,
      heading,
      members: [...members].sort(alphabetically((point) => point.data.name)),
    }));
}

/** The one line a card or page gives for where a point is: "Abbey Square, Reading RG1 3BQ". */
export function addressLine(point: Pick<ConnectPoint, 'address'>): string {
  const { lines, town, postcode } = point.address;
  return `${[...lines, town].join(', ')} ${postcode}`;
}

/** What a point offers, in the order the list of offers is written. */
export function offerLabels(point: Pick<ConnectPoint, 'offers'>): string[] {
  return connectOffers.entries.filter((entry) => point.offers.includes(entry.value)).map((entry) => entry.label);
}
