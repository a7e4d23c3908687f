import { oneOf } from './vocabulary-schema.ts';
import { z } from 'astro/zod';
import { agencies } from '../vocabularies.ts';
import { reviewFields, slugOtherThan } from './common.ts';

/** The icons the rights infographic can draw. */
export const rightIcons = [
  'speech',
  'clipboard',
  'information',
  'handshake',
  'pound',
  'magnifier',
  'statement',
  'court',
  'gavel',
  'receipt',
  'bell',
  'megaphone',
] as const;

/** One right in the Victims' Code (Code of Practice for Victims of Crime in England and Wales). */
export const rightSchema = z.object({
  /** Its number in the Code, 1 to 12. Sets the order on the page. */
  number: z
    .number()
    .int()
    .min(1)
    .max(20)
    .meta({
      description: "The right's number in the Victims' Code, for example 4. It sets the order the rights appear in.",
      cms: { label: 'Right number' },
    }),
  /** The address of its page: /your-rights/<slug>/ */
  slug: slugOtherThan('young-people', 'the page of rights for children and young people').meta({
    description:
      'The end of this right\'s web address, /your-rights/<this>/, for example "referral-to-support": lower case letters, numbers and hyphens. Never change it once published: printed material and other sites link to it.',
    cms: { label: 'Web address name' },
  }),
  title: z.string().trim().min(3).meta({
    description: 'The name of the right, shown as the heading of its page, for example "Referral to support services".',
  }),
  /** One plain sentence for the infographic. */
  summary: z
    .string()
    .trim()
    .min(10)
    .max(200, 'must be one short sentence of 200 characters or fewer')
    .meta({
      description:
        'One plain sentence, up to 200 characters, saying what the right means. Shown in the rights infographic.',
      cms: { widget: 'text' },
    }),
  /** The same right in words for children and young people, on /your-rights/young-people/. */
  forYoungPeople: z
    .object({
      title: z
        .string()
        .trim()
        .min(3)
        .meta({
          description:
            'The right as a short heading a 10-year-old would understand, for example "You can get support".',
          cms: { label: 'Heading' },
        }),
      summary: z
        .string()
        .trim()
        .min(10)
        .max(200, 'must be one or two short sentences of 200 characters or fewer')
        .meta({
          description:
            'One or two short sentences, up to 200 characters, in simple words for children and young people.',
          cms: { label: 'What it means', widget: 'text' },
        }),
    })
    .meta({
      description:
        'How this right is worded on the page for children and young people (under 18). Use everyday words a 10-year-old would understand.',
      cms: { label: 'For children and young people' },
    }),
  icon: z.enum(rightIcons).meta({ description: 'The small picture shown next to this right in the infographic.' }),
  /** True when the right applies whether or not the crime was reported to the police. */
  appliesWithoutReport: z
    .boolean()
    .default(false)
    .meta({
      description: 'Turn on if people have this right whether or not they reported the crime to the police.',
      cms: { label: 'Applies even without reporting to the police' },
    }),
  /** Who must provide this right. */
  providers: z
    .array(oneOf(agencies))
    .default([])
    .meta({
      description: 'The organisations that must give people this right. Choose all that apply.',
      cms: { label: 'Who must provide it' },
    }),
  ...reviewFields,
});
export type Right = z.infer<typeof rightSchema>;
