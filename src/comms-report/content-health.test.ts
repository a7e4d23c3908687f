import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, contentHealth, sitemapPages } from './content-health.ts';
import { EXAMPLE_DATA } from './report-fixture.ts';
import { renderReport } from './report-html.ts';

const fixture = 'tests/fixtures/content-valid';
const built = mkdtempSync(path.join(tmpdir(), 'vf-health-'));
afterAll(() => rmSync(built, { recursive: true, force: true }));

/** A built site of three pages, one linking to a page that is gone, and a redirect to another that is gone. */
function buildSite() {
  const page = (address: string, body: string) => {
    mkdirSync(path.join(built, address), { recursive: true });
    writeFileSync(path.join(built, address, 'index.html'), `<!doctype html><main>${body}</main>`);
  };
  page(
    '/',
    '<a href="/about/">About</a> <a href="/old/">Old</a> <a href="/moved/">Moved</a> <a href="//elsewhere/">x</a>',
  );
  page('/about/', '<a href="/">Home</a> <a href="/about/#team">Team</a> <a href="/favicon.svg">Icon</a>');
  page('/hub/', '<a href="/not-checked/">Staff</a>');
  writeFileSync(path.join(built, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(built, '_redirects'), '/moved/ /about/ 301\n/gone/ /nowhere/ 301\n');
  writeFileSync(
    path.join(built, 'sitemap-index.xml'),
    '<sitemapindex><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
  );
  writeFileSync(
    path.join(built, 'sitemap-0.xml'),
    '<urlset><url><loc>https://example.org/about/</loc></url><url><loc>https://example.org/</loc></url></urlset>',
  );
}

describe('content health', () => {
  it('lists the fixture content’s notes to check, overdue reviews and translations behind their English', () => {
    const health = contentHealth(fixture, undefined, new Date('2026-11-23T12:00:00Z'));
    expect(health.toCheck).toEqual([
      { file: `${fixture}/connect/fixture-reading-library.md`, says: 'A fixture point for tests, not a real place.' },
      { file: `${fixture}/campaigns/hate.md`, says: 'Confirm the campaign dates with the comms team.' },
    ]);
    expect(health.overdue.map((item) => item.file)).toEqual([`${fixture}/services/hub.md`]);
    expect(health.overdue[0]!.says).toMatch(/^Last reviewed was 2024-01-15: more than 12 months ago/);
    expect(health.translationsBehind.map((item) => item.file)).toEqual([`${fixture}/rights/pl/01-understand.md`]);
    expect(health.brokenLinks).toBeUndefined();

    // The report lists them, and says the links were not checked without a built site.
    const report = renderReport(EXAMPLE_DATA, health, new Date('2026-11-23T12:00:00Z'));
    expect(report).toContain(
      `<code>${fixture}/campaigns/hate.md</code>: Confirm the campaign dates with the comms team.`,
    );
    expect(report).toContain('Not checked: there was no built site.');
  });

  it('finds links between built pages that lead nowhere, and redirects to pages that are gone', () => {
    buildSite();
    expect(brokenLinks(built)).toEqual([
      { from: '/', to: '/old/' },
      { from: '/gone/ (redirect)', to: '/nowhere/' },
    ]);
    expect(sitemapPages(built)).toEqual(['/', '/about/']);
  });
});
