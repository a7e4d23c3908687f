/**
 * Pages change once people use them: a meaning opened in place, a list
 * filtered, an exercise on its second step, a link copied. Each of those
 * states must be as free of accessibility faults as the page when it loads
 * (which every-page.spec.ts checks).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeTags } from './support/site.ts';

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

test('a step with a term’s meaning open', async ({ page }) => {
  await page.goto('/criminal-justice/the-investigation/');
  await page.getByRole('button', { name: /^bail \(what this means\)$/i }).click();
  await expect(page.getByRole('status').filter({ hasText: 'More about' })).toBeVisible();
  await expectNoViolations(page);
});

test('the directory filtered, with a postcode outside Thames Valley and the link to share', async ({ page }) => {
  await page.goto('/services/');
  await page.getByLabel('What happened?').selectOption('fraud');
  await page.getByLabel('Or the first part of your postcode').fill('M1');
  await expect(page.getByRole('link', { name: 'Link to these results' })).toBeVisible();
  // Drawn once every service has loaded, when the live region says how many match.
  await expect(page.locator('[data-finder-count]')).toHaveText(/match(es)?$/);
  await expectNoViolations(page);
});

test('an exercise on its second step, and the resources filtered', async ({ page }) => {
  await page.goto('/while-you-wait/');
  await page.getByRole('button', { name: 'Next step' }).first().click();
  await page.getByLabel('What would help?').selectOption('sleep');
  await expectNoViolations(page);
});

test('the sharing page after a link is copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/vip/share/');
  await page
    .getByRole('button', { name: /^Copy link/ })
    .first()
    .click();
  await expect(page.getByText('Link copied.').first()).toBeVisible();
  await expectNoViolations(page);
});
