/** The Victims' Code infographic and the page for each right. */
import { readFileSync, globSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readData } from '../../src/content-model/guard.ts';

/** The rights as content/rights has them, in the Code's order. */
const rights = globSync('content/rights/en/*.md')
  .map((file) => readData(readFileSync(file, 'utf8'), file) as { number: number; title: string; slug: string })
  .sort((a, b) => a.number - b.number);

test('the infographic shows every right, in order, each titled in the accessibility tree', async ({ page }) => {
  await page.goto('/your-rights/');
  const list = page.getByRole('list', { name: 'The rights in the Victims’ Code' });
  await expect(list.getByRole('listitem')).toHaveCount(rights.length);
  await expect(list.getByRole('heading', { level: 2 })).toHaveText(rights.map((right) => right.title));
  // The icons are decorative: the title says what each right is.
  await expect(list.locator('svg[aria-hidden="true"]')).toHaveCount(rights.length);
  await expect(page.getByText(/gives you 12 rights\. It has been in force since 1 April 2021\./)).toBeVisible();
});

test('the infographic prints on one A4 page', async ({ page }) => {
  await page.goto('/your-rights/');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

test('each right has a page that leads to its neighbours, by keyboard', async ({ page }) => {
  await page.goto(`/your-rights/${rights[0]!.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rights[0]!.title);
  await expect(
    page.getByRole('navigation', { name: 'Other rights' }).getByRole('link', { name: /Previous right/ }),
  ).toHaveCount(0);
  const next = page.getByRole('link', { name: new RegExp(`Next right ${rights[1]!.number}\\. `) });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/your-rights/${rights[1]!.slug}/$`));
  await expect(page.getByRole('link', { name: new RegExp(`Previous right ${rights[0]!.number}\\. `) })).toBeVisible();
  await page.goto(`/your-rights/${rights.at(-1)!.slug}/`);
  await expect(page.getByRole('link', { name: /Next right/ })).toHaveCount(0);
});

test('children and young people can reach their own version of the rights, every right in simpler words', async ({
  page,
}) => {
  const young = globSync('content/rights/en/*.md')
    .map((file) => readData(readFileSync(file, 'utf8'), file) as { number: number; forYoungPeople: { title: string } })
    .sort((a, b) => a.number - b.number);
  await page.goto('/your-rights/');
  await page.getByRole('link', { name: 'Your rights if you are under 18' }).click();
  await expect(page).toHaveURL(/\/your-rights\/young-people\/$/);
  const list = page.getByRole('list', { name: 'Your rights if you are under 18' });
  await expect(list.getByRole('heading', { level: 2 })).toHaveText(young.map((right) => right.forYoungPeople.title));
  await expect(page.getByText('0800 1111')).toBeVisible();
});

test('a right’s page lists the steps of the justice process where it applies', async ({ page }) => {
  const stepsFor = (right: string) =>
    globSync('content/journey-steps/*.md')
      .map(
        (file) =>
          readData(readFileSync(file, 'utf8'), file) as {
            journey: string;
            slug: string;
            title: string;
            relatedRights?: string[];
          },
      )
      .filter((step) => step.relatedRights?.includes(right));
  const right = rights.find((candidate) => stepsFor(candidate.slug).length > 1)!;
  await page.goto(`/your-rights/${right.slug}/`);
  const section = page.getByRole('region', { name: 'When this right applies' });
  for (const step of stepsFor(right.slug)) {
    await expect(
      section.getByRole('link', { name: new RegExp(`${step.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    ).toHaveAttribute('href', `/${step.journey}/${step.slug}/`);
  }
});
