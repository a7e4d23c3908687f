/**
 * The service directory's facets and groups: what each service matches
 * when someone filters, and where it sits in the full list. The page and
 * the browser both work from these values, so what the list shows without
 * JavaScript and what the filters pick never disagree.
 */
import type { FacetValues } from './finder.ts';
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

/** One group of the full list, with its own heading and a link to it. */
export interface ServiceGroup {
  /** Its anchor on the page, such as "berkshire". */
  id: string;
  heading: string;
}

/** Where a service sits in the full list: each service in exactly one group. */
export function groupOf(service: Pick<Service, 'areas'>): ServiceGroup {
  if (service.areas.includes('thames-valley')) return { id: 'across-thames-valley', heading: 'Across Thames Valley' };
  if (service.areas.includes('national')) return { id: 'national', heading: 'National helplines and services' };
  const local = LOCAL_AREAS.filter((area) => service.areas.includes(area));
  if (local.length === 1) return { id: local[0]!, heading: `In ${areas.label(local[0]!)}` };
  return { id: 'several-areas', heading: 'In more than one area' };
}

/** The groups in the order the page lists them. */
export const GROUP_ORDER = ['across-thames-valley', ...LOCAL_AREAS, 'several-areas', 'national'];

/** The full list in its groups, in the order the page lists them, leaving out groups with no service. */
export function servicesInGroups<Entry extends { data: Pick<Service, 'areas'> }>(
  services: readonly Entry[],
): (ServiceGroup & { members: Entry[] })[] {
  return GROUP_ORDER.map((id) => {
    const members = services.filter((service) => groupOf(service.data).id === id);
    return { id, heading: members[0] ? groupOf(members[0].data).heading : '', members };
  }).filter((group) => group.members.length > 0);
}
