/**
 * After a build of the site's own content, adds every address in the
 * sitemap and every redirect's old address to published-urls.txt, so the
 * register grows as pages are published (commit the change). The later
 * pages of a group of services are left out (addressesToRegister). Builds
 * from test fixtures leave it alone.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  addressesToRegister,
  mergeIntoRegister,
  PUBLISHED_OUTSIDE_SITEMAP,
  REGISTER_FILE,
} from '../hosting/published-urls.ts';
import { readRedirects } from '../hosting/redirects.ts';

export function publishedUrlRegister(): AstroIntegration {
  return {
    name: 'victims-first:published-urls',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // Fixture builds, and previews "as of" another day, publish nothing.
        if (process.env['VF_CONTENT_DIR'] || process.env['VF_TODAY']) return;
        const root = fileURLToPath(dir);
        const sitemaps = readdirSync(root).filter((file) => /^sitemap-\d+\.xml$/.test(file));
        const paths = sitemaps.flatMap((file) =>
          [...readFileSync(`${root}/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
            (match) => new URL(match[1] ?? '/').pathname,
          ),
        );
        const redirects = readRedirects().map((redirect) => redirect.from);
        const existing = existsSync(REGISTER_FILE) ? readFileSync(REGISTER_FILE, 'utf8') : '';
        const { text, added } = mergeIntoRegister(
          existing,
          addressesToRegister([...paths, ...redirects, ...PUBLISHED_OUTSIDE_SITEMAP]),
        );
        if (added.length > 0) {
          writeFileSync(REGISTER_FILE, text);
          logger.info(
            `Added ${added.length} new published address${added.length === 1 ? '' : 'es'} to ${REGISTER_FILE}: commit it.`,
          );
        }
      },
    },
  };
}
