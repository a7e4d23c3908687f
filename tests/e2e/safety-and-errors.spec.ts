/** Headers that protect visitors, no cookies, and a helpful page for addresses that do not exist. */
import { expect, test } from '@playwright/test';
import { securityHeaders } from '../../src/hosting/security-headers.ts';
import { recordOtherHosts, settings } from './support/site.ts';

const expectedHeaders = securityHeaders({ referralEndpoint: settings.referral.endpoint });

test('pages are served with the security headers a production host sends', async ({ request }) => {
  for (const path of ['/', '/search/', '/does-not-exist/']) {
    const response = await request.get(path);
    const headers = response.headers();
    for (const [name, value] of Object.entries(expectedHeaders))
      expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['set-cookie'], path).toBeUndefined();
  }
});

test('visiting pages and searching leaves no cookies, nothing in storage, and asks no other host', async ({
  page,
  context,
  baseURL,
}) => {
  const elsewhere = await recordOtherHosts(page, baseURL!);
  await page.goto('/');
  await page.goto('/search/?q=court');
  await expect(page.getByRole('main').getByRole('status')).toContainText('court');
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  expect(stored).toBe(0);
  expect(elsewhere).toEqual([]);
});

test('an address that does not exist gets a helpful page with a 404 status', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Search this site' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Exit this page/ })).toBeVisible();
});

test('an address without its final slash goes to the page', async ({ page }) => {
  const response = await page.goto('/about');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/about/');
});

test('the footer gives the hub number, opening times and emergency advice', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: '0300 1234 148' })).toHaveAttribute('href', 'tel:03001234148');
  await expect(footer).toContainText('Call 0300 1234 148');
  await expect(footer.locator('[data-opening-hours]')).toContainText('Monday to Friday');
  await expect(footer).toContainText('999');
  await expect(footer).toContainText('press 55');
  await expect(footer).toContainText('101');
  await expect(footer).toContainText('In an emergency, call 18000. For any other number, dial 18001 first');
  await expect(footer.getByRole('link', { name: '116 123' })).toHaveAttribute('href', 'tel:116123');
  for (const name of ['Accessibility statement', 'Privacy notice', 'Cover your tracks online']) {
    await expect(footer.getByRole('link', { name })).toBeVisible();
  }
});
