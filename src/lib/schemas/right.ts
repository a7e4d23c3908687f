import { z } from 'astro/zod';
import { agencies } from '../vocabularies.ts';
import { reviewFields, slug } from './common.ts';

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
  number: z.number().int().min(1).max(20),
  /** The address of its page: /your-rights/<slug>/ */
  slug,
  title: z.string().trim().min(3),
  /** One plain sentence for the infographic. */
  summary: z.string().trim().min(10).max(200, 'must be one short sentence of 200 characters or fewer'),
  icon: z.enum(rightIcons),
  /** True when the right applies whether or not the crime was reported to the police. */
  appliesWithoutReport: z.boolean().default(false),
  /** Who must provide this right. */
  providers: z.array(z.enum(agencies.values)).default([]),
  ...reviewFields,
});
export type Right = z.infer<typeof rightSchema>;
