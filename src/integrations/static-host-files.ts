/**
 * Writes the files a static host reads beside the pages: _headers, with the
 * same security headers the local server sends, and _redirects, with the
 * old and extra addresses the content asks for and the common
 * capitalisations of the pack's printed addresses (static hosts match case
 * exactly; docs/operators.md says what a host must do for the rest).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { capitalisationRedirects } from '../hosting/canonical-address.ts';
import { readPrintedPackAddresses, readRedirects, redirectsFile } from '../hosting/redirects.ts';
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
        const capitalised = capitalisationRedirects(readPrintedPackAddresses(), redirects);
        writeFileSync(`${root}/_redirects`, redirectsFile(redirects, capitalised));
        logger.info(
          `Wrote _headers with the security headers, and _redirects with ${redirects.length} redirects and ${capitalised.length} capitalised pack addresses, for static hosts.`,
        );
      },
    },
  };
}
