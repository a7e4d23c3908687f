/**
 * What `npm start` says before "running at": whether it built the site (and
 * where the build's full output went) or found it up to date, and one line
 * about the content. The build's hundreds of lines go to a log file, shown
 * in full only when the build fails, so what matters is not lost.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDate } from '../shared/dates.ts';
import { buildDay } from '../shared/uk-time.ts';
import { checkContent } from '../content-model/guard.ts';
import { contentTypes } from '../content-model/schemas/index.ts';
import { readSettingsFile } from '../content-model/settings-file.ts';
import { LIST_COMMAND, reminderNumbers, sortWarnings, warningLines } from '../content-model/warning-summary.ts';

/** Where `npm start` writes the full output of its build (data/ is ignored by Git, like the local keys). */
export const BUILD_LOG = 'data/build.log';

/** The figures for the content line. */
export interface ContentFigures {
  /** Public pages, in every language (the sitemap's addresses). */
  pages: number;
  /** Languages the site is published in, English included. */
  languages: number;
  /** Services in the directory. */
  services: number;
  /** Content items with a "toCheck" note. */
  toCheck: number;
  /** Content items overdue for review. */
  overdue: number;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * One line about the content, for example "251 pages in 6 languages, 40 services; 104 items to check, 2 overdue
 * for review (npm run content:check -- --list)".
 */
export function contentSummary(figures: ContentFigures): string {
  const site = `${plural(figures.pages, 'page')} in ${plural(figures.languages, 'language')}, ${plural(figures.services, 'service')}`;
  const reminders = [
    ...(figures.toCheck > 0 ? [`${plural(figures.toCheck, 'item')} to check`] : []),
    ...(figures.overdue > 0 ? [`${figures.overdue} overdue for review`] : []),
  ];
  return reminders.length > 0 ? `${site}; ${reminders.join(', ')} (${LIST_COMMAND})` : `${site}; nothing to check`;
}

/** After a build: how long it took, and where its full output is. */
export function builtLine(seconds: number, log = BUILD_LOG): string {
  return `Built the site in ${Math.round(seconds)} s. The full build output is in ${log}.`;
}

/** When nothing changed since the last build. */
export function upToDateLine(builtAt: Date): string {
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  return `The built site is up to date (built ${formatDate(builtAt)} at ${time.format(builtAt)}): nothing to rebuild.`;
}

/** After a failed build: what to do, under its full output. */
export function buildFailedLine(log = BUILD_LOG): string {
  return `The build failed, so the site was not started. The build's output is above, and in ${log}: fix the first problem it names, then run npm start again.`;
}

/** Public pages in a built site: the addresses in its sitemap files (staff pages and the 404 page are not there). */
export function countPublishedPages(distDir: string): number {
  return globSync('sitemap-*.xml', { cwd: distDir })
    .filter((file) => file !== 'sitemap-index.xml')
    .reduce((total, file) => total + (readFileSync(path.join(distDir, file), 'utf8').match(/<loc>/g)?.length ?? 0), 0);
}

/** Whether a built site is there to count. */
export function hasBuiltSite(distDir: string): boolean {
  return existsSync(path.join(distDir, 'sitemap-index.xml'));
}

/**
 * The figures for the content line, and the content warnings worth showing (a translation behind its English, say),
 * from the content folder and the built site.
 */
export function contentFigures(contentRoot: string, distDir: string): { figures: ContentFigures; warnings: string[] } {
  const report = checkContent(contentRoot, new Date(`${buildDay()}T12:00:00Z`));
  const services = globSync(contentTypes.services.pattern, {
    cwd: path.join(contentRoot, contentTypes.services.folder),
  });
  return {
    figures: {
      pages: hasBuiltSite(distDir) ? countPublishedPages(distDir) : 0,
      languages: readSettingsFile(contentRoot).translations.languages.length + 1,
      services: services.length,
      ...reminderNumbers(sortWarnings(report.warnings)),
    },
    warnings: warningLines(report.warnings, { list: false }).warnings,
  };
}
