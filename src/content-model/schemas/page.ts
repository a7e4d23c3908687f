import { z } from 'astro/zod';
import { href, languageTag, pageSummary, reviewFields } from './common.ts';

/** A link shown as a card after a page's text: the main ways on from that page. */
export const signpost = z.object({
  title: z
    .string()
    .trim()
    .min(3)
    .meta({ description: 'The heading on the card, for example "Find a support service".', cms: { label: 'Heading' } }),
  href,
  /** One short sentence saying what the reader will find. */
  text: z
    .string()
    .trim()
    .min(10)
    .max(200, 'must be one short sentence of 200 characters or fewer')
    .meta({
      description: 'One short sentence, up to 200 characters, saying what the reader will find there.',
      cms: { label: 'Short description' },
    }),
});

/**
 * A general page of the site: about, accessibility statement, privacy notice,
 * cover your tracks. Its address comes from its file name, which is stable:
 * renaming the file changes a published address, so don't. index.md is the
 * home page.
 */
export const pageSchema = z.object({
  title: z.string().trim().min(3, 'must be at least 3 characters').meta({
    description:
      "The page heading, also shown in search results and browser tabs. The page's address comes from its file name, not its title: never rename a page's file once it is published.",
  }),
  /** One or two sentences for search results and link previews. */
  description: pageSummary,
  /** The page's language, if not English. Pages in right-to-left scripts get dir="rtl". */
  lang: languageTag.default('en').meta({
    description:
      'The language the page is written in, as a short code: "en" for English (already filled in), "pl" for Polish, "ur" for Urdu. Only change it for a translated page.',
  }),
  /** Keep out of search results and the sitemap (for example a page for staff). */
  hidden: z
    .boolean()
    .default(false)
    .meta({
      description:
        'Turn on to keep this page out of search results and the sitemap, for example a page for staff. Anyone with the link can still open it.',
      cms: { label: 'Hide from search' },
    }),
  /** Links shown as cards after the text. */
  signposts: z
    .array(signpost)
    .default([])
    .meta({
      description: "Cards shown after the page's text, linking to the main places to go next.",
      cms: { label: 'Signpost cards' },
    }),
  /** Questions a reader answers on screen and prints (My support plan). Nothing typed is kept or sent. */
  fillInQuestions: z
    .array(
      z.object({
        question: z.string().trim().min(3).meta({ description: 'The question, for example "Who can I talk to?".' }),
        hint: z
          .string()
          .trim()
          .min(3)
          .max(200)
          .optional()
          .meta({ description: 'Optional. A short example or tip shown under the question, up to 200 characters.' }),
      }),
    )
    .default([])
    .meta({
      description:
        'Only for a page people fill in and print, such as My support plan: the questions, in order. Leave empty on other pages.',
      cms: { label: 'Questions to fill in' },
    }),
  /** The privacy notice and cover your tracks: say what the website counts, from Site settings (insight). */
  showsWhatWeCount: z
    .boolean()
    .default(false)
    .meta({
      description:
        'Only for the privacy notice and the cover your tracks page. Turn on to add a section at the end saying whether the website counts how often its pages are read, and what it keeps. Its words follow "Counting page reads" in Site settings, so they are always true. Set on the English page, it shows in every language.',
      cms: { label: 'Say what this website counts' },
    }),
  ...reviewFields,
});
export type Page = z.infer<typeof pageSchema>;
