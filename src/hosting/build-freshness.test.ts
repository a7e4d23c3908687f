import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIsStale } from './build-freshness.ts';

describe('whether npm start needs to build first', () => {
  let project: string;
  const touch = (file: string, secondsAgo: number) => {
    const full = path.join(project, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, 'x');
    const when = new Date(Date.now() - secondsAgo * 1000);
    // The file and the folders it was created in all date from then (deleting a file changes its folder's time).
    for (let entry = full; entry !== project; entry = path.dirname(entry)) utimesSync(entry, when, when);
  };

  beforeEach(() => {
    project = mkdtempSync(path.join(tmpdir(), 'vf-freshness-'));
  });
  afterEach(() => rmSync(project, { recursive: true, force: true }));

  it('builds when there is no built site', () => {
    touch('content/pages/en/about.md', 100);
    expect(buildIsStale(project)).toBe(true);
  });

  it('does not build when nothing changed since the last build', () => {
    touch('content/pages/en/about.md', 100);
    touch('src/pages/index.astro', 100);
    touch('dist/pagefind/pagefind.js', 10);
    expect(buildIsStale(project)).toBe(false);
  });

  it('builds when content changed after the last build', () => {
    touch('dist/pagefind/pagefind.js', 100);
    touch('content/settings/site.yaml', 10);
    expect(buildIsStale(project)).toBe(true);
  });

  it('builds when code or configuration changed after the last build', () => {
    touch('dist/pagefind/pagefind.js', 100);
    touch('astro.config.mjs', 10);
    expect(buildIsStale(project)).toBe(true);
  });

  it('builds when the content editor changed after the last build', () => {
    touch('dist/pagefind/pagefind.js', 100);
    touch('admin/config.ts', 10);
    expect(buildIsStale(project)).toBe(true);
  });
});
