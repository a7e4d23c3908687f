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
  await page
    .context()
    .route(`${neutralStart}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Start</title><p>Start</p>' }),
    );
  await page.goto(neutralStart);
  await page.goto(path);
}

test.beforeEach(async ({ context }) => {
  await stubExitDestination(context, 300);
});

test('clicking it hides the page at once and leaves for the neutral site', async ({ page }) => {
  await openAfterNeutralPage(page, '/cover-your-tracks/');
  // Look at the page in the same moment as the click, before the neutral site has even answered.
  const seenAtClick = new Promise<{ shown: string[]; title: string }>(
    (resolve) => void page.exposeFunction('reportExitState', resolve),
  );
  await page.evaluate(() => {
    document.querySelector('[data-exit-this-page-button]')!.addEventListener('click', () => {
      const shown = [...document.body.children]
        .filter((child) => getComputedStyle(child).display !== 'none')
        .map((child) => child.tagName);
      (window as unknown as { reportExitState: (state: unknown) => void }).reportExitState({
        shown,
        title: document.title,
      });
    });
  });
  await page.getByRole('link', { name: /Exit this page/ }).click();
  const state = await seenAtClick;
  expect(state.shown).toEqual([]);
  expect(state.title).not.toContain('Victims First');
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

test('typing capitals and moving back with Shift+Tab do not leave, or announce anything', async ({ page }) => {
  await page.goto('/search/');
  const searchBox = page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
  await searchBox.click();
  for (const letter of ['B', 'A', 'I', 'L']) await page.keyboard.press(`Shift+Key${letter}`);
  await expect(searchBox).toHaveValue('BAIL');
  for (let index = 0; index < 3; index += 1) await page.keyboard.press('Shift+Tab');
  await page.waitForTimeout(400);
  expect(new URL(page.url()).pathname).toBe('/search/');
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('[data-exit-this-page-status]')).toHaveText('');
});

test('a key pressed between lone Shifts starts the count again', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(400);
  expect(new URL(page.url()).pathname).toBe('/about/');
  await expect(page.locator('[data-exit-this-page-status]')).toContainText('Shift pressed 1 of 3 times');
});

test('a Shift-click still leaves in the same tab', async ({ page, context }) => {
  await openAfterNeutralPage(page, '/about/');
  await page.getByRole('link', { name: /Exit this page/ }).click({ modifiers: ['Shift'] });
  await page.waitForURL(settings.exitPage.url);
  expect(context.pages()).toHaveLength(1);
});

test('moving back through a long page, the focused element is never hidden under the Exit bar', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/your-rights/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.locator('footer a').last().focus();
  for (let index = 0; index < 25; index += 1) {
    await page.keyboard.press('Shift+Tab');
    const { focusedTop, focusedBottom, barBottom, beforeBar } = await page.evaluate(() => {
      const focused = document.activeElement!.getBoundingClientRect();
      const bar = document.querySelector('[data-exit-this-page]')!;
      return {
        focusedTop: focused.top,
        focusedBottom: focused.bottom,
        barBottom: bar.getBoundingClientRect().bottom,
        // The bar itself, and the skip link before it, are not below it.
        beforeBar:
          bar.contains(document.activeElement) ||
          Boolean(bar.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_PRECEDING),
      };
    });
    if (!beforeBar && focusedBottom > 0)
      expect(focusedTop, `focus step ${index}`).toBeGreaterThanOrEqual(barBottom - 1);
  }
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

test('the skip link moves focus to the main content, which starts below the Exit bar on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const bar = (await page.locator('[data-exit-this-page]').boundingBox())!;
  const heading = (await page.locator('main h1').boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
  expect(heading.y + heading.height).toBeLessThanOrEqual(640);
});
