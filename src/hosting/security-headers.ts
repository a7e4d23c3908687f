/**
 * The HTTP headers the site is served with. One definition feeds the local
 * server (npm start) and the _headers file for static hosts, so what is
 * tested locally is what production sends.
 *
 * Public pages get a strict policy. The content editor at /admin/ gets its
 * own: Decap CMS needs inline styles and compiles its validators at run time,
 * and it talks to the Git host and, on a workstation, to decap-server. The
 * hub page at /hub/, where hub staff open referrals, gets the strictest: it
 * loads nothing but its own script and styles and talks only to the intake.
 */

export interface SecurityHeaderOptions {
  /** Where the referral form posts: a path on this site, or another origin's URL. */
  referralEndpoint: string;
  /** The Git host origins the content editor talks to (its API and login). */
  cmsOrigins?: readonly string[];
  /** decap-server on a workstation, for `npm run cms`. */
  cmsLocalBackend?: string;
}

/** The address under which the content editor lives. */
export const ADMIN_PATH = '/admin/';
/** The address of the hub page, where hub staff collect referrals. */
export const HUB_PATH = '/hub/';

/** The intake's origin when it is not this site: the form posts there, and the hub page collects from there. */
function extraFormOrigin(endpoint: string): string | undefined {
  if (!/^https:\/\//.test(endpoint)) return undefined;
  return new URL(endpoint).origin;
}

/**
 * A strict policy: everything from this site only, no inline scripts or
 * styles, no frames, no plugins. Pagefind's search runs WebAssembly, which
 * needs 'wasm-unsafe-eval' (it does not allow JavaScript eval).
 */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const formOrigin = extraFormOrigin(options.referralEndpoint);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    // The form's script sends to the intake: on another host, that host too.
    `connect-src 'self'${formOrigin ? ` ${formOrigin}` : ''}`,
    `form-action 'self'${formOrigin ? ` ${formOrigin}` : ''}`,
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}

/**
 * The content editor's policy. Still only this site's own scripts, but
 * Decap needs 'unsafe-eval' (its form validation compiles code) and inline
 * styles (its components inject them), blob: frames for previews, and
 * connections to the Git host and to decap-server.
 */
export function adminContentSecurityPolicy(options: SecurityHeaderOptions): string {
  const remote = [...(options.cmsOrigins ?? [])];
  const connect = ["'self'", ...(options.cmsLocalBackend ? [options.cmsLocalBackend] : []), ...remote];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    [
      "img-src 'self' data: blob:",
      ...remote,
      ...(remote.includes('https://api.github.com') ? ['https://avatars.githubusercontent.com'] : []),
    ].join(' '),
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'self' blob:",
    "base-uri 'none'",
    "object-src 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}

/**
 * The hub page's policy: nothing but this site's own script (with WebAssembly, which libsodium runs on) and styles,
 * requests only to this site and the intake, no forms, frames or plugins. The page opens people's referrals, so
 * nothing else may run on it or read from it.
 */
export function hubContentSecurityPolicy(options: SecurityHeaderOptions): string {
  const intakeOrigin = extraFormOrigin(options.referralEndpoint);
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src 'self'${intakeOrigin ? ` ${intakeOrigin}` : ''}`,
    "form-action 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers for every response, whatever the path. */
function commonHeaders(): Record<string, string> {
  return {
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy':
      'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  };
}

/** What public pages add: the strict policy, and no link to any window that opened them. */
function publicOnlyHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(options), 'Cross-Origin-Opener-Policy': 'same-origin' };
}

/** What the content editor adds: its policy, pop-ups for the Git host's login, and no caching or indexing. */
function adminOnlyHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': adminContentSecurityPolicy(options),
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'X-Robots-Tag': 'noindex, nofollow',
    'Cache-Control': 'no-store',
  };
}

/** What the hub page adds: its policy, no link to any window that opened it, and no caching or indexing. */
function hubOnlyHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': hubContentSecurityPolicy(options),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Robots-Tag': 'noindex, nofollow',
    'Cache-Control': 'no-store',
  };
}

/** The headers for public pages. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return { ...publicOnlyHeaders(options), ...commonHeaders() };
}

/** The headers for the content editor. */
export function adminSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return { ...adminOnlyHeaders(options), ...commonHeaders() };
}

/** The headers for the hub page. */
export function hubSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return { ...hubOnlyHeaders(options), ...commonHeaders() };
}

/** Whether a path is a staff area's ("/admin/…"), or its address without the slash ("/admin"). */
const isUnder = (area: string, pathname: string) => pathname === area.slice(0, -1) || pathname.startsWith(area);

/**
 * The headers for a request path. The intake's answers (/api/) are never stored: Back must not bring back someone's
 * answers.
 */
export function headersForPath(pathname: string, options: SecurityHeaderOptions): Record<string, string> {
  if (isUnder(ADMIN_PATH, pathname)) return adminSecurityHeaders(options);
  if (isUnder(HUB_PATH, pathname)) return hubSecurityHeaders(options);
  return pathname.startsWith('/api/')
    ? { ...securityHeaders(options), 'Cache-Control': 'no-store' }
    : securityHeaders(options);
}

/**
 * The headers as a Netlify / Cloudflare Pages `_headers` file. Those hosts
 * apply every rule that matches a path and join repeated headers, so the
 * public, admin and hub policies must never match the same path: the public
 * one is given per top-level entry of the built site (`entries`, such as
 * "about", "_astro" or "robots.txt"), and /admin/ and /hub/ get their own.
 */
export function headersFile(options: SecurityHeaderOptions, entries: readonly string[]): string {
  const block = (paths: string[], headers: Record<string, string>) =>
    paths.flatMap((path) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)]);
  const admin = ADMIN_PATH.slice(0, -1);
  const hub = HUB_PATH.slice(0, -1);
  const publicPaths = entries
    .filter((entry) => ![admin, hub].includes(`/${entry}`))
    .filter((entry) => !entry.startsWith('_headers') && !entry.startsWith('_redirects'))
    .sort()
    .flatMap((entry) => (entry.includes('.') ? [`/${entry}`] : [`/${entry}`, `/${entry}/*`]));
  return [
    '# Security headers. Generated by the build from src/hosting/security-headers.ts: edit that, not this.',
    '# For every path:',
    ...block(['/*'], commonHeaders()),
    '# Public pages, path by path (hosts join repeated headers, so no rule here may match the content editor or the hub page):',
    ...block(['/', ...publicPaths], publicOnlyHeaders(options)),
    '# The content editor:',
    ...block([admin, `${admin}/*`], adminOnlyHeaders(options)),
    '# The hub page, where hub staff collect referrals:',
    ...block([hub, `${hub}/*`], hubOnlyHeaders(options)),
    '',
  ].join('\n');
}
