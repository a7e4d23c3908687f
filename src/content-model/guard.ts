/**
 * The content guard reads every file under content/ and checks it against its
 * content type's schema before Astro builds anything. It reports every problem
 * at once, each naming the file and the field, in words the comms team can act
 * on; and it warns about content nobody has reviewed for a year.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { bodyOf, fieldPath, readData } from './front-matter.ts';
import { pageAddress, SERVICE_GROUPS_FOLDER, serviceGroupAddress } from './page-addresses.ts';
import { checkTranslations } from './translations.ts';
import { writingProblems } from './writing-rules.ts';
import { contentReferences, contentTypes, type ContentTypeName } from './schemas/index.ts';
import { campaignReviewOverdue } from './schemas/campaign.ts';
import { ukTime } from '../shared/uk-time.ts';

export { fieldPath, readData };

export interface ContentProblem {
  /** The file, relative to the project, for example content/services/hub.md. */
  file: string;
  /** The field, for example contacts[0].value; empty for the whole file. */
  field: string;
  message: string;
}

export interface ContentReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** How many files were checked. */
  checked: number;
}

/** Where uploaded pictures live; content refers to them as /images/… */
const PUBLIC_FOLDER = 'public';

/** Content not reviewed for this many months gets a warning. */
export const REVIEW_AFTER_MONTHS = 12;

/** The date a number of months before another, for review deadlines. */
export function monthsBefore(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() - months);
  return result;
}

interface ReviewData {
  lastReviewed?: Date;
  toCheck?: string;
  /** A campaign's review date, and its end date (src/content-model/schemas/campaign.ts). */
  reviewBy?: Date;
  end?: Date;
}

function reviewWarnings(file: string, data: ReviewData, now: Date): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  if (data.lastReviewed && data.lastReviewed < monthsBefore(now, REVIEW_AFTER_MONTHS)) {
    const when = data.lastReviewed.toISOString().slice(0, 10);
    warnings.push({
      file,
      field: 'lastReviewed',
      message: `was ${when}: more than ${REVIEW_AFTER_MONTHS} months ago. Check the content is still right, then update the date.`,
    });
  }
  if (data.toCheck) {
    warnings.push({ file, field: 'toCheck', message: `says something needs checking: "${data.toCheck}"` });
  }
  if (data.reviewBy && campaignReviewOverdue(data, ukTime(now).date)) {
    const when = data.reviewBy.toISOString().slice(0, 10);
    warnings.push({
      file,
      field: 'reviewBy',
      message: `was ${when}, so the site no longer lists the campaign as running now. Check it is still running, then set a new review date, or its end date.`,
    });
  }
  return warnings;
}

/** Check every content file under `contentRoot` (for example ./content). */
export function checkContent(contentRoot: string, now: Date = new Date()): ContentReport {
  const report: ContentReport = { errors: [], warnings: [], checked: 0 };
  const projectRoot = process.cwd();
  const valid: ValidEntry[] = [];
  const written: { file: string; data: unknown; body: string }[] = [];
  for (const [name, type] of Object.entries(contentTypes) as [
    ContentTypeName,
    (typeof contentTypes)[ContentTypeName],
  ][]) {
    const folder = path.resolve(contentRoot, type.folder);
    const files = globSync(type.pattern, { cwd: folder }).sort();
    for (const relative of files) {
      const absolute = path.join(folder, relative);
      const file = path.relative(projectRoot, absolute).split(path.sep).join('/');
      report.checked += 1;
      let data: unknown;
      let source = '';
      try {
        source = readFileSync(absolute, 'utf8');
        data = readData(source, absolute);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        report.errors.push({ file, field: '', message: `could not be read: ${reason}` });
        continue;
      }
      const result = (type.schema as z.ZodType).safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          report.errors.push({ file, field: fieldPath(issue.path), message: issue.message });
        }
        continue;
      }
      report.warnings.push(...reviewWarnings(file, result.data as ReviewData, now));
      written.push({ file, data, body: /\.md$/.test(absolute) ? bodyOf(source) : '' });
      valid.push({
        type: name,
        file,
        id: relative
          .split(path.sep)
          .join('/')
          .replace(/\.[^.]+$/, ''),
        fileName: path.basename(relative).replace(/\.[^.]+$/, ''),
        data: result.data as Record<string, unknown>,
      });
    }
  }
  report.errors.push(
    ...brokenReferences(valid),
    ...packAddressClashes(valid),
    ...serviceAddressClashes(valid),
    ...badRedirects(valid),
    ...missingPictures(valid),
  );
  const siteUrl = valid.find((entry) => entry.type === 'settings')?.data.siteUrl;
  if (typeof siteUrl === 'string') {
    for (const { file, data, body } of written) report.errors.push(...writingProblems(file, data, body, siteUrl));
  }
  const translations = checkTranslations(contentRoot);
  report.checked += translations.checked;
  report.errors.push(...translations.errors);
  report.warnings.push(...translations.warnings);
  return report;
}

interface ValidEntry {
  type: ContentTypeName;
  file: string;
  /** The path under its folder without the extension, as Astro names the entry. */
  id: string;
  fileName: string;
  data: Record<string, unknown>;
}

/** Pictures content points to must be in public/, or the page shows a broken image. */
function missingPictures(entries: readonly ValidEntry[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const hero = entry.data['hero'] as { src?: string } | undefined;
    if (!hero?.src || existsSync(path.join(PUBLIC_FOLDER, hero.src))) return [];
    return [
      {
        file: entry.file,
        field: 'hero.src',
        message: `is ${hero.src}, but there is no such picture in public/: upload it, or correct the path`,
      },
    ];
  });
}

/** Addresses the content publishes, to check redirects against. */
function publishedAddresses(entries: readonly ValidEntry[]): Set<string> {
  const addresses = new Set(['/', '/search/', '/admin/', '/vip/share/', '/vip/cover/', '/feed.xml']);
  for (const entry of entries) {
    const data = entry.data;
    if (entry.type === 'pages') addresses.add(pageAddress(entry.id));
    if (entry.type === 'services') addresses.add(`/services/${entry.fileName}/`);
    if (entry.type === 'connectPoints') addresses.add(`/connect/${entry.fileName}/`);
    if (entry.type === 'rights') addresses.add(`/your-rights/${String(data['slug'])}/`);
    if (entry.type === 'journeySteps') addresses.add(`/${String(data['journey'])}/${String(data['slug'])}/`);
    if (entry.type === 'campaigns') addresses.add(`/campaigns/${String(data['slug'])}/`);
    if (entry.type === 'news') addresses.add(`/news/${String(data['slug'])}/`);
    if (entry.type === 'vip') addresses.add(`/vip/${String(data['code'])}/`);
    if (entry.type === 'easyRead') addresses.add(`/easy-read/${entry.id}/`);
  }
  return addresses;
}

/**
 * The redirects in Site settings must each lead one old address straight to
 * a page: never take over an address that is a page or a pack address (a
 * printed link would go elsewhere), never list an old address twice (hosts
 * disagree on which rule wins), never lead to itself, and never lead to
 * another old address (a chain).
 */
function badRedirects(entries: readonly ValidEntry[]): ContentProblem[] {
  const settings = entries.find((entry) => entry.type === 'settings');
  const redirects = (settings?.data['redirects'] as { from: string; to: string }[] | undefined) ?? [];
  if (!settings || redirects.length === 0) return [];
  const pages = publishedAddresses(entries);
  const packOthers = new Set(
    entries
      .filter((entry) => entry.type === 'vip')
      .flatMap((entry) =>
        [...((entry.data['aliases'] as string[]) ?? []), ...((entry.data['formerCodes'] as string[]) ?? [])].map(
          (code) => `/vip/${code}/`,
        ),
      ),
  );
  const froms = new Set(redirects.map((redirect) => redirect.from));
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  redirects.forEach((redirect, index) => {
    const problem = (field: 'from' | 'to', message: string) =>
      problems.push({ file: settings.file, field: `redirects[${index}].${field}`, message });
    if (redirect.from === redirect.to)
      problem('to', `is the same as the old address, ${redirect.from}: a redirect must lead somewhere else`);
    else if (pages.has(redirect.from) || packOthers.has(redirect.from))
      problem('from', `is ${redirect.from}, which is still a page or a pack address: a redirect must not take it over`);
    if (seen.has(redirect.from))
      problem('from', `is ${redirect.from}, which is already redirected above: list each old address once`);
    seen.add(redirect.from);
    if (froms.has(redirect.to.replace(/#.*$/, '')) || packOthers.has(redirect.to.replace(/#.*$/, '')))
      problem('to', `is ${redirect.to}, which itself redirects: lead straight to the final address`);
  });
  return problems;
}

/**
 * Pack addresses (codes, other short addresses, former codes) used twice: one printed address must lead to one section.
 */
function packAddressClashes(entries: readonly ValidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const taken = new Map<string, string>();
  for (const entry of entries.filter((candidate) => candidate.type === 'vip')) {
    for (const field of ['code', 'aliases', 'formerCodes'] as const) {
      const value = entry.data[field];
      const names = Array.isArray(value) ? value.map(String) : [String(value)];
      names.forEach((name, index) => {
        const where = field === 'code' ? field : `${field}[${index}]`;
        const owner = taken.get(name);
        if (owner)
          problems.push({
            file: entry.file,
            field: where,
            message: `is "${name}", but /vip/${name}/ is already used by ${owner}: each pack address must lead to one section`,
          });
        else taken.set(name, `${entry.file} (${where})`);
      });
    }
  }
  return problems;
}

/**
 * A service is published at /services/<file name>/, and the directory's
 * groups at /services/in/<group>/: a service file called "in" (or a folder
 * of services called "in") would sit where the groups are.
 */
function serviceAddressClashes(entries: readonly ValidEntry[]): ContentProblem[] {
  return entries
    .filter((entry) => entry.type === 'services' && entry.id.split('/')[0] === SERVICE_GROUPS_FOLDER)
    .map((entry) => ({
      file: entry.file,
      field: '',
      message: `would be published at /services/${entry.id}/, but /services/${SERVICE_GROUPS_FOLDER}/ holds the directory's groups of services (such as ${serviceGroupAddress('berkshire')}): rename the file, for example to the service's name`,
    }));
}

/** Names in one piece of content that match no other piece: a right, a glossary term, a service. */
function brokenReferences(entries: readonly ValidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const reference of contentReferences) {
    const known = new Set(
      entries
        .filter((entry) => entry.type === reference.to)
        .map((entry) => (reference.key === 'slug' ? String(entry.data['slug']) : entry.fileName)),
    );
    for (const entry of entries.filter((candidate) => candidate.type === reference.from)) {
      const names = entry.data[reference.field];
      if (!Array.isArray(names)) continue;
      names.forEach((name, index) => {
        if (!known.has(String(name))) {
          const folder = contentTypes[reference.to].folder;
          problems.push({
            file: entry.file,
            field: `${reference.field}[${index}]`,
            message: `names the ${reference.noun} "${String(name)}", but there is no ${reference.noun} with that name in content/${folder}`,
          });
        }
      });
    }
  }
  return problems;
}

/** One line per problem: `content/services/hub.md: field "phone" must be a phone number`. */
export function describeProblem(problem: ContentProblem): string {
  return problem.field
    ? `${problem.file}: field "${problem.field}" ${problem.message}`
    : `${problem.file} ${problem.message}`;
}

export class InvalidContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `The site was not built because ${problems.length === 1 ? 'one content file has a problem' : `content files have ${problems.length} problems`}. Fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n` +
        problems.map((problem) => `  - ${describeProblem(problem)}`).join('\n'),
    );
    this.name = 'InvalidContentError';
    this.problems = problems;
  }
}

/** Addresses of pages in content/pages marked `hidden: true`, to keep them out of the sitemap. */
export function hiddenPagePaths(contentRoot: string): string[] {
  const folder = path.resolve(contentRoot, contentTypes.pages.folder);
  return globSync(contentTypes.pages.pattern, { cwd: folder })
    .filter((relative) => {
      const data = readData(readFileSync(path.join(folder, relative), 'utf8'), relative) as { hidden?: unknown };
      return data?.hidden === true;
    })
    .map((relative) =>
      pageAddress(
        relative
          .replace(/\.mdx?$/, '')
          .split(path.sep)
          .join('/'),
      ),
    );
}
