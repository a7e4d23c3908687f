import { z } from 'astro/zod';
import { languageTag, reviewFields } from './common.ts';

/**
 * A general page of the site: about, accessibility statement, privacy notice,
 * cover your tracks. Its address comes from its file name, which is stable:
 * renaming the file changes a published address, so don't.
 */
export const pageSchema = z.object({
  title: z.string().trim().min(3, 'must be at least 3 characters'),
  /** One or two sentences for search results and link previews. */
  description: z.string().trim().min(20, 'must be at least 20 characters').max(200, 'must be 200 characters or fewer'),
  /** The page's language, if not English. Pages in right-to-left scripts get dir="rtl". */
  lang: languageTag.default('en'),
  /** Keep out of search results and the sitemap (for example a page for staff). */
  hidden: z.boolean().default(false),
  ...reviewFields,
});
export type Page = z.infer<typeof pageSchema>;
