import { z } from 'astro/zod';
import { crimeTypes } from '../vocabularies.ts';
import { calendarDate, callToAction, imageWithAlt, reviewFields, slug } from './common.ts';

/** An awareness campaign with its own page, shown between its start and end dates. */
export const campaignSchema = z
  .object({
    title: z.string().trim().min(3),
    slug,
    hashtag: z.string().regex(/^#[A-Za-z0-9_]+$/, 'must start with # and use only letters, numbers and underscores'),
    summary: z.string().trim().min(20).max(300),
    crimeTypes: z.array(z.enum(crimeTypes.values)).default([]),
    start: calendarDate,
    /** Leave out for a campaign with no end date. */
    end: calendarDate.optional(),
    hero: imageWithAlt.optional(),
    callsToAction: z.array(callToAction).default([]),
    /** Slugs of services in the directory. */
    relatedServices: z.array(slug).default([]),
    ...reviewFields,
  })
  .refine((c) => c.end === undefined || c.end >= c.start, { message: 'must not be before the start date', path: ['end'] });
export type Campaign = z.infer<typeof campaignSchema>;
