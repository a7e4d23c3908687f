/**
 * The glossary: terms of art in the explainer steps open their meaning in
 * place, by keyboard, read out by screen readers; without JavaScript they
 * link to the glossary, which lists every term A to Z.
 */
import { globSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readData } from '../../src/content-model/guard.ts';

interface Term {
  term: string;
  slug: string;
  definition: string;
}
const terms = globSync('content/glossary/*.md').map((file) => readData(readFileSync(file, 'utf8'), file) as Term);
const bail = terms.find((term) => term.slug === 'bail')!;

/** Press Tab until the named button has focus, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
    if (name.test(focused)) return;
  }
  throw new Error(`Could not reach ${name} with the Tab key`);
}

test('a term opens its meaning in place and closes again, by keyboard, and the meaning is announced', async ({
  page,
}) => {
  await page.goto('/criminal-justice/the-investigation/');
  const term = page.getByRole('button', { name: /^bail \(what this means\)$/i });
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  const meaning = page.locator(`#${await term.getAttribute('aria-controls')}`);
  // A live region: what is written into it is read out.
  await expect(meaning).toHaveAttribute('role', 'status');
  await expect(meaning).toBeEmpty();

  await tabTo(page, /^bail/i);
  await expect(term).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(meaning).toContainText(bail.definition);
  await expect(meaning).toBeVisible();
  await expect(meaning.getByRole('link', { name: 'More about “Bail” in the glossary' })).toHaveAttribute(
    'href',
    '/criminal-justice/glossary/#bail',
  );
  // The reader has not left the page.
  await expect(page).toHaveURL(/\/criminal-justice\/the-investigation\/$/);

  await page.keyboard.press('Escape');
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await expect(meaning).toBeEmpty();
  await expect(term).toBeFocused();

  await page.keyboard.press('Space');
  await expect(meaning).toContainText(bail.definition);
  await page.keyboard.press('Enter');
  await expect(meaning).toBeEmpty();
});

test('every term each step lists is explained at the end of that step, and used in its text', async ({ page }) => {
  const steps = globSync('content/journey-steps/*.md').map(
    (file) => readData(readFileSync(file, 'utf8'), file) as { journey: string; slug: string; glossaryTerms?: string[] },
  );
  for (const step of steps) {
    await page.goto(`/${step.journey}/${step.slug}/`);
    const words = page.getByRole('region', { name: 'Words used on this page' });
    for (const slug of step.glossaryTerms ?? []) {
      const term = terms.find((candidate) => candidate.slug === slug)!;
      await expect(
        words.getByRole('definition').filter({ hasText: term.definition }),
        `${step.slug}: ${slug}`,
      ).toHaveCount(1);
    }
    // Each listed term is a button in the text that opens its meaning.
    await expect(page.locator('main .prose button.glossary-term'), step.slug).toHaveCount(
      (step.glossaryTerms ?? []).length,
    );
  }
});

test('the glossary lists every term A to Z, each at its own address', async ({ page }) => {
  await page.goto('/criminal-justice/glossary/');
  const headings = page.locator('main h3');
  const expected = terms.map((term) => term.term).sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
  await expect(headings).toHaveText(expected);
  for (const term of terms) await expect(page.locator(`h3#${term.slug}`)).toHaveText(term.term);
  await page
    .getByRole('navigation', { name: 'Glossary letters' })
    .getByRole('link', { name: 'V', exact: true })
    .click();
  await expect(page).toHaveURL(/#letter-v$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a link to its glossary entry', async ({ page }) => {
    await page.goto('/criminal-justice/the-investigation/');
    const link = page.locator('main .prose').getByRole('link', { name: 'bail', exact: true });
    await expect(link).toHaveAttribute('href', '/criminal-justice/glossary/#bail');
    await link.click();
    await expect(page).toHaveURL(/\/criminal-justice\/glossary\/#bail$/);
    await expect(page.locator('h3#bail')).toBeInViewport();
  });
});
