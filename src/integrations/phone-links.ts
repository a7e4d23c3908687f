/**
 * After the build, makes phone numbers in each page's written content
 * (its "prose" blocks) links that call them (src/shared/phone-links.ts).
 * Done on the built pages because Astro 7's Markdown processor does not
 * run rehype plugins; Pagefind indexes the pages afterwards. Only the prose
 * blocks are parsed and written again; a page whose markup the quick reading
 * cannot follow is parsed whole (slower, same links), and the log says how
 * many, so a change in Astro's output that slows the build shows.
 */
import type { AstroIntegration } from 'astro';
import { linkPhoneNumbersInPage } from '../shared/phone-links.ts';
import { rewriteBuiltPages } from './built-pages.ts';

export function phoneLinksInContent(): AstroIntegration {
  return {
    name: 'victims-first:phone-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let readWhole = 0;
        const pages = rewriteBuiltPages(dir, (html) => linkPhoneNumbersInPage(html, () => (readWhole += 1)));
        logger.info(`Phone numbers in content link to calls on ${pages} pages.`);
        if (readWhole > 0) {
          logger.warn(
            `${readWhole} pages were parsed whole to link phone numbers: their prose blocks could not be found quickly (src/shared/elements-with-class.ts).`,
          );
        }
      },
    },
  };
}
