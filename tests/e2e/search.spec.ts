/** Search finds pages by the words in them, from the box in every page's header and on the search page. */
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';

// One page load for what a person notices, as they go: a search from the header, typing, nothing found, more results.
test('searching finds pages as you type and when you press Search, says how many, and shows more on request', async ({
  page,
}) => {
  await page.goto('/');
  const header = page.getByRole('searchbox', { name: 'Search this site' });
  await header.fill('incognito');
  await header.press('Enter');
  const main = page.getByRole('main');
  // The count is said in a polite live region (role="status").
  const status = main.getByRole('status');
  const results = page.locator('[data-site-search-results]');
  await expect(status).toHaveText('1 page matches “incognito”');
  // The words are taken out of the address once the search has run, to keep them out of the tab's history.
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(results.getByRole('link', { name: 'Cover your tracks online' })).toHaveAttribute(
    'href',
    '/cover-your-tracks/',
  );
  await expect(results.locator('mark').first()).toHaveText(/incognito/i);

  // Typing searches once typing pauses, and never touches the address.
  const box = main.getByRole('searchbox', { name: 'Search this site' });
  await box.fill('Ombudsman');
  await expect(status).toHaveText(/^\d+ pages? match(es)? “Ombudsman”$/);
  await expect(results.getByRole('link', { name: 'Make a complaint' })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/$/);

  // A word that is nowhere says so, with what to try next, and the list of every page is still there.
  await box.fill('zzxqvw');
  await expect(status).toHaveText(/^No pages match “zzxqvw”\. Check the spelling/);
  await expect(results).toBeHidden();
  await expect(main.getByRole('heading', { name: 'All pages' })).toBeVisible();

  // Pressing Search works too. A common word finds many pages: the first few are drawn, and more on request, where
  // focus moves to the first new result so a keyboard or screen reader user carries on from there.
  await box.fill('support');
  await main.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(status).toHaveText(/^\d+ pages match “support”$/);
  await expect(results.getByRole('listitem')).toHaveCount(5);
  await main.getByRole('button', { name: 'Show more results' }).click();
  await expect(results.getByRole('listitem')).toHaveCount(15);
  await expect(results.getByRole('listitem').nth(5).getByRole('link')).toBeFocused();

  expect(await axeViolations(page)).toEqual([]);
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
    // Hate crime: the report without going to the police, and the places that help people make one.
    ['report hate crime', '/report-hate-crime/'],
    ['homophobic abuse', '/report-hate-crime/'],
    ['third-party reporting', '/report-hate-crime/'],
    ['Connect point', '/connect/'],
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
