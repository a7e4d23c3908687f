/**
 * The comms team's report, made from the example figures, as its readers meet it: axe finds nothing, it reflows at
 * 320 pixels, and the charts are pictures with a name. One page load: the figures themselves are checked in
 * src/comms-report/report-html.test.ts.
 */
import { expect, test } from '@playwright/test';
import { EXAMPLE_DATA, EXAMPLE_HEALTH } from '../../src/comms-report/report-fixture.ts';
import { renderReport } from '../../src/comms-report/report-html.ts';
import { axeViolations } from './support/axe.ts';

test('the comms report is accessible, reflows on a phone, and names its charts', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.setContent(renderReport(EXAMPLE_DATA, EXAMPLE_HEALTH, new Date('2026-11-27T09:00:00Z')));
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expect(page.getByRole('img', { name: /^The 4 most read pages/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Page reads each day/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Victims First: what people read and said, 20 November 2026 to 26 November 2026',
  );
});
