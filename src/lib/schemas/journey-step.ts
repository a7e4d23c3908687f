import { z } from 'astro/zod';
import { journeys } from '../vocabularies.ts';
import { reviewFields, slug } from './common.ts';

/** One step of a step-by-step explainer: the criminal justice journey or restorative justice. */
export const journeyStepSchema = z.object({
  journey: z.enum(journeys.values),
  /** Position in the journey, from 1. */
  order: z.number().int().min(1),
  /** The address of its page, under the journey's section. */
  slug,
  title: z.string().trim().min(3),
  summary: z.string().trim().min(10).max(300),
  /** Slugs of the rights that apply at this step. */
  relatedRights: z.array(slug).default([]),
  /** Slugs of glossary terms used on this step. */
  glossaryTerms: z.array(slug).default([]),
  ...reviewFields,
});
export type JourneyStep = z.infer<typeof journeyStepSchema>;
