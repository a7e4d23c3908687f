import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildFailedLine,
  builtLine,
  contentFigures,
  contentSummary,
  countPublishedPages,
  upToDateLine,
} from './start-summary.ts';

describe('what npm start says before it serves the site', () => {
  it('sums up the content in one line, with the command that lists what needs checking', () => {
    expect(contentSummary({ pages: 251, languages: 6, services: 40, toCheck: 104, overdue: 2 })).toBe(
      '251 pages in 6 languages, 40 services; 104 items to check, 2 overdue for review (npm run content:check -- --list)',
    );
    expect(contentSummary({ pages: 1, languages: 1, services: 1, toCheck: 1, overdue: 0 })).toBe(
      '1 page in 1 language, 1 service; 1 item to check (npm run content:check -- --list)',
    );
    expect(contentSummary({ pages: 20, languages: 2, services: 3, toCheck: 0, overdue: 0 })).toBe(
      '20 pages in 2 languages, 3 services; nothing to check',
    );
  });

  it('says it built the site and where the full build output is, or that it was up to date', () => {
    expect(builtLine(47.6)).toBe('Built the site in 48 s. The full build output is in data/build.log.');
    expect(upToDateLine(new Date('2026-11-28T09:05:00Z'))).toBe(
      'The built site is up to date (built 28 November 2026 at 09:05): nothing to rebuild.',
    );
    expect(buildFailedLine()).toMatch(/^The build failed, so the site was not started\. .* data\/build\.log/);
  });

  it('counts the public pages from the sitemap, in every file it is split into', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'vf-start-summary-'));
    try {
      writeFileSync(
        path.join(dist, 'sitemap-index.xml'),
        '<sitemapindex><sitemap><loc>a</loc></sitemap></sitemapindex>',
      );
      writeFileSync(
        path.join(dist, 'sitemap-0.xml'),
        '<urlset><url><loc>/</loc></url><url><loc>/a/</loc></url></urlset>',
      );
      writeFileSync(path.join(dist, 'sitemap-1.xml'), '<urlset><url><loc>/b/</loc></url></urlset>');
      expect(countPublishedPages(dist)).toBe(3);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('reads the figures from the content, with no built site to count yet', () => {
    const { figures } = contentFigures('tests/fixtures/content-valid', 'no-such-dist');
    expect(figures).toMatchObject({ pages: 0, languages: 2, services: 1 });
    expect(figures.toCheck).toBeGreaterThan(0);
  });
});
