/**
 * Writes the files a static host reads beside the pages: _headers, with the
 * same security headers the local server sends.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-headers.ts';
import { readSettingsFile } from '../lib/settings-file.ts';

export function staticHostFiles(): AstroIntegration {
  return {
    name: 'victims-first:static-host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const settings = readSettingsFile();
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile({ referralEndpoint: settings.referral.endpoint }));
        logger.info('Wrote _headers with the security headers for static hosts.');
      },
    },
  };
}
