import { z } from 'astro/zod';
import { reviewFields, slug } from './common.ts';

/** A term of art explained in plain words: bail, CPS, special measures, VPS. */
export const glossaryTermSchema = z.object({
  term: z
    .string()
    .trim()
    .min(2)
    .meta({ description: 'The word or phrase as people see it, for example "Bail" or "Victim Personal Statement".' }),
  slug: slug.meta({
    description:
      'The term\'s short name, used to link to it, for example "victim-personal-statement": lower case letters, numbers and hyphens. Avoid changing it once published: explainer steps link to the term by this name.',
    cms: { label: 'Web address name' },
  }),
  /** Other ways people write it, for example "VPS" for Victim Personal Statement. */
  alsoKnownAs: z
    .array(z.string().trim().min(1).meta({ description: 'Another name for the term, for example "VPS".' }))
    .default([])
    .meta({
      description:
        'Optional. Other ways people write or say the term, one at a time, for example "VPS" for Victim Personal Statement.',
      cms: { label: 'Other names' },
    }),
  /** One or two plain sentences, shown in place where the term is used. */
  definition: z
    .string()
    .trim()
    .min(10)
    .max(400)
    .meta({
      description:
        'One or two plain sentences, 10 to 400 characters, explaining the term. Shown wherever the term is used.',
      cms: { widget: 'text' },
    }),
  ...reviewFields,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
