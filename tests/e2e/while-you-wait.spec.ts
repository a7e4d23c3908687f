/**
 * While you wait: a contents list leads to each section, the resources
 * filter the same way as the directory, the calming exercises go one step at
 * a time by keyboard and are read out, everything reads without JavaScript,
 * and the support plan keeps nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { matchesSelection } from '../../src/features/finder/finder.ts';
import { isExercise, resourceFacetValues } from '../../src/features/finder/resource-shelf.ts';
import { resources } from './support/content.ts';

const all = resources();
const shelf = all.filter((resource) => !isExercise(resource.data));
const exercises = all.filter((resource) => isExercise(resource.data));
const expectedFor = (selection: Record<string, string>) =>
  shelf
    .filter((resource) => matchesSelection(resourceFacetValues(resource.data), selection))
    .map((resource) => resource.data.title)
    .sort();
const shownTitles = async (page: Page) =>
  (await page.locator('[data-finder-item]:visible h4').allInnerTexts()).map((title) => title.trim()).sort();

test('a contents list near the top leads to each section, its heading landing in view below the Exit bar', async ({
  page,
}) => {
  // The narrowest screen the site reflows to, where the page is longest.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/while-you-wait/');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const ownHeadings = [...readFileSync('content/pages/en/while-you-wait.md', 'utf8').matchAll(/^## (.+)$/gm)].map(
    (match) => (match[1] ?? '').trim(),
  );
  const planTitle = /^title: (.+)$/m.exec(readFileSync('content/pages/en/my-support-plan.md', 'utf8'))?.[1]?.trim();
  const sections = [...ownHeadings, 'Exercises to help you feel calmer', planTitle, 'Books, apps, guides and more'];
  await expect(contents.getByRole('link')).toHaveText(sections as string[]);
  // Targets big enough to tap, and apart (WCAG 2.5.8).
  for (const link of await contents.getByRole('link').all())
    expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(24);

  const barBottom = await page.locator('[data-exit-this-page]').evaluate((bar) => bar.getBoundingClientRect().bottom);
  for (const name of [ownHeadings[1] ?? '', 'Books, apps, guides and more']) {
    await contents.getByRole('link', { name }).click();
    const heading = page.getByRole('heading', { level: 2, name });
    await expect(heading).toBeInViewport({ ratio: 1 });
    expect((await heading.boundingBox())?.y).toBeGreaterThanOrEqual(barBottom);
  }
});

for (const selection of [
  { topic: 'sleep' },
  { topic: 'trauma-reactions', format: 'guide' },
  { format: 'app', age: 'young-people' },
  { topic: 'crisis' },
]) {
  test(`filtering resources by ${Object.entries(selection)
    .map(([facet, value]) => `${facet}=${value}`)
    .join(', ')} shows exactly those that match, and the link keeps it`, async ({ page }) => {
    await page.goto('/while-you-wait/');
    const labels: Record<string, string> = {
      topic: 'What would help?',
      format: 'What kind of thing?',
      age: 'Who is it for?',
    };
    for (const [facet, value] of Object.entries(selection)) await page.getByLabel(labels[facet]!).selectOption(value);
    const expected = expectedFor(selection);
    expect(await shownTitles(page)).toEqual(expected);
    await expect(page.locator('[data-finder-count]')).toHaveText(
      expected.length === 1
        ? '1 resource matches'
        : expected.length === 0
          ? 'No resources match'
          : `${expected.length} resources match`,
    );
    await page.goto((await page.getByRole('link', { name: 'Link to these results' }).getAttribute('href')) ?? '');
    expect(await shownTitles(page)).toEqual(expected);
  });
}

test('a calming exercise goes one step at a time, by keyboard, each step read out', async ({ page }) => {
  await page.goto('/while-you-wait/');
  const exercise = page.locator('.calming-exercise').first();
  const steps = exercise.locator('ol > li');
  const total = await steps.count();
  expect(total).toBeGreaterThan(2);
  await expect(exercise.getByText(`Step 1 of ${total}`)).toBeVisible();
  await expect(steps.nth(0)).toBeVisible();
  await expect(steps.nth(1)).toBeHidden();

  const next = exercise.getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(steps.nth(1)).toBeVisible();
  await expect(steps.nth(0)).toBeHidden();
  await expect(exercise.getByText(`Step 2 of ${total}`, { exact: true })).toBeVisible();
  const secondStep = (await steps.nth(1).innerText()).trim();
  await expect(exercise.locator('[aria-live="polite"]')).toHaveText(`Step 2 of ${total}: ${secondStep}`);
  await expect(next).toBeFocused();

  // Back to the first step by keyboard: "Previous step" goes away there, and focus stays on a button.
  await exercise.getByRole('button', { name: 'Previous step' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps.nth(0)).toBeVisible();
  await expect(exercise.getByRole('button', { name: 'Previous step' })).toBeHidden();
  await expect(exercise.getByRole('button', { name: 'Next step' })).toBeFocused();
  for (let step = 1; step < total; step += 1) await exercise.getByRole('button', { name: 'Next step' }).click();
  await expect(exercise.getByRole('button', { name: 'Start again' })).toBeVisible();

  await exercise.getByRole('button', { name: 'Show all steps' }).click();
  for (let step = 0; step < total; step += 1) await expect(steps.nth(step)).toBeVisible();
});

test('the support plan keeps nothing: no storage, no cookies, nothing sent, no fields a form could submit', async ({
  page,
  context,
}) => {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') sent.push(request.url());
  });
  await page.goto('/while-you-wait/my-support-plan/');
  const first = page.getByLabel('People I can talk to');
  await first.fill('My sister Jo, 07700 900123');
  // Spell checking is off: some browsers send what is typed to a server to check it.
  await expect(first).toHaveAttribute('spellcheck', 'false');
  await page.getByLabel('Things that help me feel calmer').fill('Walking the dog');
  expect(
    await page.evaluate(
      () => new FormData(document.querySelector('[data-support-plan] form') as HTMLFormElement).entries().next().done,
    ),
  ).toBe(true);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await context.cookies()).toEqual([]);
  expect(sent).toEqual([]);
  expect(page.url()).not.toContain('Jo');

  // Printed, the answers and the numbers show, not the explanations around them.
  await page.emulateMedia({ media: 'print' });
  // Every word prints, however long, from a block that grows with the answer.
  await expect(page.locator('[data-plan-printed]').first()).toHaveText('My sister Jo, 07700 900123');
  await expect(page.locator('[data-plan-printed]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Numbers to call' })).toBeVisible();
  await expect(page.getByText('Nothing you type here is saved or sent anywhere.')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);

  // Leaving the page clears the answers, so a back/forward cache cannot bring them back.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect(page.getByLabel('People I can talk to')).toHaveValue('');
  await expect(page.getByLabel('Things that help me feel calmer')).toHaveValue('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every resource and every step of every exercise is on the page', async ({ page }) => {
    await page.goto('/while-you-wait/');
    await expect(page.locator('[data-finder-item]')).toHaveCount(shelf.length);
    for (const item of await page.locator('[data-finder-item]').all()) await expect(item).toBeVisible();
    await expect(page.locator('.calming-exercise')).toHaveCount(exercises.length);
    for (const step of await page.locator('.calming-exercise ol > li').all()) await expect(step).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next step' })).toHaveCount(0);
  });
});
