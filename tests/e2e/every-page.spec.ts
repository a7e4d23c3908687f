/**
 * Every page in the sitemap, as a visitor meets it: it loads, has one main
 * heading and its own title, declares its language, has no accessibility
 * violations axe can find, reflows at 320 pixels, and asks nothing of any
 * other host. And every link between pages leads somewhere.
 */
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { sentencesIn } from '../../src/content-model/interface-words.ts';
import { axeViolations } from './support/axe.ts';
import { listenForPolicyViolations, policyViolations, sitemapPaths, watchOtherHosts } from './support/site.ts';

const paths = sitemapPaths();

test('the sitemap lists the home page and every section promised to other issues', () => {
  for (const path of [
    '/',
    '/your-rights/',
    '/criminal-justice/',
    '/restorative-justice/',
    '/services/',
    '/connect/',
    '/while-you-wait/',
    '/campaigns/',
    '/refer/',
    '/vip/',
    '/search/',
    '/about/',
    '/accessibility/',
    '/privacy/',
    '/cover-your-tracks/',
  ]) {
    expect(paths).toContain(path);
  }
  expect(paths).not.toContain('/admin/');
  expect(paths).not.toContain('/404/');
});

test('every page has a title of its own', async ({ request }) => {
  const titles = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';
    expect(title, `title of ${path}`).not.toBe('');
    expect(titles.get(title), `${path} has the same title as ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
  }
});

test('every link from one page of the site to another leads somewhere', async ({ request }) => {
  const targets = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    for (const match of html.matchAll(/href="(\/[^"#?]*)/g)) {
      const target = match[1] ?? '';
      if (!target.startsWith('//') && !targets.has(target)) targets.set(target, path);
    }
  }
  const broken: string[] = [];
  for (const [target, from] of targets) {
    const response = await request.get(target, { maxRedirects: 5 });
    if (response.status() !== 200) broken.push(`${target} (linked from ${from}): ${response.status()}`);
  }
  expect(broken).toEqual([]);
});

/**
 * The pages, a dozen to a test: one browser page goes from one to the next, so the browser's cache and warmed-up
 * scripts carry over (a fresh browser per page made this walk twice as slow). Each problem names its page.
 */
const PAGES_PER_TEST = 12;
const groups = Array.from({ length: Math.ceil(paths.length / PAGES_PER_TEST) }, (_, index) =>
  paths.slice(index * PAGES_PER_TEST, (index + 1) * PAGES_PER_TEST),
);

for (const group of groups) {
  test(`pages ${group[0]} to ${group.at(-1)}`, async ({ page, baseURL }) => {
    test.setTimeout(30_000 + group.length * 15_000);
    await listenForPolicyViolations(page);
    for (const path of group) await checkPage(page, baseURL!, path);
  });
}

/** One page, as a visitor meets it, at desktop width and then at 320 px. */
async function checkPage(page: Page, baseURL: string, path: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { elsewhere, stop } = watchOtherHosts(page, baseURL);
  // Anything the Content-Security-Policy blocks, and any script error, shows up here.
  const consoleErrors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  };
  const onError = (error: Error) => consoleErrors.push(error.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    const response = await page.goto(path);
    expect.soft(response?.status(), path).toBe(200);

    await expect.soft(page.locator('h1'), path).toHaveCount(1);
    await expect.soft(page.locator('html'), path).toHaveAttribute('lang', /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    await expect.soft(page.locator('html'), path).toHaveAttribute('dir', /^(ltr|rtl)$/);
    // In the page's own language: the Exit control's words are never left in English on a translated page.
    const lang = (await page.locator('html').getAttribute('lang')) ?? 'en';
    const exit = page.locator('[data-exit-this-page-button]');
    await expect.soft(exit, path).toBeVisible();
    await expect.soft(exit, path).toHaveAccessibleName(new RegExp(`^${sentencesIn(lang)('Exit this page')}`));

    expect.soft(await axeViolations(page), path).toEqual([]);

    // Reflow: nothing should need scrolling sideways on a 320 pixel wide screen.
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect.soft(overflow, `${path}: sideways scrolling at 320 px`).toBeLessThanOrEqual(0);

    // By now (after axe) anything the page fetches once loaded has been asked for.
    expect.soft(elsewhere, path).toEqual([]);
    expect.soft(consoleErrors, path).toEqual([]);
    expect.soft(await policyViolations(page), `${path}: blocked by the Content-Security-Policy`).toEqual([]);
  } finally {
    stop();
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
}
