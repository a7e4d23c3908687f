import { oneOf } from './vocabulary-schema.ts';
import { z } from 'astro/zod';
import { journeys } from '../vocabularies.ts';
import { reviewFields, slug, slugOtherThan } from './common.ts';

/** One step of a step-by-step explainer: the criminal justice journey or restorative justice. */
export const journeyStepSchema = z.object({
  journey: oneOf(journeys).meta({
    description: 'Which step-by-step explainer this step belongs to.',
    cms: { label: 'Explainer', options: journeys.entries },
  }),
  /** Position in the journey, from 1. */
  order: z
    .number()
    .int()
    .min(1)
    .meta({
      description: 'Where this step comes in its explainer: 1 for the first step, 2 for the next, and so on.',
      cms: { label: 'Step number' },
    }),
  /** The address of its page, under the journey's section. */
  slug: slugOtherThan('glossary', 'the glossary').meta({
    description:
      'The end of this step\'s web address, under its explainer, for example "reporting-a-crime" for /criminal-justice/reporting-a-crime/. Never change it once published: printed material and other pages link to it.',
    cms: { label: 'Web address name' },
  }),
  title: z
    .string()
    .trim()
    .min(3)
    .meta({ description: 'The name of the step, shown as its heading, for example "Reporting a crime".' }),
  summary: z
    .string()
    .trim()
    .min(10)
    .max(300)
    .meta({
      description:
        'One or two sentences, up to 300 characters, saying what happens at this step. Shown in the list of steps.',
      cms: { widget: 'text' },
    }),
  /** Slugs of the rights that apply at this step. */
  relatedRights: z
    .array(
      slug.meta({
        description: 'The web address name of a right, for example "referral-to-support".',
        cms: { label: 'Right' },
      }),
    )
    .default([])
    .meta({
      description:
        'The rights in the Victims\' Code that apply at this step. Add each right\'s web address name, for example "referral-to-support".',
      cms: { label: 'Rights that apply' },
    }),
  /** Slugs of glossary terms used on this step. */
  glossaryTerms: z
    .array(
      slug.meta({
        description: 'The web address name of a glossary term, for example "bail".',
        cms: { label: 'Glossary term' },
      }),
    )
    .default([])
    .meta({
      description:
        'Terms used on this step that the glossary explains. Add each term\'s web address name, for example "victim-personal-statement".',
      cms: { label: 'Glossary terms used' },
    }),
  ...reviewFields,
});
export type JourneyStep = z.infer<typeof journeyStepSchema>;
