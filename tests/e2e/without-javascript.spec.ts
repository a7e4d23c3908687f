/** With JavaScript off, every page still reads, and Exit this page is a working link. */
import { expect, test } from '@playwright/test';
import { sentencesIn } from '../../src/content-model/interface-words.ts';
import { settings, sitemapPaths, stubExitDestination } from './support/site.ts';

test.use({ javaScriptEnabled: false });

const paths = sitemapPaths();

/** The text of some markup, as a reader sees it: no tags, no scripts, spaces collapsed. */
function textOf(markup: string): string {
  return markup
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Without JavaScript a browser shows the page as the server sends it, so every page is checked in the markup
 * itself (a browser for each of the 260 pages took two minutes; the browser tests below and in the other specs
 * look at pages without JavaScript as people see them).
 */
test('every page reads without JavaScript: its heading and words are in the page, and Exit this page is a link', async ({
  request,
}) => {
  const problems: string[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    const html = await response.text();
    if (response.status() !== 200) problems.push(`${path}: status ${response.status()}`);
    const headings = [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => textOf(match[1] ?? ''));
    if (headings.length !== 1 || !headings[0]) problems.push(`${path}: ${headings.length} main headings`);
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
    if (textOf(main).length <= 100) problems.push(`${path}: only ${textOf(main).length} characters of words`);
    // The Shift shortcut needs JavaScript: its hint is hidden until the script shows it, so the link's words are the
    // label alone, in the page's language.
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'en';
    const exit = /<a href="([^"]*)" class="exit-this-page__button"[^>]*>([\s\S]*?)<\/a>/.exec(html);
    if (exit?.[1] !== settings.exitPage.url) problems.push(`${path}: Exit this page leads to ${exit?.[1]}`);
    if (!textOf(exit?.[2] ?? '').startsWith(sentencesIn(lang)('Exit this page')))
      problems.push(`${path}: Exit this page says "${textOf(exit?.[2] ?? '')}"`);
  }
  expect(paths.length).toBeGreaterThan(200);
  expect(problems).toEqual([]);
});

test('a translated page reads without JavaScript as people see it, Exit this page a plain link', async ({ page }) => {
  for (const path of ['/ur/refer/', '/pl/your-rights/understand-and-be-understood/', '/ar/']) {
    await page.goto(path);
    const lang = (await page.locator('html').getAttribute('lang')) ?? 'en';
    await expect(page.locator('h1'), path).toBeVisible();
    const exit = page.locator('[data-exit-this-page-button]');
    await expect(exit, path).toHaveAccessibleName(sentencesIn(lang)('Exit this page'));
    await expect(exit, path).toHaveAttribute('href', settings.exitPage.url);
  }
});

test('Exit this page leaves for the neutral site without JavaScript', async ({ page, context }) => {
  await stubExitDestination(context);
  await page.goto('/cover-your-tracks/');
  await page.getByRole('link', { name: /Exit this page/ }).click();
  await page.waitForURL(settings.exitPage.url);
  await expect(page.locator('h1')).toHaveText('Weather');
});

test('the search page lists every page when search cannot run', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
  // The box could not search, so it is not offered; the heading stays.
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search this site');
  await expect(page.getByRole('main').getByRole('link', { name: 'Cover your tracks online' })).toHaveAttribute(
    'href',
    '/cover-your-tracks/',
  );
});
