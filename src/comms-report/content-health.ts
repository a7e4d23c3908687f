/**
 * The content health section of the comms team's report: what in content/ is waiting for them. Every "Something to
 * check" note and what it asks, items past their review date, campaigns past theirs, translations behind their
 * English, and, from the built site, links between its pages that lead nowhere and redirects to pages that are gone.
 * The same checks as `npm run content:check` and `npm run translations`, gathered into one list.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../content-model/guard.ts';
import { checkTranslations } from '../content-model/translations.ts';
import { sortWarnings } from '../content-model/warning-summary.ts';
import { parseRedirectsFile } from '../hosting/redirects.ts';

/** One item the comms team needs to act on: the file, and what to do. */
export interface HealthItem {
  file: string;
  says: string;
}

/** A link from one page to another that does not lead to a page, or a redirect to a page that is not there. */
export interface BrokenLink {
  from: string;
  to: string;
}

export interface ContentHealth {
  toCheck: HealthItem[];
  overdue: HealthItem[];
  campaignsPastReview: HealthItem[];
  translationsBehind: HealthItem[];
  /** Undefined when there is no built site to read (run `npm run build` first). */
  brokenLinks: BrokenLink[] | undefined;
}

/** What "toCheck" notes say, without the guard's wording around them. */
const QUOTED = /^says something needs checking: "([\s\S]*)"$/;

/** Everything in content/ (and the built site in `distRoot`, when there is one) that needs the comms team. */
export function contentHealth(contentRoot: string, distRoot: string | undefined, now: Date): ContentHealth {
  const sorted = sortWarnings(checkContent(contentRoot, now).warnings);
  const overdue = sorted.overdue.filter((warning) => warning.field === 'lastReviewed');
  const campaigns = sorted.overdue.filter((warning) => warning.field === 'reviewBy');
  return {
    toCheck: sorted.toCheck.map((warning) => ({
      file: warning.file,
      says: QUOTED.exec(warning.message)?.[1] ?? warning.message,
    })),
    overdue: overdue.map((warning) => ({ file: warning.file, says: `Last reviewed ${warning.message}` })),
    campaignsPastReview: campaigns.map((warning) => ({ file: warning.file, says: `Review date ${warning.message}` })),
    translationsBehind: checkTranslations(contentRoot).behind.map((translation) => ({
      file: translation.file,
      says: `Its English, ${translation.englishFile}, has changed since it was translated.`,
    })),
    brokenLinks: distRoot && existsSync(path.join(distRoot, 'index.html')) ? brokenLinks(distRoot) : undefined,
  };
}

/** The built page or file an address leads to, if any. */
function leadsToFile(distRoot: string, address: string): boolean {
  const clean = decodeURIComponent(address.split(/[?#]/)[0] ?? '/');
  const file = path.join(distRoot, clean);
  if (!file.startsWith(path.resolve(distRoot))) return false;
  return clean.endsWith('/') ? existsSync(path.join(file, 'index.html')) : existsSync(file);
}

/** Links between the built site's pages that lead nowhere, and redirects whose target is not a page. */
export function brokenLinks(distRoot: string): BrokenLink[] {
  const root = path.resolve(distRoot);
  const redirectsFile = path.join(root, '_redirects');
  const redirects = existsSync(redirectsFile) ? parseRedirectsFile(readFileSync(redirectsFile, 'utf8')) : new Map();
  const leadsSomewhere = (address: string) =>
    leadsToFile(root, address) || (redirects.has(address) && leadsToFile(root, redirects.get(address)!));
  const broken: BrokenLink[] = [];
  const seen = new Set<string>();
  for (const file of globSync('**/*.html', { cwd: root }).sort()) {
    if (file.startsWith('admin/') || file.startsWith('hub/')) continue;
    const from = `/${file.replace(/index\.html$/, '')}`;
    for (const match of readFileSync(path.join(root, file), 'utf8').matchAll(/href="(\/(?!\/)[^"#?]*)/g)) {
      const to = match[1] ?? '/';
      if (seen.has(to)) continue;
      seen.add(to);
      if (!leadsSomewhere(to)) broken.push({ from, to });
    }
  }
  for (const [from, to] of redirects) if (!leadsToFile(root, to)) broken.push({ from: `${from} (redirect)`, to });
  return broken;
}

/** Every page in the built site's sitemap, such as "/" and "/about/"; none when the site is not built. */
export function sitemapPages(distRoot: string): string[] {
  const index = path.join(distRoot, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  return locations(readFileSync(index, 'utf8'))
    .flatMap((sitemap) => {
      const file = path.join(distRoot, new URL(sitemap).pathname);
      return existsSync(file) ? locations(readFileSync(file, 'utf8')) : [];
    })
    .map((url) => new URL(url).pathname)
    .sort();
}
