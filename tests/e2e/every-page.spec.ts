/**
 * Every page in the sitemap, as a visitor meets it: it loads, has one main
 * heading and its own title, declares its language, has no accessibility
 * violations axe can find, reflows at 320 pixels, and asks nothing of any
 * other host. And every link between pages leads somewhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeTags, recordOtherHosts, sitemapPaths } from './support/site.ts';

const paths = sitemapPaths();

test('the sitemap lists the home page and every section promised to other issues', () => {
  for (const path of [
    '/',
    '/your-rights/',
    '/criminal-justice/',
    '/restorative-justice/',
    '/services/',
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

for (const path of paths) {
  test(`page ${path}`, async ({ page, baseURL }) => {
    const elsewhere = await recordOtherHosts(page, baseURL!);
    // Anything the Content-Security-Policy blocks, and any script error, shows up here.
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);

    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    await expect(page.locator('html')).toHaveAttribute('dir', /^(ltr|rtl)$/);
    await expect(page.getByRole('link', { name: /Exit this page/ })).toBeVisible();

    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    const violations = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    expect(violations).toEqual([]);

    // Reflow: nothing should need scrolling sideways on a 320 pixel wide screen.
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);

    await page.waitForLoadState('networkidle');
    expect(elsewhere).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
