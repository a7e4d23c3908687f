/**
 * Writes the files a static host reads beside the pages: _headers, with the
 * same security headers the local server sends.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-headers.ts';
import { projectSecurityOptions } from '../lib/security-options.ts';

export function staticHostFiles(): AstroIntegration {
  return {
    name: 'victims-first:static-host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Pagefind writes its folder after Astro finishes; it is a public path too.
        const entries = [...new Set([...readdirSync(root), 'pagefind'])];
        writeFileSync(`${root}/_headers`, headersFile(projectSecurityOptions(), entries));
        logger.info('Wrote _headers with the security headers for static hosts.');
      },
    },
  };
}
