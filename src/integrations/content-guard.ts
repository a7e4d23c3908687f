/**
 * Runs the content guard when Astro starts (build, dev and sync), so invalid
 * content stops the build with a readable list of problems, and stale content
 * is flagged without stopping it: real warnings in full, reminders to check
 * or review as one line (VF_LIST_CHECKS=1 lists them). Once the content is
 * known to be valid, it gives Astro the site's public address from the
 * settings file, and the redirects the content asks for.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, InvalidContentError } from '../content-model/guard.ts';
import { contentDirectory } from '../content-model/content-directory.ts';
import { listRequested, warningLines } from '../content-model/warning-summary.ts';
import { astroRedirects, readRedirects } from '../hosting/redirects.ts';
import { readSettingsFile } from '../content-model/settings-file.ts';
import { buildDay } from '../shared/uk-time.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'victims-first:content-guard',
    hooks: {
      'astro:config:setup': ({ logger, updateConfig }) => {
        // Review dates are judged on the day the site is built for (VF_TODAY in tests), like campaigns and news.
        const report = checkContent(contentDirectory(), new Date(`${buildDay()}T12:00:00Z`));
        const { warnings, summary } = warningLines(report.warnings, { list: listRequested(process.env) });
        for (const line of warnings) logger.warn(line);
        if (report.errors.length > 0) throw new InvalidContentError(report.errors);
        logger.info(`${report.checked} content files are valid.`);
        if (summary) logger.warn(summary);
        // Old and extra addresses (pack aliases, former codes, renamed pages) get redirect pages.
        updateConfig({ site: readSettingsFile().siteUrl, redirects: astroRedirects(readRedirects()) });
      },
    },
  };
}
