import { oneOf } from './vocabulary-schema.ts';
import { z } from 'astro/zod';
import { ageGroups, resourceFormats, resourceTopics } from '../vocabularies.ts';
import { externalUrl, reviewFields } from './common.ts';

/** Something that helps while a person waits for support: a book, app, group, guide, helpline. */
export const resourceSchema = z.object({
  title: z
    .string()
    .trim()
    .min(2)
    .meta({ description: 'The name of the book, app, group, guide or technique, for example "Box breathing".' }),
  format: oneOf(resourceFormats).meta({
    description: 'What kind of resource it is, for example a book, an app or a helpline.',
    cms: { label: 'Type of resource', options: resourceFormats.entries },
  }),
  topics: z
    .array(oneOf(resourceTopics))
    .min(1, 'needs at least one topic')
    .meta({ description: 'What it helps with. Choose all that apply; people use these to find it.' }),
  audience: z
    .array(oneOf(ageGroups))
    .min(1, 'needs at least one age group')
    .meta({
      description: 'The age groups it is suitable for. Choose all that apply.',
      cms: { label: 'Who it is for' },
    }),
  summary: z
    .string()
    .trim()
    .min(20)
    .max(300)
    .meta({
      description:
        'One or two sentences, 20 to 300 characters, saying what it is and how it can help. Shown in the list of resources.',
      cms: { widget: 'text' },
    }),
  /** Who made it. */
  author: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({
      description: 'Optional. Who made it: a person or an organisation, for example "Mind".',
      cms: { label: 'Made by' },
    }),
  /** Where it leads, if it is outside this site. */
  url: externalUrl.optional().meta({
    description: 'Optional. Where to find it, if it is on another website: a full address starting https://.',
  }),
  cost: z.string().trim().min(1).default('Free').meta({
    description:
      'What it costs, for example "£9.99". "Free" is already filled in; change it only if people have to pay.',
  }),
  /** Written by people who have been through it. */
  livedExperience: z
    .boolean()
    .default(false)
    .meta({
      description: 'Turn on if it was written or made by people who have been through crime or trauma themselves.',
      cms: { label: 'Made by people with lived experience' },
    }),
  ...reviewFields,
});
export type Resource = z.infer<typeof resourceSchema>;
