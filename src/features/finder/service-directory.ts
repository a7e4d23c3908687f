/**
 * The service directory's facets and groups: what each service matches
 * when someone filters, and where it sits in the full list. The page and
 * the browser both work from these values, so what the list shows without
 * JavaScript and what the filters pick never disagree.
 */
import type { FacetValues, FinderData } from './finder.ts';
import type { Service } from '../../content-model/schemas/service.ts';
import {
  ageGroups,
  areas,
  contactMethods,
  crimeTypes,
  supportKinds,
  type Area,
} from '../../content-model/vocabularies.ts';

/** One of the four areas of Thames Valley a service can be local to. */
export type LocalArea = Exclude<Area, 'thames-valley' | 'national'>;
/** The local areas, A to Z. */
export const LOCAL_AREAS: readonly LocalArea[] = ['berkshire', 'buckinghamshire', 'milton-keynes', 'oxfordshire'];

/** Every local area a service covers: all of them for a Thames Valley or national service. */
export function areasServed(served: readonly Area[]): LocalArea[] {
  if (served.includes('thames-valley') || served.includes('national')) return [...LOCAL_AREAS];
  return LOCAL_AREAS.filter((area) => served.includes(area));
}

/** One filter: a select in the form, and a facet in the query string. */
export interface Facet {
  /** Its name in the query string and the form. */
  name: string;
  /** The question the filter asks. */
  label: string;
  /** What "no filter" is called in its list. */
  any: string;
  options: readonly { value: string; label: string }[];
}

/** The directory's filters, in the order the form asks them. */
export const serviceFacets: readonly Facet[] = [
  {
    name: 'area',
    label: 'Where do you live?',
    any: 'Anywhere in Thames Valley',
    options: areas.entries.filter((entry) => (LOCAL_AREAS as readonly string[]).includes(entry.value)),
  },
  { name: 'crime', label: 'What happened?', any: 'Any crime', options: crimeTypes.entries },
  { name: 'age', label: 'Who needs support?', any: 'Any age', options: ageGroups.entries },
  { name: 'support', label: 'What kind of support?', any: 'Any kind of support', options: supportKinds.entries },
  { name: 'contact', label: 'How do you want to get in touch?', any: 'Any way', options: contactMethods.entries },
];

/** The facets with only the options some item matches, so no choice can only ever give "No services match". */
export function onlyOptionsInUse(facets: readonly Facet[], items: readonly FacetValues[]): Facet[] {
  return facets.map((facet) => {
    const used = new Set(items.flatMap((item) => item[facet.name] ?? []));
    return { ...facet, options: facet.options.filter((option) => used.has(option.value)) };
  });
}

/** The values a service matches, facet by facet; "national" marks services for anywhere. */
export function serviceFacetValues(service: Service): FacetValues {
  return {
    area: [...areasServed(service.areas), ...(service.areas.includes('national') ? ['national'] : [])],
    crime: service.crimeTypes,
    age: service.audience.ageGroups,
    support: service.supportKinds,
    contact: [...new Set(service.contacts.map((contact) => contact.method))],
  };
}

/** Where a service sits in the full list: across Thames Valley, in one area, in several, or national. */
export type ServiceGroupId = 'across-thames-valley' | LocalArea | 'several-areas' | 'national';

/** One group of the full list: its part of /services/ and its own pages (/services/in/<id>/). */
export interface ServiceGroup {
  /** Its anchor on /services/ and its folder under /services/in/, such as "berkshire". Never change one. */
  id: ServiceGroupId;
  /** Its heading on /services/: "In Berkshire". */
  heading: string;
  /** The title of its own pages: "Services in Berkshire". */
  title: string;
  /** A sentence under that title, saying who the services are for. */
  about: string;
}

/** The groups in the order the page lists them. */
export const SERVICE_GROUPS: readonly ServiceGroup[] = [
  {
    id: 'across-thames-valley',
    heading: 'Across Thames Valley',
    title: 'Services across Thames Valley',
    about: 'For anyone who lives in Thames Valley: Berkshire, Buckinghamshire, Milton Keynes and Oxfordshire.',
  },
  ...LOCAL_AREAS.map((area) => ({
    id: area,
    heading: `In ${areas.label(area)}`,
    title: `Services in ${areas.label(area)}`,
    about: `For people who live in ${areas.label(area)}. You can also use the services for all of Thames Valley, and the national ones.`,
  })),
  {
    id: 'several-areas',
    heading: 'In more than one area',
    title: 'Services in more than one area',
    about:
      'For people who live in some parts of Thames Valley, but not all of it. Open a service to see where it works.',
  },
  {
    id: 'national',
    heading: 'National helplines and services',
    title: 'National helplines and services',
    about: 'Helplines and services for the whole country. You can use them wherever you live.',
  },
];

/** The groups' ids in the order the page lists them. */
export const GROUP_ORDER: readonly ServiceGroupId[] = SERVICE_GROUPS.map((group) => group.id);

function groupWithId(id: ServiceGroupId): ServiceGroup {
  return SERVICE_GROUPS.find((group) => group.id === id)!;
}

/** Where a service sits in the full list: each service in exactly one group. */
export function groupOf(service: Pick<Service, 'areas'>): ServiceGroup {
  if (service.areas.includes('thames-valley')) return groupWithId('across-thames-valley');
  if (service.areas.includes('national')) return groupWithId('national');
  const local = LOCAL_AREAS.filter((area) => service.areas.includes(area));
  return groupWithId(local.length === 1 ? local[0]! : 'several-areas');
}

/** Every group in order, each with its services in the order given, empty groups too. */
export function everyServiceGroup<Entry extends { data: Pick<Service, 'areas'> }>(
  services: readonly Entry[],
): (ServiceGroup & { members: Entry[] })[] {
  const members = new Map<ServiceGroupId, Entry[]>(GROUP_ORDER.map((id) => [id, []]));
  for (const service of services) members.get(groupOf(service.data).id)!.push(service);
  return SERVICE_GROUPS.map((group) => ({ ...group, members: members.get(group.id)! }));
}

/** The full list in its groups, in the order the page lists them, leaving out groups with no service. */
export function servicesInGroups<Entry extends { data: Pick<Service, 'areas'> }>(
  services: readonly Entry[],
): (ServiceGroup & { members: Entry[] })[] {
  return everyServiceGroup(services).filter((group) => group.members.length > 0);
}

/** Where the finder loads every service from, the first time someone filters: src/pages/services/directory.json.ts. */
export const DIRECTORY_DATA_ADDRESS = '/services/directory.json';

/**
 * The file the finder loads: every service in the order given, with what it
 * matches, its opening hours and its card, drawn by `drawCard` (ServiceCard,
 * the component the page draws its cards with), so a card looks the same
 * whether it came with the page or from this file.
 */
export async function directoryData<Entry extends { id: string; data: Service }>(
  services: readonly Entry[],
  drawCard: (service: Entry) => Promise<string>,
): Promise<FinderData> {
  const items: FinderData['items'] = [];
  // One at a time: thousands of cards drawn at once would only hold more in memory.
  for (const service of services) {
    const hours = service.data.openingHours;
    items.push({
      key: service.id,
      group: groupOf(service.data).id,
      facets: serviceFacetValues(service.data),
      // Only what "open now" reads: the card already says the hours in words.
      ...(hours
        ? {
            hours: {
              alwaysOpen: hours.alwaysOpen,
              weekly: hours.weekly,
              closedOnBankHolidays: hours.closedOnBankHolidays,
            },
          }
        : {}),
      html: await drawCard(service),
    });
  }
  return { items };
}
