/**
 * Serves the built site (dist/) the way a production static host would:
 * with the security headers, directory addresses ending in "/", redirects
 * from old addresses and from any capitalisation of an address, and the
 * site's own 404 page; and, when asked, the hub intake at /api/, and a count
 * of how many times each page is read each day (nothing about who read it).
 *
 * Every answer carries the headers for its path, including those the
 * framework or Node's HTTP parser makes before any route runs, and no error
 * repeats the address; slow clients are disconnected.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TrustProxy } from '../intake/config.ts';
import { registerIntake, type IntakeOptions } from '../intake/intake.ts';
import { plainMessage, safeServerOptions, SERVER_TIMEOUTS, type ServerTimeouts } from '../intake/server-safety.ts';
import { CASE_SENSITIVE_FOLDERS, canonicalAddressFinder, withQuery } from './canonical-address.ts';
import { tallyWrittenByServer, type CountReadsOptions } from '../intake/page-read-tally.ts';
import { countableRead } from '../intake/page-reads.ts';
import { PUBLISHED_OUTSIDE_SITEMAP } from './published-urls.ts';
import { parseRedirectsFile } from './redirects.ts';
import { headersForPath, securityHeaders, type SecurityHeaderOptions } from './security-headers.ts';
import { projectSecurityOptions } from './security-options.ts';

export interface SiteServerOptions {
  /** The built site. */
  root: string;
  logger?: boolean;
  /** Run the hub intake on the same server, at /api/. */
  intake?: IntakeOptions;
  /** Which proxies to believe about who is sending (TRUST_PROXY): none unless given. */
  trustProxy?: TrustProxy;
  /** How long requests may take: tests make them short. */
  timeouts?: ServerTimeouts;
  /** Count how many times each page is read each day, into this store (settings: insight.countPageReads). */
  countReads?: CountReadsOptions;
}

export async function createSiteServer({
  root,
  logger = false,
  intake,
  trustProxy = false,
  timeouts = SERVER_TIMEOUTS,
  countReads,
}: SiteServerOptions): Promise<FastifyInstance> {
  const distRoot = path.resolve(root);
  if (!existsSync(path.join(distRoot, 'index.html'))) {
    throw new Error(`There is no built site in ${distRoot}. Run "npm run build" first.`);
  }
  const options = projectSecurityOptions();
  const errorHeaders = headersForErrors(options);

  const app = Fastify({
    logger,
    trustProxy,
    ...safeServerOptions(() => errorHeaders, timeouts),
  });

  addHeadersForEachPath(app, options, errorHeaders);
  if (countReads) countPageReads(app, countReads);
  if (intake) await registerIntake(app, intake);
  addRedirects(app, distRoot);
  await serveFiles(app, distRoot);
  answerMissingAndFailedPlainly(app, path.join(distRoot, '404.html'));
  return app;
}

/**
 * The path a request is for, as the file server will read it: percent-decoded ("/%61dmin/" is "/admin/") and with
 * "." and ".." segments resolved, so the headers are chosen for the file actually served. An encoded "/" (%2F) is
 * kept encoded, as the router keeps it. Undefined when the path cannot be decoded.
 */
export function decodedPath(url: string): string | undefined {
  const rawPath = url.split(/[?#]/, 1)[0] ?? '/';
  try {
    return path.posix.normalize(decodeURIComponent(rawPath.replace(/%2f/gi, '%252F')));
  } catch {
    return undefined;
  }
}

/** What answers made before any route runs (an address that cannot be read, a request too slow) carry. */
function headersForErrors(options: SecurityHeaderOptions): Record<string, string> {
  return { ...securityHeaders(options), 'Cache-Control': 'no-store' };
}

/**
 * Every answer gets the headers for the path it serves (decoded, as the file server reads it); a path that cannot
 * be decoded is answered 400 at once.
 */
function addHeadersForEachPath(
  app: FastifyInstance,
  options: SecurityHeaderOptions,
  errorHeaders: Record<string, string>,
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (decodedPath(request.url) === undefined)
      await reply.code(400).type('text/plain; charset=utf-8').send(plainMessage(400));
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const pathname = decodedPath(request.url);
    reply.headers(pathname === undefined ? errorHeaders : headersForPath(pathname, options));
    return payload;
  });
}

/**
 * Each answer that is someone reading a page (src/intake/page-reads.ts) adds one to that page's count for the UK day,
 * in memory; the counts are written to the store every minute and when the server closes. So a page view never waits
 * for a disk, and the store learns only how many times each page was read each day, never when or by whom: no
 * address, user agent or cookie is kept (the headers are read to decide, then forgotten).
 */
function countPageReads(app: FastifyInstance, options: CountReadsOptions) {
  const { tally, now } = tallyWrittenByServer(app, options);
  app.addHook('onResponse', async (request, reply) => {
    const page = countableRead({
      method: request.method,
      path: decodedPath(request.url) ?? '',
      status: reply.statusCode,
      contentType: reply.getHeader('content-type')?.toString(),
      headers: request.headers,
    });
    if (page !== undefined) tally.add(page, now());
  });
}

/**
 * Old and extra addresses answer with a permanent redirect, as a static host does from _redirects; and so does
 * any capitalisation of a page's address or an old one (/VIP/Burglary to /vip/burglary/), keeping the query
 * string, because people type printed addresses into phones that add capitals.
 */
function addRedirects(app: FastifyInstance, distRoot: string): void {
  const redirectsPath = path.join(distRoot, '_redirects');
  const redirects = existsSync(redirectsPath)
    ? parseRedirectsFile(readFileSync(redirectsPath, 'utf8'))
    : new Map<string, string>();
  const findAddress = canonicalAddressFinder(
    siteAddresses(distRoot),
    [...redirects].map(([from, to]) => ({ from, to })),
  );
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const pathname = decodedPath(request.url);
    const target = pathname === undefined ? undefined : findAddress(pathname);
    if (target) await reply.redirect(withQuery(encodeURI(target), request.url), 301);
  });
}

/**
 * The built site's own addresses: each page (a folder with an index.html), and the published files that are not
 * pages, such as /feed.xml. Build assets and the search index are left out.
 */
function siteAddresses(distRoot: string): string[] {
  const pages = readdirSync(distRoot, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .filter((address) => !CASE_SENSITIVE_FOLDERS.some((folder) => address.startsWith(folder)));
  const files = PUBLISHED_OUTSIDE_SITEMAP.filter((address) => existsSync(path.join(distRoot, address)));
  return [...pages, ...files];
}

/** The built files, as a static host serves them. */
async function serveFiles(app: FastifyInstance, distRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distRoot,
    // "/about" redirects to "/about/", as static hosts do.
    redirect: true,
    index: ['index.html'],
    // The Brotli and gzip copies made at build time (precompress.ts), with Content-Encoding and Vary: Accept-Encoding.
    preCompressed: true,
    dotfiles: 'deny',
    // _headers and _redirects are for the host, not for visitors.
    allowedPath: (pathName) => !pathName.startsWith('/_headers') && !pathName.startsWith('/_redirects'),
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      // Hashed build assets never change; pages must always be fresh.
      const immutable = filePath.includes(`${path.sep}_astro${path.sep}`);
      reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/**
 * Unknown addresses (and methods) get the site's own 404 page; any other failure outside the intake a plain message.
 * Neither repeats the address.
 */
function answerMissingAndFailedPlainly(app: FastifyInstance, notFoundPage: string): void {
  app.setNotFoundHandler((_request, reply) => {
    const body = existsSync(notFoundPage) ? readFileSync(notFoundPage) : plainMessage(404);
    return reply.code(404).type('text/html; charset=utf-8').send(body);
  });
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    return reply.code(status).type('text/plain; charset=utf-8').send(plainMessage(status));
  });
}
