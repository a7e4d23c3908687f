/** Which answers count as someone reading a page, rule by rule. */
import { describe, expect, it } from 'vitest';
import { countableBeacon, countableRead, isCountableRead, pageOf, type ServedAnswer } from './page-reads.ts';

const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const DESKTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** A person's phone reading /your-rights/, changed as a test says. */
function answer(change: Partial<ServedAnswer> = {}): ServedAnswer {
  return {
    method: 'GET',
    path: '/your-rights/',
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: { 'user-agent': PHONE, accept: 'text/html' },
    ...change,
  };
}

const withHeaders = (headers: ServedAnswer['headers']) => answer({ headers: { 'user-agent': PHONE, ...headers } });

describe('a page read', () => {
  it('is a browser given a page with GET', () => {
    expect(countableRead(answer())).toBe('/your-rights/');
    expect(countableRead(answer({ headers: { 'user-agent': DESKTOP } }))).toBe('/your-rights/');
    expect(countableRead(answer({ path: '/' }))).toBe('/');
    expect(countableRead(answer({ path: '/pl/refer/' }))).toBe('/pl/refer/');
  });

  it('is a page the browser already had and was told is still current (304, with no Content-Type)', () => {
    expect(countableRead(answer({ status: 304, contentType: undefined }))).toBe('/your-rights/');
    expect(isCountableRead(answer({ status: 304, contentType: undefined, path: '/feed.xml' }))).toBe(false);
  });

  it('is counted at the page’s own address: /about/index.html is /about/', () => {
    expect(countableRead(answer({ path: '/about/index.html' }))).toBe('/about/');
    expect(countableRead(answer({ path: '/index.html' }))).toBe('/');
    expect(countableRead(answer({ path: '/old-page.html' }))).toBe('/old-page.html');
  });
});

describe('not a page read', () => {
  it('is any method but GET', () => {
    for (const method of ['HEAD', 'POST', 'OPTIONS', 'PUT'])
      expect(isCountableRead(answer({ method })), method).toBe(false);
  });

  it('is an answer other than the page: not found, a redirect, an error', () => {
    for (const status of [404, 301, 302, 400, 403, 500, 503, 206])
      expect(isCountableRead(answer({ status })), String(status)).toBe(false);
  });

  it('is anything but HTML', () => {
    for (const contentType of ['application/json', 'text/plain; charset=utf-8', 'application/rss+xml', undefined])
      expect(isCountableRead(answer({ contentType })), String(contentType)).toBe(false);
    expect(isCountableRead(answer({ contentType: 'TEXT/HTML' }))).toBe(true);
  });

  it('is the intake, the content editor, the hub page, the search index or a build asset', () => {
    for (const path of ['/api/health', '/admin/', '/admin', '/hub/', '/pagefind/pagefind.js', '/_astro/x.html'])
      expect(isCountableRead(answer({ path })), path).toBe(false);
  });

  it('is a file that is not an HTML page, and the page-not-found page', () => {
    for (const path of ['/feed.xml', '/favicon.svg', '/robots.txt', '/services/directory.json', '/404.html', '/404/'])
      expect(isCountableRead(answer({ path })), path).toBe(false);
  });

  it('is a browser sending Global Privacy Control (Sec-GPC: 1)', () => {
    expect(isCountableRead(withHeaders({ 'sec-gpc': '1' }))).toBe(false);
    expect(isCountableRead(withHeaders({ 'sec-gpc': ' 1 ' }))).toBe(false);
    expect(isCountableRead(withHeaders({ 'sec-gpc': '0' }))).toBe(true);
  });

  it('is a browser sending Do Not Track (DNT: 1)', () => {
    expect(isCountableRead(withHeaders({ dnt: '1' }))).toBe(false);
    expect(isCountableRead(withHeaders({ dnt: '0' }))).toBe(true);
  });

  it('is a page fetched in case it is wanted: prefetch or prerender', () => {
    for (const headers of [
      { 'sec-purpose': 'prefetch' },
      { 'sec-purpose': 'prefetch;prerender' },
      { purpose: 'prefetch' },
      { 'x-moz': 'prefetch' },
      { 'x-purpose': 'preview' },
    ])
      expect(isCountableRead(withHeaders(headers)), JSON.stringify(headers)).toBe(false);
  });

  it('is a crawler, a tool or the site’s own checks (Playwright, Lighthouse, curl, Node’s fetch)', () => {
    for (const userAgent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
      'curl/8.5.0',
      'node',
      'Wget/1.21.4',
      'python-requests/2.32.3',
    ])
      expect(isCountableRead(answer({ headers: { 'user-agent': userAgent } })), userAgent).toBe(false);
  });

  it('is a request with no user agent', () => {
    expect(isCountableRead(answer({ headers: {} }))).toBe(false);
    expect(isCountableRead(answer({ headers: { 'user-agent': '  ' } }))).toBe(false);
  });
});

describe('the page counted', () => {
  it('is a path only: pages, never files or the site’s own areas', () => {
    expect(pageOf('/criminal-justice/glossary/')).toBe('/criminal-justice/glossary/');
    expect(pageOf('/admin/index.html')).toBeUndefined();
    expect(pageOf('/feed.xml')).toBeUndefined();
    expect(pageOf('relative/')).toBeUndefined();
  });
});

describe('page reads sent by the pages themselves (a static host)', () => {
  const browser = {
    'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
  };

  it('counts the page a browser says it showed, by the same rules as a page served', () => {
    expect(countableBeacon({ page: '/your-rights/' }, browser)).toBe('/your-rights/');
    expect(countableBeacon({ page: '/pl/index.html' }, browser)).toBe('/pl/');
    expect(countableBeacon({ page: '/your-rights/' }, { ...browser, 'sec-gpc': '1' })).toBeUndefined();
    expect(countableBeacon({ page: '/your-rights/' }, { ...browser, dnt: '1' })).toBeUndefined();
    expect(countableBeacon({ page: '/your-rights/' }, { 'user-agent': 'curl/8.5.0' })).toBeUndefined();
    expect(countableBeacon({ page: '/your-rights/' }, {})).toBeUndefined();
  });

  it('counts nothing that is not a page on this site', () => {
    for (const page of ['//evil.example/', 'https://evil.example/', '/a?b=1', '/favicon.svg', '/api/feedback', 42, ''])
      expect(countableBeacon({ page }, browser), String(page)).toBeUndefined();
    expect(countableBeacon(['/'], browser)).toBeUndefined();
    expect(countableBeacon(undefined, browser)).toBeUndefined();
  });
});
