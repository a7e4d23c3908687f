/** The rights in the Victims' Code, in the Code's order. */
import { getCollection } from 'astro:content';
import { duplicatePositions, inOrder } from '../../shared/sequence.ts';
import type { Right } from '../schemas/right.ts';

export interface RightEntry {
  id: string;
  data: Right;
  /** The file it came from, which is how its translations find it. */
  filePath?: string | undefined;
  /** The language it is in, on a page that shows some rights translated and some in English. */
  lang?: string;
}

export async function rightsInOrder(): Promise<RightEntry[]> {
  const rights = (await getCollection('rights')) as unknown as RightEntry[];
  const twice = duplicatePositions(rights, (right) => right.data.number);
  if (twice.length)
    throw new Error(`Two rights in content/rights have the same number (${twice.join(', ')}): each needs its own.`);
  return inOrder(rights, (right) => right.data.number);
}
