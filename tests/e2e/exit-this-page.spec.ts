/**
 * "Exit this page": leaves at once by click or by pressing Shift three times,
 * replaces the page in history so Back does not return to it, and is always
 * on screen and never covered.
 */
import { expect, test, type Page } from '@playwright/test';
import { settings, stubExitDestination } from './support/site.ts';

const neutralStart = 'https://start.example/';

/** Open a neutral page first, then the site, so there is somewhere for Back to go. */
async function openAfterNeutralPage(page: Page, path: string) {
  await page.context().route(`${neutralStart}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Start</title><p>Start</p>' }));
  await page.goto(neutralStart);
  await page.goto(path);
}

test.beforeEach(async ({ context }) => {
  await stubExitDestination(context, 300);
});

test('clicking it hides the page at once and leaves for the neutral site', async ({ page }) => {
  await openAfterNeutralPage(page, '/cover-your-tracks/');
  await page.getByRole('link', { name: /Exit this page/ }).click();
  // Before the neutral site has even answered, nothing of this page is shown.
  await expect(page.locator('main')).toBeHidden();
  await page.waitForURL(settings.exitPage.url);
  await expect(page.locator('h1')).toHaveText('Weather');
});

test('Back after leaving does not return to the page', async ({ page }) => {
  await openAfterNeutralPage(page, '/about/');
  await page.getByRole('link', { name: /Exit this page/ }).click();
  await page.waitForURL(settings.exitPage.url);
  await page.goBack();
  expect(page.url()).toBe(neutralStart);
});

test('pressing Shift three times leaves, and Back does not return', async ({ page }) => {
  await openAfterNeutralPage(page, '/privacy/');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status').filter({ hasText: 'Shift pressed 1 of 3 times' })).toBeAttached();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(settings.exitPage.url);
  await page.goBack();
  expect(page.url()).toBe(neutralStart);
});

test('typing with Shift in between does not leave', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('What are you looking for?').click();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.type('Bail');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(400);
  expect(new URL(page.url()).pathname).toBe('/search/');
  await expect(page.locator('main')).toBeVisible();
});

for (const width of [320, 1280]) {
  test(`stays on screen and uncovered after scrolling to the bottom, ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/privacy/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const exit = page.getByRole('link', { name: /Exit this page/ });
    await expect(exit).toBeInViewport();
    const box = (await exit.boundingBox())!;
    const topElementIsExit = await page.evaluate(
      ({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('[data-exit-this-page-button]')),
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(topElementIsExit).toBe(true);
  });
}

test('the keyboard reaches the skip link first, then Exit this page', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Exit this page/ })).toBeFocused();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
