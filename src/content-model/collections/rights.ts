/** The rights in the Victims' Code, in the Code's order. */
import { getCollection } from 'astro:content';
import { duplicatePositions, inOrder } from '../../shared/sequence.ts';
import type { Right } from '../schemas/right.ts';

export interface RightEntry {
  id: string;
  data: Right;
}

export async function rightsInOrder(): Promise<RightEntry[]> {
  const rights = (await getCollection('rights')) as unknown as RightEntry[];
  const twice = duplicatePositions(rights, (right) => right.data.number);
  if (twice.length)
    throw new Error(`Two rights in content/rights have the same number (${twice.join(', ')}): each needs its own.`);
  return inOrder(rights, (right) => right.data.number);
}
