/** Search finds pages by the words in them, from the box in every page's header. */
import { expect, test } from '@playwright/test';

test('searching from the header finds the page a word appears on', async ({ page }) => {
  await page.goto('/');
  const searchBox = page.getByRole('searchbox', { name: 'Search this site' });
  await searchBox.fill('incognito');
  await searchBox.press('Enter');
  await expect(page.locator('[data-search-status]')).toContainText('“incognito”');
  // The words are taken out of the address once the search has run, to keep them out of the tab's history.
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('[data-search-results]').getByRole('link', { name: 'Cover your tracks online' })).toHaveAttribute('href', '/cover-your-tracks/');
});

test('a search on the search page updates the results in place', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('What are you looking for?').fill('Ombudsman');
  await page.getByRole('button', { name: 'Search', exact: true }).last().click();
  await expect(page.locator('[data-search-results]').getByRole('link', { name: "Your rights as a victim of crime" })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/$/);
});

test('a word that is nowhere says so, and offers the list of pages', async ({ page }) => {
  await page.goto('/search/?q=zzxqvw');
  await expect(page.locator('[data-search-status]')).toHaveText('No pages match “zzxqvw”. Try a different word, or browse all pages below.');
});
