import { z } from 'astro/zod';
import { crimeTypes } from '../vocabularies.ts';
import { calendarDate, callToAction, imageWithAlt, reviewFields, slug } from './common.ts';

/** An awareness campaign with its own page, shown between its start and end dates. */
export const campaignSchema = z
  .object({
    title: z.string().trim().min(3).meta({
      description: 'The name of the campaign, shown as the heading of its page, for example "Let\'s Hate Hate".',
    }),
    slug: slug.meta({
      description:
        'The end of the campaign\'s web address, for example "lets-hate-hate" for /campaigns/lets-hate-hate/. Never change it once published: posters, leaflets and social media posts use it.',
      cms: { label: 'Web address name' },
    }),
    hashtag: z
      .string()
      .regex(/^#[A-Za-z0-9_]+$/, 'must start with # and use only letters, numbers and underscores')
      .meta({
        description:
          "The campaign's hashtag: # then letters, numbers or underscores, with no spaces, for example #LetsHateHate.",
      }),
    summary: z
      .string()
      .trim()
      .min(20)
      .max(300)
      .meta({
        description:
          'One or two sentences, 20 to 300 characters, saying what the campaign is about. Shown in lists of campaigns and in search results.',
        cms: { widget: 'text' },
      }),
    crimeTypes: z
      .array(crimeTypes.schema)
      .default([])
      .meta({ description: 'Optional. The kinds of crime the campaign is about. Choose all that apply.' }),
    start: calendarDate.meta({
      description: 'The date the campaign starts showing on the site.',
      cms: { label: 'Start date' },
    }),
    /** Leave out for a campaign with no end date. */
    end: calendarDate.optional().meta({
      description:
        'Optional. The last day the campaign shows on the site. It must not be before the start date. Leave empty if it has no end date.',
      cms: { label: 'End date' },
    }),
    hero: imageWithAlt.optional().meta({
      description:
        'Optional. The large picture at the top of the campaign page, with a description of it for people who cannot see it.',
      cms: { label: 'Main image' },
    }),
    callsToAction: z
      .array(callToAction)
      .default([])
      .meta({
        description:
          'Buttons on the campaign page for what you want people to do, for example report a crime or get support. Put the most important first.',
        cms: { label: 'Buttons' },
      }),
    /** Slugs of services in the directory. */
    relatedServices: z
      .array(
        slug.meta({
          description: 'The file name of a service, without ".md", for example "victims-first-hub".',
          cms: { label: 'Service' },
        }),
      )
      .default([])
      .meta({
        description:
          'Support services to show with the campaign. Add each service\'s file name without ".md", for example "victims-first-hub".',
      }),
    ...reviewFields,
  })
  .refine((c) => c.end === undefined || c.end >= c.start, {
    message: 'must not be before the start date',
    path: ['end'],
  });
export type Campaign = z.infer<typeof campaignSchema>;
