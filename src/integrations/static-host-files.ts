/**
 * Writes the files a static host reads beside the pages: _headers, with the
 * same security headers the local server sends, and _redirects, with the
 * old and extra addresses the content asks for.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readRedirects, redirectsFile } from '../hosting/redirects.ts';
import { headersFile } from '../hosting/security-headers.ts';
import { projectSecurityOptions } from '../hosting/security-options.ts';

export function staticHostFiles(): AstroIntegration {
  return {
    name: 'victims-first:static-host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Pagefind writes its folder after Astro finishes; it is a public path too.
        const entries = [...new Set([...readdirSync(root), 'pagefind'])];
        writeFileSync(`${root}/_headers`, headersFile(projectSecurityOptions(), entries));
        const redirects = readRedirects();
        writeFileSync(`${root}/_redirects`, redirectsFile(redirects));
        logger.info(
          `Wrote _headers with the security headers, and _redirects with ${redirects.length} redirects, for static hosts.`,
        );
      },
    },
  };
}
