/** The step-by-step journeys: the criminal justice process and restorative justice. */
import { globSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readData } from '../../src/content-model/guard.ts';

const steps = (journey: string) =>
  globSync('content/journey-steps/*.md')
    .map(
      (file) =>
        readData(readFileSync(file, 'utf8'), file) as { journey: string; order: number; title: string; slug: string },
    )
    .filter((step) => step.journey === journey)
    .sort((a, b) => a.order - b.order);

for (const journey of ['criminal-justice', 'restorative-justice']) {
  const ordered = steps(journey);

  test(`${journey}: the overview lists every step in order`, async ({ page }) => {
    await page.goto(`/${journey}/`);
    const nav = page.getByRole('navigation', { name: /^Step by step/ });
    await expect(nav.getByRole('link')).toHaveText(ordered.map((step) => step.title));
  });

  test(`${journey}: each step says where the reader is, and leads on by keyboard`, async ({ page }) => {
    for (const [index, step] of ordered.entries()) {
      await page.goto(`/${journey}/${step.slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
      await expect(page.getByText(`step ${step.order} of ${ordered.length}`)).toBeVisible();
      await expect(
        page.getByRole('navigation', { name: /^Step by step/ }).getByRole('link', { name: step.title }),
      ).toHaveAttribute('aria-current', 'step');
      const pagination = page.getByRole('navigation', { name: 'Previous and next step' });
      await expect(pagination.getByRole('link', { name: /Previous step/ })).toHaveCount(index === 0 ? 0 : 1);
      await expect(pagination.getByRole('link', { name: /Next step/ })).toHaveCount(
        index === ordered.length - 1 ? 0 : 1,
      );
    }
    await page.goto(`/${journey}/${ordered[0]!.slug}/`);
    await page.getByRole('link', { name: /Next step/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${journey}/${ordered[1]!.slug}/$`));
  });
}

test('a step links to the rights that apply at that point', async ({ page }) => {
  await page.goto('/criminal-justice/reporting-a-crime/');
  const rights = page.getByRole('region', { name: 'Your rights at this step' });
  await expect(rights.getByRole('link').first()).toHaveAttribute('href', /^\/your-rights\/[a-z-]+\/$/);
});

test('the restorative justice page says it is voluntary, who can take part, and leads to the form with restorative justice chosen', async ({
  page,
}) => {
  await page.goto('/restorative-justice/');
  await expect(page.getByRole('heading', { name: 'It is your choice' })).toBeVisible();
  await expect(page.getByText('You can stop at any time')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who can take part' })).toBeVisible();
  await expect(page.getByText('crimes that were never reported to the police')).toBeVisible();
  const ask = page.getByRole('link', { name: 'Ask for restorative justice online' });
  await expect(ask).toHaveAttribute('href', '/refer/?interest=restorative-justice');
  await ask.click();
  // The form takes the choice out of the address once it has made it.
  await expect(page).toHaveURL(/\/refer\/$/);
  await expect(page.getByRole('checkbox', { name: 'Restorative justice' })).toBeChecked();
});
