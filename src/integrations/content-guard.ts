/**
 * Runs the content guard when Astro starts (build, dev and sync), so invalid
 * content stops the build with a readable list of problems, and stale content
 * is flagged without stopping it. Once the content is known to be valid, it
 * gives Astro the site's public address from the settings file, and the
 * redirects the content asks for.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, describeProblem, InvalidContentError } from '../content-model/guard.ts';
import { contentDirectory } from '../content-model/content-directory.ts';
import { astroRedirects, readRedirects } from '../hosting/redirects.ts';
import { readSettingsFile } from '../content-model/settings-file.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'victims-first:content-guard',
    hooks: {
      'astro:config:setup': ({ logger, updateConfig }) => {
        const report = checkContent(contentDirectory());
        for (const warning of report.warnings) logger.warn(describeProblem(warning));
        if (report.errors.length > 0) throw new InvalidContentError(report.errors);
        logger.info(`${report.checked} content files are valid.`);
        // Old and extra addresses (pack aliases, former codes, renamed pages) get redirect pages.
        updateConfig({ site: readSettingsFile().siteUrl, redirects: astroRedirects(readRedirects()) });
      },
    },
  };
}
