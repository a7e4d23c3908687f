import { z } from 'astro/zod';
import { reviewFields, slug } from './common.ts';

/** A term of art explained in plain words: bail, CPS, special measures, VPS. */
export const glossaryTermSchema = z.object({
  term: z.string().trim().min(2),
  slug,
  /** Other ways people write it, for example "VPS" for Victim Personal Statement. */
  alsoKnownAs: z.array(z.string().trim().min(1)).default([]),
  /** One or two plain sentences, shown in place where the term is used. */
  definition: z.string().trim().min(10).max(400),
  ...reviewFields,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
