import { z } from 'astro/zod';
import { ageGroups, resourceFormats, resourceTopics } from '../vocabularies.ts';
import { externalUrl, reviewFields } from './common.ts';

/** Something that helps while a person waits for support: a book, app, group, guide, helpline. */
export const resourceSchema = z.object({
  title: z.string().trim().min(2),
  format: z.enum(resourceFormats.values),
  topics: z.array(z.enum(resourceTopics.values)).min(1, 'needs at least one topic'),
  audience: z.array(z.enum(ageGroups.values)).min(1, 'needs at least one age group'),
  summary: z.string().trim().min(20).max(300),
  /** Who made it. */
  author: z.string().trim().min(1).optional(),
  /** Where it leads, if it is outside this site. */
  url: externalUrl.optional(),
  cost: z.string().trim().min(1).default('Free'),
  /** Written by people who have been through it. */
  livedExperience: z.boolean().default(false),
  ...reviewFields,
});
export type Resource = z.infer<typeof resourceSchema>;
