/**
 * After the build, makes phone numbers in each page's written content
 * (its "prose" blocks) links that call them (src/shared/phone-links.ts).
 * Done on the built pages because Astro 7's Markdown processor does not
 * run rehype plugins; Pagefind indexes the pages afterwards.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkPhoneNumbersInPage } from '../shared/phone-links.ts';

export function phoneLinksInContent(): AstroIntegration {
  return {
    name: 'victims-first:phone-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of globSync('**/*.html', { cwd: root })) {
          const absolute = path.join(root, file);
          const linked = linkPhoneNumbersInPage(readFileSync(absolute, 'utf8'));
          if (linked) {
            writeFileSync(absolute, linked);
            pages += 1;
          }
        }
        logger.info(`Phone numbers in content link to calls on ${pages} pages.`);
      },
    },
  };
}
