import { z } from 'astro/zod';
import { href, languageTag, reviewFields } from './common.ts';

/** A link shown as a card after a page's text: the main ways on from that page. */
export const signpost = z.object({
  title: z.string().trim().min(3),
  href,
  /** One short sentence saying what the reader will find. */
  text: z.string().trim().min(10).max(200, 'must be one short sentence of 200 characters or fewer'),
});

/**
 * A general page of the site: about, accessibility statement, privacy notice,
 * cover your tracks. Its address comes from its file name, which is stable:
 * renaming the file changes a published address, so don't. index.md is the
 * home page.
 */
export const pageSchema = z.object({
  title: z.string().trim().min(3, 'must be at least 3 characters'),
  /** One or two sentences for search results and link previews. */
  description: z.string().trim().min(20, 'must be at least 20 characters').max(200, 'must be 200 characters or fewer'),
  /** The page's language, if not English. Pages in right-to-left scripts get dir="rtl". */
  lang: languageTag.default('en'),
  /** Keep out of search results and the sitemap (for example a page for staff). */
  hidden: z.boolean().default(false),
  /** Links shown as cards after the text. */
  signposts: z.array(signpost).default([]),
  ...reviewFields,
});
export type Page = z.infer<typeof pageSchema>;
