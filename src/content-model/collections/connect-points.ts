/** The Victims First Connect points in content/connect. */
import { getCollection } from 'astro:content';
import { alphabetically } from '../../shared/sequence.ts';
import type { ConnectPoint } from '../schemas/connect-point.ts';

export interface ConnectPointEntry {
  /** The file name, which is also the address: /connect/<id>/. */
  id: string;
  data: ConnectPoint;
  rendered?: { html: string };
}

/** Every Connect point, A to Z by name. */
export async function connectPointsByName(): Promise<ConnectPointEntry[]> {
  const points = (await getCollection('connectPoints')) as unknown as ConnectPointEntry[];
  return points.sort(alphabetically((point) => point.data.name));
}
