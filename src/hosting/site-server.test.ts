/** The local server serves a built site the way a production host would. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSecurityHeaders, headersForPath, securityHeaders } from './security-headers.ts';
import { projectSecurityOptions } from './security-options.ts';
import { readSettingsFile } from '../content-model/settings-file.ts';
import { createSiteServer, decodedPath } from './site-server.ts';
import { itAnswersSafelyBeforeAnyRoute, TEST_TIMEOUTS } from '../../tests/support/server-safety-checks.ts';

/**
 * A built site with a home page, a page, pack sections (one translated, one with an old address), the content
 * editor, a feed, assets and a 404 page, in a new folder.
 */
function builtSite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'vf-dist-'));
  const write = (file: string, body: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), body);
  };
  write('index.html', '<h1>Home</h1>');
  write('about/index.html', '<h1>About</h1>');
  write('admin/index.html', '<title>Content editor</title>');
  write('hub/index.html', '<title>Hub page</title>');
  write('404.html', '<h1>Page not found</h1>');
  write('_astro/site.abc123.css', 'body{}');
  write('vip/index.html', '<h1>The pack</h1>');
  write('vip/burglary/index.html', '<h1>Burglary</h1>');
  write('vip/fraud/index.html', '<h1>Fraud</h1>');
  // The build leaves a page at an old address too, for hosts without _redirects.
  write('vip/scams/index.html', '<meta http-equiv="refresh" content="0;url=/vip/fraud/">');
  write('vip/after-reporting/index.html', '<h1>After you report a crime</h1>');
  write('pl/vip/after-reporting/index.html', '<h1>Po zgłoszeniu przestępstwa</h1>');
  write('services/index.html', '<h1>Services</h1>');
  write('feed.xml', '<rss></rss>');
  write('_astro/Page.AbC123.js', 'export {};');
  write('pagefind/pagefind-entry.json', '{}');
  write('_redirects', '/vip/scams/ /vip/fraud/ 301\n/vip/scams /vip/fraud/ 301\n/help-after-crime/ /services/ 301\n');
  write('_headers', '/*\n  X-Test: 1\n');
  write('.secret', 'hidden');
  return root;
}

describe('the local site server', () => {
  let root: string;
  let app: FastifyInstance;
  const expected = securityHeaders({ referralEndpoint: readSettingsFile().referral.endpoint });

  beforeAll(async () => {
    root = builtSite();
    app = await createSiteServer({ root });
  });

  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves pages with every security header', async () => {
    const response = await app.inject({ url: '/about/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('About');
    for (const [name, value] of Object.entries(expected)) expect(response.headers[name.toLowerCase()]).toBe(value);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('serves the content editor with its own policy, kept out of search engines and caches', async () => {
    const response = await app.inject({ url: '/admin/' });
    const admin = adminSecurityHeaders(projectSecurityOptions());
    expect(response.headers['content-security-policy']).toBe(admin['Content-Security-Policy']);
    expect(response.headers['content-security-policy']).not.toBe(expected['Content-Security-Policy']);
    expect(response.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves the content editor with its own headers however its address is written', async () => {
    const admin = adminSecurityHeaders(projectSecurityOptions());
    for (const url of ['/%61dmin/', '/about/%2e%2e/admin/', '/./admin/', '/%61dmin/index.html']) {
      const response = await app.inject({ url });
      expect(response.body, url).toContain('Content editor');
      expect(response.headers['content-security-policy'], url).toBe(admin['Content-Security-Policy']);
      expect(response.headers['cache-control'], url).toBe('no-store');
      expect(response.headers['x-robots-tag'], url).toBe('noindex, nofollow');
    }
  });

  it('serves the hub page with its own, strictest policy however its address is written', async () => {
    const hub = headersForPath('/hub/', projectSecurityOptions());
    expect(hub['Content-Security-Policy']).not.toBe(expected['Content-Security-Policy']);
    for (const url of ['/%68ub/', '/%68%75%62/index.html', '/about/../hub/']) {
      const response = await app.inject({ url });
      expect(response.body, url).toContain('Hub page');
      expect(response.headers['content-security-policy'], url).toBe(hub['Content-Security-Policy']);
    }
  });

  it('answers an address that cannot be decoded with 400, its headers, and nothing of the address', async () => {
    for (const url of ['/%', '/about/%E0%A4%A', '/%3Cb%3Eplanted-words%']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-security-policy'], url).toBe(expected['Content-Security-Policy']);
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.body, url).toBe('The request could not be read.');
    }
  });

  it('answers a method it does not serve with the site’s 404 page and its headers', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/about/' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Page not found');
    expect(response.headers['content-security-policy']).toBe(expected['Content-Security-Policy']);
  });

  it('sends addresses without their final slash to the page', async () => {
    const response = await app.inject({ url: '/about' });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/about/');
  });

  it('answers unknown addresses with the site’s own 404 page, headers included', async () => {
    const response = await app.inject({ url: '/no-such-page/' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Page not found');
    expect(response.headers['content-security-policy']).toBe(expected['Content-Security-Policy']);
  });

  it('does not serve the host’s _headers or _redirects files, or hidden files', async () => {
    expect((await app.inject({ url: '/_headers' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/_redirects' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/.secret' })).statusCode).not.toBe(200);
  });

  it('lets browsers keep hashed assets, and makes them check pages', async () => {
    expect((await app.inject({ url: '/_astro/site.abc123.css' })).headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/' })).headers['cache-control']).toBe('no-cache');
  });

  it('refuses to start without a built site, saying what to do', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'vf-empty-'));
    await expect(createSiteServer({ root: empty })).rejects.toThrow('Run "npm run build" first');
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('the path the headers are chosen for', () => {
  it('is the path the file server reads: decoded, with dot segments resolved', () => {
    expect(decodedPath('/%61dmin/?x=1')).toBe('/admin/');
    expect(decodedPath('/about/%2e%2e/admin/')).toBe('/admin/');
    expect(decodedPath('//admin/')).toBe('/admin/');
    // An encoded slash is not a slash to the router, so it is not one here either.
    expect(decodedPath('/about%2f..%2fadmin/')).toBe('/about%2F..%2Fadmin/');
    expect(decodedPath('/%2561dmin/')).toBe('/%61dmin/');
    expect(decodedPath('/%')).toBeUndefined();
  });
});

describe('the local site server, listening', () => {
  let root: string;
  let app: FastifyInstance;
  let port: number;
  const expected = securityHeaders({ referralEndpoint: readSettingsFile().referral.endpoint });

  beforeAll(async () => {
    root = builtSite();
    app = await createSiteServer({ root, timeouts: TEST_TIMEOUTS });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** The first answer to a GET, not following any redirect. */
  const get = (address: string, method = 'GET') =>
    fetch(`http://127.0.0.1:${port}${address}`, { method, redirect: 'manual' });

  it('sends any capitalisation of an address to the page with a 301, keeping the query string', async () => {
    for (const [typed, canonical] of [
      ['/VIP/burglary/', '/vip/burglary/'],
      ['/vip/Burglary/', '/vip/burglary/'],
      ['/Vip/burglary/', '/vip/burglary/'],
      ['/VIP/BURGLARY', '/vip/burglary/'],
      ['/Vip/After-Reporting', '/vip/after-reporting/'],
      ['/VIP/', '/vip/'],
      ['/PL/VIP/After-Reporting/', '/pl/vip/after-reporting/'],
      ['/Feed.xml', '/feed.xml'],
      ['/VIP/Burglary/?from=leaflet&lang=en', '/vip/burglary/?from=leaflet&lang=en'],
    ] as const) {
      const response = await get(typed);
      expect(response.status, typed).toBe(301);
      expect(response.headers.get('location'), typed).toBe(canonical);
      expect(response.headers.get('content-security-policy'), typed).toBe(expected['Content-Security-Policy']);
    }
    const page = await fetch(`http://127.0.0.1:${port}/Vip/Burglary`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Burglary');
    expect((await get('/VIP/burglary/', 'HEAD')).status).toBe(301);
  });

  it('sends an old address, in any capitals, straight to its new page, keeping the query string', async () => {
    for (const [typed, canonical] of [
      ['/vip/scams/', '/vip/fraud/'],
      ['/vip/scams', '/vip/fraud/'],
      ['/VIP/Scams', '/vip/fraud/'],
      ['/Help-After-Crime/?area=berkshire', '/services/?area=berkshire'],
    ] as const) {
      const response = await get(typed);
      expect(response.status, typed).toBe(301);
      expect(response.headers.get('location'), typed).toBe(canonical);
    }
  });

  it('leaves unknown addresses, build assets and the search index as they are', async () => {
    for (const unknown of [
      '/VIP/no-such-section/',
      '/vip/burglary/more/',
      '/_ASTRO/Page.AbC123.js',
      '/_astro/page.abc123.js',
    ])
      expect((await get(unknown)).status, unknown).toBe(404);
    expect((await get('/_astro/Page.AbC123.js')).status).toBe(200);
    expect((await get('/pagefind/pagefind-entry.json')).status).toBe(200);
    expect((await get('/Pagefind/pagefind-entry.json')).status).toBe(404);
    // Only reading is redirected: a form sent to the wrong capitals is not sent on.
    expect((await get('/VIP/burglary/', 'POST')).status).toBe(404);
  });

  // Answers made before any route runs carry the headers of an error: the site's, never to be kept.
  itAnswersSafelyBeforeAnyRoute(() => ({
    port,
    getPath: '/about/',
    postPath: '/about/',
    postType: 'text/plain',
    headers: { ...expected, 'Cache-Control': 'no-store' },
  }));
});
