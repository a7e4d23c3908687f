/** Search finds pages by the words in them, from the box in every page's header. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeTags } from './support/site.ts';

test('searching from the header finds the page a word appears on', async ({ page }) => {
  await page.goto('/');
  const searchBox = page.getByRole('searchbox', { name: 'Search this site' });
  await searchBox.fill('incognito');
  await searchBox.press('Enter');
  await expect(page.locator('pagefind-summary')).toContainText('incognito');
  // The words are taken out of the address once the search has run, to keep them out of the tab's history.
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(
    page.locator('pagefind-results').getByRole('link', { name: 'Cover your tracks online' }),
  ).toHaveAttribute('href', '/cover-your-tracks/');
});

test('typing on the search page shows results as you type, announced to screen readers', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('main').getByRole('searchbox', { name: 'Search this site' }).fill('Ombudsman');
  await expect(page.locator('pagefind-results').getByRole('link', { name: 'Make a complaint' })).toBeVisible();
  // The count is shown, and Pagefind has a live region that screen readers hear it from.
  await expect(page.locator('pagefind-summary')).toContainText('Ombudsman');
  expect(
    await page
      .locator(
        'pagefind-input [aria-live], pagefind-summary [aria-live], pagefind-results [aria-live], [data-pf-sr-hidden][aria-live]',
      )
      .count(),
  ).toBeGreaterThan(0);
  await expect(page).toHaveURL(/\/search\/$/);
});

test('a word that is nowhere says so, and offers the list of pages', async ({ page }) => {
  await page.goto('/search/?q=zzxqvw');
  await expect(page.locator('pagefind-summary')).toContainText('No results for zzxqvw');
  await expect(page.getByRole('heading', { name: 'All pages' })).toBeVisible();
});

test('a search can be narrowed to an area and a kind of crime', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('main').getByRole('searchbox', { name: 'Search this site' }).fill('domestic abuse');
  const results = page.locator('pagefind-results');
  await expect(results.getByRole('link').first()).toBeVisible();
  const pane = page.locator('pagefind-filter-pane');
  // Each filter is a group that opens and closes (a details element), closed to begin with.
  await pane.locator('summary', { hasText: 'Crime' }).click();
  await expect(
    pane.getByRole('group', { name: 'Crime' }).getByRole('checkbox', { name: /^Domestic abuse/ }),
  ).toBeVisible();
  await pane.locator('summary', { hasText: 'Area' }).click();
  const before = await results.getByRole('link').count();
  await pane
    .getByRole('group', { name: 'Area' })
    .getByRole('checkbox', { name: /^Oxfordshire/ })
    .check();
  await expect.poll(async () => results.getByRole('link').count()).toBeLessThan(before);
  // Every result left is a service for Oxfordshire or one for anywhere.
  for (const link of await results.getByRole('link').all())
    await expect(link).toHaveAttribute('href', /^\/services\/[a-z0-9-]+\/$/);
});

test('search results and their filters, opened, have no accessibility faults', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('main').getByRole('searchbox', { name: 'Search this site' }).fill('domestic abuse');
  await expect(page.locator('pagefind-results').getByRole('link').first()).toBeVisible();
  const pane = page.locator('pagefind-filter-pane');
  await pane.locator('summary', { hasText: 'Area' }).click();
  await pane
    .getByRole('group', { name: 'Area' })
    .getByRole('checkbox', { name: /^Oxfordshire/ })
    .check();
  // Pagefind fills each result in as it scrolls into view: the open filters have pushed the list down.
  await page.locator('pagefind-results').scrollIntoViewIfNeeded();
  await expect(page.locator('pagefind-results').getByRole('link').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
});

test('search puts the pages a victim most likely wants first, with readable excerpts and no staff pages', async ({
  page,
}) => {
  await page.goto('/search/');
  // Pagefind's own search, as the results list uses it: the top results' addresses, titles and excerpts.
  const top = (words: string) =>
    page.evaluate(async (query) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ bundle);
      const search = await pagefind.search(query);
      const found = await Promise.all(
        search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()),
      );
      return (found as { url: string; meta: { title: string }; excerpt: string }[]).map((item) => ({
        url: item.url,
        title: item.meta.title,
        excerpt: item.excerpt.replace(/<[^>]+>/g, ''),
      }));
    }, words);

  const domesticAbuse = await top('domestic abuse');
  expect(domesticAbuse[0]?.url).toBe('/vip/domestic-abuse/');
  for (const [words, page] of [
    ['stalking', '/vip/stalking/'],
    ['burgled', '/vip/burglary/'],
    ['ASB', '/vip/asb/'],
  ] as const) {
    const results = await top(words);
    expect(results.slice(0, 3).map((result) => result.url)).toContain(page);
    expect(results.map((result) => result.url)).not.toContain('/vip/share/');
  }
  const code = await top('Victims’ Code');
  expect(code.map((result) => result.url)).not.toContain('/vip/share/');
  // Every title is its own, and no excerpt runs the words of two blocks together ("itContact them yourselfKinds").
  const all = [...domesticAbuse, ...code, ...(await top('contact them yourself'))];
  expect(new Set(all.map((result) => `${result.url} ${result.title}`)).size).toBe(
    new Set(all.map((result) => result.title)).size,
  );
  const glued = /\p{Ll}(?:Contact them|Through the|Kinds of|Who it is|How to get|Where|Run by|Cost)/u;
  for (const result of all) expect(result.excerpt, result.url).not.toMatch(glued);
});
