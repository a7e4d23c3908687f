import { oneOf } from './vocabulary-schema.ts';
import { z } from 'astro/zod';
import { isoDay } from '../../shared/dates.ts';
import { crimeTypes } from '../vocabularies.ts';
import { calendarDate, callToAction, imageWithAlt, reviewFields, slug } from './common.ts';

/**
 * An awareness campaign with its own page, shown between its start and end dates. A campaign with no end date
 * needs a review date, so the site never goes on calling it "running now" for years after anyone last checked.
 */
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
      .array(oneOf(crimeTypes))
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
    /** Needed when there is no end date: after it, the site stops calling the campaign "running now". */
    reviewBy: calendarDate.optional().meta({
      description:
        'Needed if there is no end date: the date by which you will check the campaign is still running, for example 3 months after it starts. After this date the site no longer lists it as running now, and the build reminds you to check it. Then set a new review date, or its end date.',
      cms: { label: 'Review by' },
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
  })
  .refine((c) => c.end !== undefined || c.reviewBy !== undefined, {
    message:
      'is missing: a campaign with no end date needs a review date, the day by which you will check it is still running (or give it an end date)',
    path: ['reviewBy'],
  })
  .refine((c) => c.reviewBy === undefined || c.reviewBy >= c.start, {
    message: 'must not be before the start date',
    path: ['reviewBy'],
  });
export type Campaign = z.infer<typeof campaignSchema>;

/**
 * Whether a campaign's review date has passed on a UK calendar day (YYYY-MM-DD) while it has not ended: nobody has
 * confirmed it is still running. The site then stops calling it "running now", and the content check warns.
 */
export function campaignReviewOverdue(
  campaign: { end?: Date | undefined; reviewBy?: Date | undefined },
  today: string,
): boolean {
  if (!campaign.reviewBy || today <= isoDay(campaign.reviewBy)) return false;
  return !campaign.end || today <= isoDay(campaign.end);
}
