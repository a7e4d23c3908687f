/** The schema for a value from one of the shared vocabularies. */
import { z } from 'astro/zod';
import type { Vocabulary } from '../vocabularies.ts';

/** One value of the vocabulary; carries the labels so the content editor shows them in its select lists. */
export function oneOf<V extends string>(vocabulary: Vocabulary<V>) {
  return z.enum(vocabulary.values).meta({ cms: { options: vocabulary.entries } });
}
