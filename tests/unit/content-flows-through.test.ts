/**
 * Content changes reach the site: the site built from fixture content shows
 * the fixture's right in the infographic, on a page of its own and in young
 * people's words; the fixture's step on its page, with its glossary term
 * linked and explained; the fixture's term in the glossary; and the fixture's
 * Victims First Connect points, listed by area and town, each on a page of its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Page } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import playwrightConfig from '../../playwright.config.ts';
import { createSiteServer } from '../../src/hosting/site-server.ts';
import { axeTags } from '../e2e/support/site.ts';

/**
 * The fixture's Connect points as a visitor finds them: the list and a point's page pass axe, choosing an area
 * leaves that area's points, and "Only places open now" on a Saturday morning leaves the one open on Saturdays.
 * (The site's own content lists no points yet, so the sitemap walk cannot reach these pages.)
 */
async function checkConnectPointsInBrowser(outDir: string): Promise<void> {
  const server = await createSiteServer({ root: outDir });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? {});
  try {
    const page = await (await browser.newContext()).newPage();
    const shown = (page: Page) =>
      page
        .locator('main a[href^="/connect/fixture-"]:visible')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const violations = async (page: Page) =>
      (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((violation) => violation.id);

    // Saturday 28 November 2026, 11:00 in the UK (GMT): the community centre is open, the library is not.
    await page.clock.setFixedTime(new Date('2026-11-28T11:00:00Z'));
    await page.goto(`${origin}/connect/`);
    expect(await violations(page)).toEqual([]);
    expect(await shown(page)).toHaveLength(3);
    await page.getByLabel('Where?').selectOption('oxfordshire');
    await expect.poll(() => shown(page)).toEqual(['/connect/fixture-oxford-college/']);
    await page.getByLabel('Where?').selectOption('');
    await page.getByLabel('Only places open now').check();
    await expect.poll(() => shown(page)).toEqual(['/connect/fixture-reading-community-centre/']);
    expect(await violations(page)).toEqual([]);

    await page.goto(`${origin}/connect/fixture-reading-library/`);
    expect(await violations(page)).toEqual([]);

    // Built for a static host, each page shown tells the intake its path, and nothing else; not when the browser
    // asks not to be tracked.
    const beacons: string[] = [];
    await page.route('**/api/reads', async (route) => {
      beacons.push(route.request().postData() ?? '');
      await route.fulfill({ status: 204 });
    });
    await page.goto(`${origin}/your-rights/`);
    await expect.poll(() => beacons).toEqual(['{"page":"/your-rights/"}']);
    const notTracked = await browser.newContext();
    await notTracked.addInitScript(() => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }));
    const private_ = await notTracked.newPage();
    let sent = 0;
    await private_.route('**/api/reads', async (route) => {
      sent += 1;
      await route.fulfill({ status: 204 });
    });
    await private_.goto(`${origin}/your-rights/`);
    await private_.waitForLoadState('networkidle');
    expect(sent).toBe(0);
  } finally {
    await browser.close();
    await server.close();
  }
}

describe('a site built from other content', () => {
  it('shows that content’s rights, steps and glossary', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'vf-fixture-build-'));
    try {
      const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
        env: {
          ...process.env,
          VF_CONTENT_DIR: 'tests/fixtures/content-valid',
          VF_TODAY: '2026-11-23',
          ASTRO_TELEMETRY_DISABLED: '1',
          // Built as for a static host: the pages send their reads themselves.
          PAGE_READS_BEACON: 'on',
        },
        encoding: 'utf8',
        timeout: 170_000,
      });
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      const rights = readFileSync(path.join(outDir, 'your-rights/index.html'), 'utf8');
      expect(rights).toContain('To understand and be understood');
      expect(rights).toContain('You can get help to understand and be understood, including an interpreter.');
      const page = readFileSync(path.join(outDir, 'your-rights/understand-and-be-understood/index.html'), 'utf8');
      expect(page).toMatch(/<h1[^>]*>To understand and be understood<\/h1>/);
      expect(page).toContain('href="/criminal-justice/reporting-a-crime/"');

      const young = readFileSync(path.join(outDir, 'your-rights/young-people/index.html'), 'utf8');
      expect(young).toContain('You can understand and be understood');
      expect(young).toContain('If it is hard to understand, you can get help, such as an interpreter.');
      expect(young).toContain('Help for young people, from the fixture.');

      const step = readFileSync(path.join(outDir, 'criminal-justice/reporting-a-crime/index.html'), 'utf8');
      expect(step).toMatch(/<h1[^>]*>Reporting a crime<\/h1>/);
      expect(step).toContain(
        'the suspect <a href="/criminal-justice/glossary/#bail" class="glossary-term" data-glossary-term="bail">bail</a>.',
      );
      expect(step).toContain(
        'When a person accused of a crime is let out of custody until their next court date, sometimes with rules to follow.',
      );
      expect(step).toContain('href="/your-rights/understand-and-be-understood/"');

      const glossary = readFileSync(path.join(outDir, 'criminal-justice/glossary/index.html'), 'utf8');
      expect(glossary).toMatch(/<h3 id="bail"[^>]*>Bail<\/h3>/);
      expect(glossary).toContain('Words the fixture explains.');

      // Campaigns as of 23 November 2026: one live, one ended, one not started yet.
      const campaigns = readFileSync(path.join(outDir, 'campaigns/index.html'), 'utf8');
      const [running = '', pastPart = ''] = campaigns.split('Past campaigns');
      expect(running).toContain('href="/campaigns/lets-hate-hate/"');
      expect(pastPart).toContain('href="/campaigns/fixture-ended/"');
      expect(campaigns).not.toContain('fixture-future');
      expect(existsSync(path.join(outDir, 'campaigns/fixture-future/index.html'))).toBe(false);
      expect(existsSync(path.join(outDir, 'campaigns/fixture-ended/index.html'))).toBe(true);
      expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('href="/campaigns/lets-hate-hate/"');
      expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).not.toContain('fixture-ended');
      const feed = readFileSync(path.join(outDir, 'campaigns/feed.xml'), 'utf8');
      expect(feed).toContain('<title>Let’s Hate Hate</title>');
      expect(feed).toContain('/campaigns/fixture-ended/');
      expect(feed).not.toContain('fixture-future');

      // News: the item dated before the build day is published, the one after is not; the feed has campaigns and news.
      expect(readFileSync(path.join(outDir, 'news/index.html'), 'utf8')).toContain('href="/news/fixture-news/"');
      expect(existsSync(path.join(outDir, 'news/fixture-future-news/index.html'))).toBe(false);
      const combined = readFileSync(path.join(outDir, 'feed.xml'), 'utf8');
      expect(combined).toContain('/news/fixture-news/');
      expect(combined).toContain('/campaigns/lets-hate-hate/');
      expect(combined).not.toContain('fixture-future');

      // The pack section, and its other short address leading to it.
      expect(readFileSync(path.join(outDir, 'vip/burglary/index.html'), 'utf8')).toMatch(/<h1[^>]*>Burglary<\/h1>/);
      expect(readFileSync(path.join(outDir, 'vip/break-in/index.html'), 'utf8')).toContain('/vip/burglary/');
      expect(readFileSync(path.join(outDir, '_redirects'), 'utf8')).toContain('/vip/break-in/ /vip/burglary/ 301');

      // Translations: a reviewed Polish page and right are published at /pl/…, in Polish, shell and all; an
      // unreviewed one is not (the fixture's settings publish reviewed translations only).
      const polishRights = readFileSync(path.join(outDir, 'pl/your-rights/index.html'), 'utf8');
      expect(polishRights).toMatch(/<html lang="pl" dir="ltr">/);
      expect(polishRights).toMatch(/<h1[^>]*>Twoje prawa w teście<\/h1>/);
      expect(polishRights).toContain('Rozumieć i być rozumianym');
      expect(polishRights).toContain('href="/pl/your-rights/understand-and-be-understood/"');
      expect(polishRights).toContain('Wyjdź z tej strony');
      expect(polishRights).not.toContain('translation-notice--behind');
      expect(existsSync(path.join(outDir, 'pl/about/index.html'))).toBe(false);
      // Each page names the other: hreflang both ways, and in the sitemap.
      expect(polishRights).toContain(
        '<link rel="alternate" hreflang="en" href="https://www.victims-first.org.uk/your-rights/">',
      );
      expect(rights).toContain(
        '<link rel="alternate" hreflang="pl" href="https://www.victims-first.org.uk/pl/your-rights/">',
      );
      expect(readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(
        '<xhtml:link rel="alternate" hreflang="pl" href="https://www.victims-first.org.uk/pl/your-rights/"/>',
      );

      // The English right changed after its translation was made: the build lists it, and the page says so, in
      // Polish words where the fixture has them, with the date the English was last checked and a link to it.
      expect(result.stdout + result.stderr).toMatch(
        /rights\/pl\/01-understand\.md: field "translation\.englishVersion" is 00000000/,
      );
      const behind = readFileSync(path.join(outDir, 'pl/your-rights/understand-and-be-understood/index.html'), 'utf8');
      expect(behind).toContain('translation-notice--behind');
      expect(behind).toContain('1 czerwca 2026');
      expect(behind).toContain('href="/your-rights/understand-and-be-understood/" hreflang="en"');

      // Victims First Connect points: the list by area and town without JavaScript, each card carrying what the
      // filters match and its opening hours; the filters offer only what some point has; and each point's page.
      const connect = readFileSync(path.join(outDir, 'connect/index.html'), 'utf8');
      expect(connect).toContain('Words of the Connect points page from the fixture.');
      expect(connect).not.toContain('data-connect-none');
      const reading = connect.indexOf('id="berkshire-reading"');
      const oxford = connect.indexOf('id="oxfordshire-oxford"');
      expect(reading).toBeGreaterThan(0);
      expect(oxford).toBeGreaterThan(reading);
      expect(connect.indexOf('href="/connect/fixture-reading-community-centre/"')).toBeGreaterThan(reading);
      expect(connect.indexOf('href="/connect/fixture-reading-community-centre/"')).toBeLessThan(
        connect.indexOf('href="/connect/fixture-reading-library/"'),
      );
      expect(connect.indexOf('href="/connect/fixture-oxford-college/"')).toBeGreaterThan(oxford);
      expect(connect).toContain('data-facets="{&quot;area&quot;:[&quot;oxfordshire&quot;]');
      expect(connect).toMatch(/<select id="filter-area" name="area" data-facet>/);
      expect(connect).toContain('<option value="oxfordshire">Oxfordshire</option>');
      expect(connect).not.toContain('<option value="milton-keynes">');
      expect(connect).toContain('<option value="hearing-loop">Hearing loop</option>');
      expect(connect).not.toContain('<option value="parking">');
      expect(connect).toContain('data-finder-open-now');
      expect(connect.match(/data-open-status/g)).toHaveLength(2);
      const point = readFileSync(path.join(outDir, 'connect/fixture-reading-library/index.html'), 'utf8');
      expect(point).toMatch(/<h1[^>]*>Fixture Reading Library<\/h1>/);
      expect(point).toContain('Fixture buses stop outside. Ask at the front desk.');
      expect(point).toContain('Staff speak English and Polish.');
      expect(point).toContain('data-opening-hours=');
      expect(point).toMatch(/<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"Place"/);
      expect(point).toContain('"postalCode":"RG1 1AA"');
      expect(readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')).toContain('/connect/fixture-oxford-college/');
      expect(readFileSync(path.join(outDir, 'about/index.html'), 'utf8')).toContain(
        '<meta name="page-reads" content="/api/reads">',
      );

      // The same list and a point's page in a browser: axe finds nothing, and the filters and "open now" work.
      await checkConnectPointsInBrowser(outDir);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});
