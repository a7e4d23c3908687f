/** The while-you-wait resources in content/resources. */
import { getCollection } from 'astro:content';
import { alphabetically } from '../../shared/sequence.ts';
import type { Resource } from '../schemas/resource.ts';

export interface ResourceEntry {
  id: string;
  data: Resource;
  rendered?: { html: string };
}

/** Every resource, A to Z by title. */
export async function resourcesByTitle(): Promise<ResourceEntry[]> {
  const resources = (await getCollection('resources')) as unknown as ResourceEntry[];
  return resources.sort(alphabetically((resource) => resource.data.title));
}
