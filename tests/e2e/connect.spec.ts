/**
 * /connect/ as the site's own content has it: no Connect points are listed
 * yet, so the page explains what a Connect point is and what to do now, with
 * a note in the list's place and no filters to dead-end in, with or without
 * JavaScript. (The list, its filters, "open now" and a point's page are
 * checked on the site built from fixture points, in
 * tests/unit/content-flows-through.test.ts, and the finder's browser
 * behaviour, which the list shares, in services.spec.ts. The sitemap walk runs
 * axe on every page here.)
 */
import { expect, test, type Page } from '@playwright/test';
import { globSync } from 'node:fs';
import { recordOtherHosts, settings } from './support/site.ts';

const pointsListed = globSync('content/connect/*.md').length;

async function expectWhatToDoNow(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Victims First Connect points');
  await expect(page.getByRole('heading', { name: 'What is a Connect point?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Report a hate crime online' })).toHaveAttribute(
    'href',
    '/report-hate-crime/',
  );
  await expect(page.getByRole('link', { name: 'Ask for support online' })).toHaveAttribute('href', '/refer/');
  const hubNumber = page.locator('main').getByRole('link', { name: settings.hub.phone });
  await expect(hubNumber.first()).toHaveAttribute('href', `tel:${settings.hub.phone.replace(/\s/g, '')}`);
  await expect(page.locator('main').getByRole('link', { name: '999', exact: true }).first()).toBeVisible();
}

test.describe('with no Connect points listed yet', () => {
  test.skip(pointsListed > 0, 'content/connect lists Connect points');

  test('the page says what Connect points are and what to do now, and offers no empty filters', async ({
    page,
    baseURL,
  }) => {
    const elsewhere = await recordOtherHosts(page, baseURL!);
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
    await page.goto('/connect/');
    await expectWhatToDoNow(page);
    await expect(page.getByRole('heading', { name: 'No Connect points are listed yet' })).toBeVisible();
    await expect(page.locator('[data-finder]')).toHaveCount(0);
    expect(elsewhere).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the page reads the same', async ({ page }) => {
      await page.goto('/connect/');
      await expectWhatToDoNow(page);
      await expect(page.getByRole('heading', { name: 'No Connect points are listed yet' })).toBeVisible();
      await expect(page.locator('[data-finder]')).toHaveCount(0);
    });
  });
});
