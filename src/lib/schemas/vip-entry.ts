import { z } from 'astro/zod';
import { crimeTypes } from '../vocabularies.ts';
import { reviewFields, slug } from './common.ts';

/**
 * A section of the Victims Information Pack. Its code is its address,
 * /vip/<code>/, printed on leaflets: never change a code without adding the
 * old one to formerCodes, so the printed address still works.
 */
export const vipEntrySchema = z.object({
  code: slug.max(30, 'must be 30 characters or fewer: it is printed on leaflets'),
  title: z.string().trim().min(3),
  summary: z.string().trim().min(20).max(300),
  /** General sections come first; crime-specific ones after. */
  kind: z.enum(['general', 'crime-specific']),
  order: z.number().int().min(1),
  crimeTypes: z.array(z.enum(crimeTypes.values)).default([]),
  /** Extra short addresses that lead to this section. */
  aliases: z.array(slug).default([]),
  /** Codes this section had before; they redirect here. */
  formerCodes: z.array(slug).default([]),
  ...reviewFields,
});
export type VipEntry = z.infer<typeof vipEntrySchema>;
