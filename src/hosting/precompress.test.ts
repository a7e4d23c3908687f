/** The Brotli and gzip copies the build makes, and how the local server sends them. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from './precompress.ts';
import { createSiteServer } from './site-server.ts';

const PAGE = `<!doctype html><html lang="en"><title>Burglary</title><h1>Burglary</h1>${'<p>What happens after a burglary, and who can help you.</p>'.repeat(200)}`;

describe('pre-compressed copies of the built site', () => {
  let root: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'vf-compressed-'));
    const write = (file: string, body: string | Buffer) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), body);
    };
    write('index.html', PAGE);
    write('vip/burglary/index.html', PAGE);
    write('_astro/page.abc.js', 'export const words = "hello";'.repeat(50));
    write('tiny.txt', 'a');
    write('images/picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array(500).fill(0)]));
    write('404.html', '<h1>Page not found</h1>');
    await precompressFolder(root);
    app = await createSiteServer({ root });
  });

  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes a Brotli and a gzip copy of each text file, holding the same bytes', () => {
    const page = readFileSync(path.join(root, 'vip/burglary/index.html'));
    expect(brotliDecompressSync(readFileSync(path.join(root, 'vip/burglary/index.html.br')))).toEqual(page);
    expect(gunzipSync(readFileSync(path.join(root, 'vip/burglary/index.html.gz')))).toEqual(page);
    expect(existsSync(path.join(root, '_astro/page.abc.js.br'))).toBe(true);
  });

  it('leaves pictures alone, and keeps no copy that is larger than its file', () => {
    expect(existsSync(path.join(root, 'images/picture.png.br'))).toBe(false);
    expect(existsSync(path.join(root, 'tiny.txt.br'))).toBe(false);
    expect(existsSync(path.join(root, 'tiny.txt.gz'))).toBe(false);
  });

  it('sends Brotli to a browser that takes it, gzip to one that takes only gzip, and the file to others', async () => {
    const ask = (encoding?: string) =>
      app.inject({ url: '/vip/burglary/', headers: encoding ? { 'accept-encoding': encoding } : {} });
    const brotli = await ask('gzip, deflate, br, zstd');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(PAGE);
    const gzip = await ask('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(PAGE);
    const plain = await ask();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(PAGE);
    for (const answer of [brotli, gzip, plain]) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      // A cache between the server and the browser keeps each encoding apart.
      expect(answer.headers['vary']).toMatch(/accept-encoding/i);
      // The security headers come with every encoding.
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect(Number(brotli.headers['content-length'])).toBeLessThan(Number(gzip.headers['content-length']));
    expect(Number(gzip.headers['content-length'])).toBeLessThan(PAGE.length / 5);
  });
});
