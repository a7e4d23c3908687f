/** The while-you-wait resources in content/resources. */
import { getCollection } from 'astro:content';
import type { Resource } from '../schemas/resource.ts';

export interface ResourceEntry {
  id: string;
  data: Resource;
  rendered?: { html: string };
}

/** Every resource, A to Z by title. */
export async function resourcesByTitle(): Promise<ResourceEntry[]> {
  const resources = (await getCollection('resources')) as unknown as ResourceEntry[];
  return resources.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB', { sensitivity: 'base' }));
}
