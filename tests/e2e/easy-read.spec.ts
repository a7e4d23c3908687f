/**
 * The Easy Read pages (content/easy-read/): each says how many A4 pages it
 * prints on, and prints on exactly that many, with nothing of the site but the
 * booklet; each shows every part and point with a decorative picture beside
 * it, in large upright type; and each passes axe and reflows at 320 pixels.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { readData } from '../../src/content-model/guard.ts';
import { easyReadSchema } from '../../src/content-model/schemas/easy-read.ts';
import { axeTags } from './support/site.ts';

const easyReadPages = globSync('content/easy-read/*.md')
  .sort()
  .map((file) => ({
    file,
    address: `/easy-read/${path.basename(file, '.md')}/`,
    data: easyReadSchema.parse(readData(readFileSync(file, 'utf8'), file)),
  }));

test('there are Easy Read pages of the rights and of how to ask for support', () => {
  expect(easyReadPages.map((page) => page.address)).toEqual(
    expect.arrayContaining(['/easy-read/your-rights/', '/easy-read/asking-for-support/']),
  );
});

for (const { file, address, data } of easyReadPages) {
  test.describe(address, () => {
    test(`prints on ${data.printedPages} A4 pages, as it says near the top`, async ({ page }) => {
      await page.goto(address);
      const note = page.locator('[data-easy-read-print]');
      await expect(note).toContainText(
        `You can print this page. It prints on ${data.printedPages} page${data.printedPages === 1 ? '' : 's'}.`,
      );
      await expect(note).toContainText('Print this page:');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const printed = (await PDFDocument.load(pdf)).getPageCount();
      expect(
        printed,
        `${file} says printedPages: ${data.printedPages}, but the page prints on ${printed} A4 pages. Change printedPages to ${printed}.`,
      ).toBe(data.printedPages);
    });

    test('prints only the booklet: no Exit this page bar, header, navigation or footer', async ({ page }) => {
      await page.goto(address);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      await expect(page.getByRole('link', { name: /Exit this page/ })).toBeHidden();
      await expect(page.locator('[data-easy-read-print]')).toBeHidden();
      // Pictures print black, whatever colour they are on screen.
      const pictureColour = await page
        .locator('[data-easy-read-point] svg')
        .first()
        .evaluate((svg) => getComputedStyle(svg).color);
      expect(pictureColour).toBe('rgb(0, 0, 0)');
    });

    test('shows every part and point, each point with a decorative picture, in large upright type', async ({
      page,
    }) => {
      await page.goto(address);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(
        data.sections.map((part) => part.heading),
      );
      const points = page.locator('[data-easy-read-point]');
      await expect(points).toHaveCount(data.sections.reduce((sum, part) => sum + part.points.length, 0));
      await expect(page.locator('[data-easy-read-point] svg[aria-hidden="true"]')).toHaveCount(await points.count());
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        const styles = await points.locator('p').evaluateAll((paragraphs) =>
          paragraphs.map((paragraph) => {
            const style = getComputedStyle(paragraph);
            return {
              size: parseFloat(style.fontSize),
              align: style.textAlign,
              italic: style.fontStyle !== 'normal',
              capitals: style.textTransform === 'uppercase',
            };
          }),
        );
        for (const style of styles) {
          expect(style.size, `text size at ${width} px wide`).toBeGreaterThanOrEqual(20);
          expect(style.align).not.toBe('justify');
          expect(style.italic).toBe(false);
          expect(style.capitals).toBe(false);
        }
      }
    });

    test('has no accessibility problems axe can find, and nothing scrolls sideways at 320 px', async ({ page }) => {
      await page.goto(address);
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      const violations = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
      expect(violations).toEqual([]);

      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    });
  });
}
