/** With JavaScript off, every page still reads, and Exit this page is a working link. */
import { expect, test, type Page } from '@playwright/test';
import { sentencesIn } from '../../src/content-model/interface-words.ts';
import { settings, sitemapPaths, stubExitDestination } from './support/site.ts';

test.use({ javaScriptEnabled: false });

const paths = sitemapPaths();

// In groups, so the two browsers share the walk.
const PAGES_PER_TEST = 45;
for (let start = 0; start < paths.length; start += PAGES_PER_TEST) {
  const group = paths.slice(start, start + PAGES_PER_TEST);
  test(`every page reads without JavaScript: ${group[0]} to ${group.at(-1)}`, async ({ page }) => {
    for (const path of group) await readsWithoutJavaScript(page, path);
  });
}

/** A page without JavaScript: it has its heading and its words, and Exit this page is a plain link to leave by. */
async function readsWithoutJavaScript(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('h1'), path).toBeVisible();
  expect((await page.locator('main').innerText()).length, `words on ${path}`).toBeGreaterThan(100);
  // The Shift shortcut needs JavaScript, so without it the link does not mention it (in the page's language).
  const lang = (await page.locator('html').getAttribute('lang')) ?? 'en';
  const exit = page.locator('[data-exit-this-page-button]');
  await expect(exit, path).toHaveAccessibleName(sentencesIn(lang)('Exit this page'));
  await expect(exit, path).toHaveAttribute('href', settings.exitPage.url);
}

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
  await expect(page.getByRole('main').getByRole('link', { name: 'Cover your tracks online' })).toHaveAttribute(
    'href',
    '/cover-your-tracks/',
  );
});
