/** The local server serves a built site the way a production host would. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSecurityHeaders, securityHeaders } from './security-headers.ts';
import { projectSecurityOptions } from './security-options.ts';
import { readSettingsFile } from '../content-model/settings-file.ts';
import { createSiteServer } from './site-server.ts';

describe('the local site server', () => {
  let root: string;
  let app: FastifyInstance;
  const expected = securityHeaders({ referralEndpoint: readSettingsFile().referral.endpoint });

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'vf-dist-'));
    const write = (file: string, body: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), body);
    };
    write('index.html', '<h1>Home</h1>');
    write('about/index.html', '<h1>About</h1>');
    write('admin/index.html', '<title>Content editor</title>');
    write('404.html', '<h1>Page not found</h1>');
    write('_astro/site.abc123.css', 'body{}');
    write('_headers', '/*\n  X-Test: 1\n');
    write('.secret', 'hidden');
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

  it('does not serve the host’s _headers file or hidden files', async () => {
    expect((await app.inject({ url: '/_headers' })).statusCode).toBe(404);
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
