/** The support services in content/services. */
import { getCollection } from 'astro:content';
import { alphabetically } from '../../shared/sequence.ts';
import type { Service } from '../schemas/service.ts';

export interface ServiceEntry {
  /** The file name, which is also the address: /services/<id>/. */
  id: string;
  data: Service;
  rendered?: { html: string };
}

/** Every service, A to Z by name. */
export async function servicesByName(): Promise<ServiceEntry[]> {
  const services = (await getCollection('services')) as unknown as ServiceEntry[];
  return services.sort(alphabetically((service) => service.data.name));
}
