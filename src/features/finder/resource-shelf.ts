/**
 * The while-you-wait resources' facets and groups, for the same finder as
 * the service directory (src/features/finder/finder.ts, src/features/finder/finder.browser.ts).
 * Self-help techniques are not in the list: the page shows them as
 * step-by-step exercises of their own.
 */
import type { Facet } from './service-directory.ts';
import type { FacetValues } from './finder.ts';
import type { Resource } from '../../content-model/schemas/resource.ts';
import { ageGroups, resourceFormats, resourceTopics, type ResourceFormat } from '../../content-model/vocabularies.ts';

/** True for a self-help technique, which the page shows as an exercise, not on the shelf. */
export const isExercise = (resource: Pick<Resource, 'format'>) => resource.format === 'technique';

/** The filters, offering only formats the list has. */
export function resourceFacets(formatsInList: readonly ResourceFormat[]): Facet[] {
  return [
    { name: 'topic', label: 'What would help?', any: 'Any topic', options: resourceTopics.entries },
    {
      name: 'format',
      label: 'What kind of thing?',
      any: 'Anything',
      options: resourceFormats.entries.filter((entry) => formatsInList.includes(entry.value)),
    },
    { name: 'age', label: 'Who is it for?', any: 'Any age', options: ageGroups.entries },
  ];
}

/** The values a resource matches, facet by facet. */
export function resourceFacetValues(resource: Resource): FacetValues {
  return { topic: resource.topics, format: [resource.format], age: resource.audience };
}

/** Groups of the full list, by format, in the order formats are listed. */
export function resourceGroups<Entry extends { data: Resource }>(
  resources: readonly Entry[],
): { id: string; heading: string; members: Entry[] }[] {
  const headings: Partial<Record<ResourceFormat, string>> = {
    helpline: 'Helplines and text lines',
    guide: 'Guides',
    book: 'Books',
    podcast: 'Podcasts',
    video: 'Videos',
    app: 'Apps',
    forum: 'Online forums',
    group: 'Peer groups',
  };
  const order: ResourceFormat[] = ['helpline', 'guide', 'app', 'book', 'podcast', 'video', 'forum', 'group'];
  return order
    .map((format) => ({
      id: `${format}s`,
      heading: headings[format] ?? format,
      members: resources.filter((entry) => entry.data.format === format),
    }))
    .filter((group) => group.members.length > 0);
}
