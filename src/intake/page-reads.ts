/**
 * Which answers of the site server count as someone reading a page (issue 17's private counts), and which page.
 *
 * Only a person's browser fetching a page counts: not a file, an asset, the intake, the content editor or the hub
 * page; not a browser that asks not to be tracked (Global Privacy Control or Do Not Track); not a page fetched in
 * case it is wanted (prefetch, prerender); not a crawler, a tool or the site's own checks (Playwright's
 * HeadlessChrome, Lighthouse, curl, Node's fetch), which `isbot` knows. Nothing of the request is kept but the
 * page's path: the decision reads the headers and forgets them.
 */
import { isbot } from 'isbot';
import { SITE_PATH } from '../shared/site-path.ts';

/**
 * How long the counts are kept: a year and a month, so the comms team can compare a month with the same month a year
 * before, as for page feedback.
 */
export const KEEP_PAGE_READS_DAYS = 400;

/** What the decision needs of one answer. */
export interface ServedAnswer {
  method: string;
  /** The path as the server read it: decoded, without the query. */
  path: string;
  status: number;
  /** The answer's Content-Type, if it has one. */
  contentType: string | undefined;
  /** The request's headers, names in lower case, as Node gives them. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** Paths that are not pages people read: the intake, the content editor, the hub page, the search index. */
const NOT_PAGES = ['/api/', '/admin/', '/hub/', '/pagefind/', '/_astro/'];

/** The site's "page not found" page, which is served under any address that has no page. */
const NOT_FOUND_PAGES = new Set(['/404/', '/404.html']);

/** A header's value as one string (Node gives repeated headers as a list). */
function header(headers: ServedAnswer['headers'], name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim();
}

/**
 * The page a path is for, as the site serves it: "/about/index.html" is "/about/". Undefined when the path is not a
 * page (a file such as /feed.xml or /favicon.svg, the intake, the editor, the hub page).
 */
export function pageOf(path: string): string | undefined {
  const page = path.replace(/(^|\/)index\.html$/, '$1') || '/';
  if (!page.startsWith('/') || NOT_PAGES.some((prefix) => page === prefix.slice(0, -1) || page.startsWith(prefix)))
    return undefined;
  if (NOT_FOUND_PAGES.has(page)) return undefined;
  const lastSegment = page.slice(page.lastIndexOf('/') + 1);
  // A file with an extension is not a page, unless it is an HTML file.
  if (lastSegment.includes('.') && !lastSegment.endsWith('.html')) return undefined;
  return page;
}

/** Whether the browser asks not to be tracked: Global Privacy Control (Sec-GPC: 1) or Do Not Track (DNT: 1). */
export function asksNotToBeTracked(headers: ServedAnswer['headers']): boolean {
  return header(headers, 'sec-gpc') === '1' || header(headers, 'dnt') === '1';
}

/** Whether the page was fetched in case it is wanted (prefetch, prerender), not because someone opened it. */
export function isSpeculative(headers: ServedAnswer['headers']): boolean {
  return ['sec-purpose', 'purpose', 'x-purpose', 'x-moz'].some((name) =>
    /prefetch|prerender|preview/i.test(header(headers, name)),
  );
}

/** Whether a request comes from a crawler, a tool or a check rather than a person's browser; no user agent counts as one. */
export function isMachine(headers: ServedAnswer['headers']): boolean {
  const userAgent = header(headers, 'user-agent');
  return userAgent === '' || isbot(userAgent);
}

/**
 * The page read, when an answer counts as someone reading a page; undefined when it does not. A page is read when a
 * browser asked for it with GET and was given it (200, as HTML) or told its copy is still current (304: the
 * browser shows the page again from its cache, and pages are always checked with the server first).
 */
export function countableRead(answer: ServedAnswer): string | undefined {
  if (answer.method !== 'GET') return undefined;
  const isHtml = (answer.contentType ?? '').toLowerCase().startsWith('text/html');
  // A 304 carries no Content-Type: the path says whether it is a page.
  if (!((answer.status === 200 && isHtml) || answer.status === 304)) return undefined;
  const page = pageOf(answer.path);
  if (page === undefined) return undefined;
  if (asksNotToBeTracked(answer.headers) || isSpeculative(answer.headers) || isMachine(answer.headers))
    return undefined;
  return page;
}

/** Whether an answer counts as someone reading a page. */
export function isCountableRead(answer: ServedAnswer): boolean {
  return countableRead(answer) !== undefined;
}

/** Where the site's pages send a read when the site is on a static host (a same-origin beacon): the page only. */
export const PAGE_READS_PATH = '/api/reads';

/**
 * The page a beacon says was read, when it counts (the same rules as a page served: not a browser asking not to be
 * tracked, not a prefetch, not a machine, only a page); undefined when it does not.
 */
export function countableBeacon(body: unknown, headers: ServedAnswer['headers']): string | undefined {
  const sent = body && typeof body === 'object' && !Array.isArray(body) ? (body as { page?: unknown }).page : undefined;
  if (typeof sent !== 'string' || !SITE_PATH.test(sent)) return undefined;
  if (asksNotToBeTracked(headers) || isSpeculative(headers) || isMachine(headers)) return undefined;
  return pageOf(sent);
}
