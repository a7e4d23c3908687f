import { oneOf } from './vocabulary-schema.ts';
import { z } from 'astro/zod';
import { crimeTypes } from '../vocabularies.ts';
import { reviewFields, slugOtherThan } from './common.ts';

/** A pack code: never the address of one of the officers' pages under /vip/. */
const packCode = slugOtherThan('share', 'the page where officers share pack links').refine(
  (value) => value !== 'cover',
  'must not be "cover": that address is the cover sheet officers print',
);

/**
 * A section of the Victims Information Pack. Its code is its address,
 * /vip/<code>/, printed on leaflets: never change a code without adding the
 * old one to formerCodes, so the printed address still works.
 */
export const vipEntrySchema = z.object({
  code: packCode.max(30, 'must be 30 characters or fewer: it is printed on leaflets').meta({
    description:
      'The short code in this section\'s address, /vip/<code>/, printed on leaflets, for example "after-reporting". Never change it once published; if you really must, add the old code to Former codes so printed addresses still work.',
    cms: { label: 'Code (printed on leaflets)' },
  }),
  title: z
    .string()
    .trim()
    .min(3)
    .meta({ description: 'The heading of this section of the pack, for example "After you report a crime".' }),
  summary: z
    .string()
    .trim()
    .min(20)
    .max(300)
    .meta({
      description:
        'One or two sentences, 20 to 300 characters, saying what this section covers. Shown in the list of sections and in search results.',
      cms: { widget: 'text' },
    }),
  /** General sections come first; crime-specific ones after. */
  kind: z.enum(['general', 'crime-specific']).meta({
    description:
      'General sections are for everyone and come first; crime-specific sections are about one kind of crime and come after.',
    cms: { label: 'Type of section' },
  }),
  order: z
    .number()
    .int()
    .min(1)
    .meta({
      description:
        'Where this section comes in the pack: lower numbers first. General sections come before crime-specific ones, for example 1, 2, 3 for general and 10 onwards for crime-specific.',
      cms: { label: 'Position' },
    }),
  crimeTypes: z.array(oneOf(crimeTypes)).default([]).meta({
    description: 'For crime-specific sections: the crimes this section is about. Leave empty for general sections.',
  }),
  /** Keep link previews from naming the topic, for sections an abuser seeing the phone must not learn about. */
  neutralPreview: z
    .boolean()
    .default(false)
    .meta({
      description:
        'Turn on for sections such as domestic abuse, sexual violence, stalking or exploitation. When the link is sent by text or a messaging app, its preview then says only "Information from Victims First", so someone glancing at the phone does not learn the topic.',
      cms: { label: 'Keep the link preview neutral' },
    }),
  /** Extra short addresses that lead to this section. */
  aliases: z
    .array(
      packCode.meta({
        description: 'Another short code for this section, for example "scams".',
        cms: { label: 'Short address' },
      }),
    )
    .default([])
    .meta({
      description:
        'Optional. Extra short codes that also lead to this section, for example "scams", so /vip/scams/ works too.',
      cms: { label: 'Other short addresses' },
    }),
  /** Codes this section had before; they redirect here. */
  formerCodes: z
    .array(
      packCode.meta({
        description: 'A code this section used before, for example "after-report".',
        cms: { label: 'Former code' },
      }),
    )
    .default([])
    .meta({
      description:
        'Codes this section had before. Whenever the code changes, add the old one here so printed addresses still lead here. Never remove one.',
    }),
  ...reviewFields,
});
export type VipEntry = z.infer<typeof vipEntrySchema>;
