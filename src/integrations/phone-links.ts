/**
 * After the build, makes phone numbers in each page's written content
 * (its "prose" blocks) links that call them (src/shared/phone-links.ts).
 * Done on the built pages because Astro 7's Markdown processor does not
 * run rehype plugins; Pagefind indexes the pages afterwards.
 */
import type { AstroIntegration } from 'astro';
import { linkPhoneNumbersInPage } from '../shared/phone-links.ts';
import { rewriteBuiltPages } from './built-pages.ts';

export function phoneLinksInContent(): AstroIntegration {
  return {
    name: 'victims-first:phone-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = rewriteBuiltPages(dir, linkPhoneNumbersInPage);
        logger.info(`Phone numbers in content link to calls on ${pages} pages.`);
      },
    },
  };
}
