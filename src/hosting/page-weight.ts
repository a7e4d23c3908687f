/**
 * What a visitor's browser downloads for one built page on first load: the HTML, its stylesheets, the scripts it
 * starts with everything they import (not what they load later, on demand), and its pictures; each weighed as sent
 * (the Brotli copy where the build made one). For `npm run bench`'s budgets and the tests that keep the schema
 * library off pages that validate nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A file of the built site, by its address ("/_astro/enhance.js"). */
export interface Download {
  address: string;
  kind: 'page' | 'stylesheet' | 'script' | 'picture';
  /** Bytes on the wire: the Brotli copy's size where there is one. */
  bytes: number;
}

/** Static imports in a built chunk: `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`);

function tagsOf(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))].map((match) => match[0]);
}

/** The site's own addresses a page's HTML asks for at once. */
function firstRequests(html: string): { address: string; kind: Download['kind'] }[] {
  const own = (address: string | undefined) => (address?.startsWith('/') && !address.startsWith('//') ? address : '');
  const stylesheets = tagsOf(html, 'link')
    .filter((tag) => /\srel="stylesheet"/.test(tag))
    .map((tag) => own(ATTRIBUTE('href').exec(tag)?.[1]));
  const scripts = tagsOf(html, 'script').map((tag) => own(ATTRIBUTE('src').exec(tag)?.[1]));
  const pictures = tagsOf(html, 'img')
    .filter((tag) => !/\sloading="lazy"/.test(tag))
    .map((tag) => own(ATTRIBUTE('src').exec(tag)?.[1]));
  return [
    ...stylesheets.map((address) => ({ address, kind: 'stylesheet' as const })),
    ...scripts.map((address) => ({ address, kind: 'script' as const })),
    ...pictures.map((address) => ({ address, kind: 'picture' as const })),
  ].filter((request) => request.address);
}

/** How a file is sent: Brotli (what today's browsers get), gzip (what budgets are often given in), or as it is. */
export type Encoding = 'br' | 'gzip' | 'identity';

/** Bytes a file takes on the wire: its compressed copy where the build made one. */
export function bytesSent(file: string, encoding: Encoding = 'br'): number {
  const copy = encoding === 'br' ? `${file}.br` : encoding === 'gzip' ? `${file}.gz` : file;
  return existsSync(copy) ? statSync(copy).size : statSync(file).size;
}

/** Imports a built chunk makes only when its code asks: `import(\`./x.js\`)`. */
const ON_DEMAND_IMPORT = /\bimport\(\s*[`"'](\.{1,2}\/[^`"']+)[`"']\s*\)/g;

/**
 * Everything one built page downloads on first load, each file once; with `onDemand`, also every script it may load
 * later (what its scripts import when asked).
 */
export function firstLoad(
  distRoot: string,
  pageFile: string,
  { onDemand = false, encoding = 'br' as Encoding } = {},
): Download[] {
  const html = readFileSync(pageFile, 'utf8');
  const fileOf = (address: string) => path.join(distRoot, decodeURI(address.split(/[?#]/)[0] ?? ''));
  const downloads = new Map<string, Download>();
  downloads.set(pageFile, { address: pageFile, kind: 'page', bytes: bytesSent(pageFile, encoding) });
  const queue = firstRequests(html);
  for (let request = queue.shift(); request; request = queue.shift()) {
    const file = fileOf(request.address);
    if (downloads.has(request.address) || !existsSync(file)) continue;
    downloads.set(request.address, { ...request, bytes: bytesSent(file, encoding) });
    if (request.kind !== 'script') continue;
    const code = readFileSync(file, 'utf8');
    const imports = [...code.matchAll(STATIC_IMPORT), ...(onDemand ? code.matchAll(ON_DEMAND_IMPORT) : [])];
    for (const match of imports) {
      const address = path.posix.join(path.posix.dirname(request.address), match[1] ?? '');
      queue.push({ address, kind: 'script' });
    }
  }
  return [...downloads.values()];
}

/** Whether a built script is (or carries) the schema library, zod: its schemas name themselves "$ZodType" and so on. */
export function isSchemaLibrary(distRoot: string, script: Download): boolean {
  return readFileSync(path.join(distRoot, script.address), 'utf8').includes('$ZodType');
}

export const sumBytes = (downloads: readonly Download[]) => downloads.reduce((sum, file) => sum + file.bytes, 0);

/** Scripts of the features where people fill in or filter something: pages without one are held to 5 KB of script. */
const INTERACTIVE_SCRIPT = /\/_astro\/(Finder|SiteSearch|ReferralForm|HateCrimeReportForm)\.astro_/;

/** Whether a page's downloads include a form or finder, which do more than "Exit this page" and "open now". */
export function isInteractive(downloads: readonly Download[]): boolean {
  return downloads.some((download) => download.kind === 'script' && INTERACTIVE_SCRIPT.test(download.address));
}

/** The only pages that validate what people type in the browser: the referral form and the hate crime report. */
export const VALIDATING_PAGE = /^\/([a-z]{2}\/)?(refer|report-hate-crime)\/$/;
