/**
 * The home page's first screen on a phone (390 × 844, before any scrolling) shows how to get help now: the hub's
 * number, whether it is open now and, when it is closed, the free lines open all day and night and 999; and a way in
 * by kind of crime. The hub's status is worked out in the browser, so the page's clock is set: a Monday just before
 * the hub closes, then two minutes later, when the status (checked every minute) has changed.
 */
import { expect, test, type Locator } from '@playwright/test';
import { sentencesIn } from '../../src/content-model/interface-words.ts';
import { describeOpeningHours } from '../../src/shared/opening-hours.ts';
import { settings } from './support/site.ts';

const phone = { width: 390, height: 844 };
test.use({ viewport: phone });

/** Monday 23 November 2026, 4:58pm in the UK (GMT): the hub is open until 5pm. */
const justBeforeClosing = new Date('2026-11-23T16:58:00Z');

async function expectOnFirstScreen(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const name = await locator.evaluate((element) => element.textContent?.trim() ?? element.outerHTML);
  expect(box, name).not.toBeNull();
  expect(box!.y, name).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${name} ends within the first ${phone.height} px`).toBeLessThanOrEqual(phone.height);
}

test('on a phone, the first screen shows the hub’s number, whether it is open, the 24-hour lines when it is closed, and the kinds of crime', async ({
  page,
}) => {
  await page.clock.install({ time: justBeforeClosing });
  await page.goto('/');
  const main = page.getByRole('main');
  const help = main.getByRole('region', { name: 'Get help now' });
  const crimes = main.getByRole('region', { name: 'What happened to you?' });
  const crimeLinks = crimes.getByRole('list').first().getByRole('link');
  const alwaysOpen = settings.hub.whenClosed.map((line) => help.getByRole('link', { name: line.phone }));

  // Open: the number, the status and every kind of crime shown at once; the lines for when it is closed are not.
  await expectOnFirstScreen(help.getByRole('link', { name: settings.hub.phone }));
  await expectOnFirstScreen(help.getByText('We are open now.'));
  await expectOnFirstScreen(help.getByText(describeOpeningHours(settings.hub.openingHours)[0]!, { exact: false }));
  for (const line of alwaysOpen) await expect(line).toBeHidden();
  expect(await crimeLinks.count()).toBeGreaterThanOrEqual(4);
  for (const link of await crimeLinks.all()) {
    expect(await link.getAttribute('href')).toMatch(/^\/vip\/[a-z0-9-]+\/$/);
    await expectOnFirstScreen(link);
  }

  // Closed, two minutes later: the free lines open all day and night, and 999, join them on the first screen.
  await page.clock.fastForward('02:00');
  await expectOnFirstScreen(help.getByText('We are closed now.'));
  expect(alwaysOpen.length).toBeGreaterThan(0);
  for (const line of alwaysOpen) await expectOnFirstScreen(line);
  await expectOnFirstScreen(help.getByRole('link', { name: settings.emergency.emergency, exact: true }));
  await expectOnFirstScreen(help.getByRole('link', { name: settings.hub.phone }));
  for (const link of await crimeLinks.all()) await expectOnFirstScreen(link);
});

test('on a phone, the Arabic home page reads right to left with the hub, its status and the kinds of crime first', async ({
  page,
}) => {
  const say = sentencesIn('ar');
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await page.goto('/ar/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const main = page.getByRole('main');
  const help = main.getByRole('region', { name: say('Get help now') });
  await expectOnFirstScreen(help.getByRole('link', { name: settings.hub.phone }));
  await expectOnFirstScreen(help.getByText(say('We are open now.')));
  const crimes = main.getByRole('region', { name: say('What happened to you?') });
  await expectOnFirstScreen(crimes.getByRole('heading'));
  await expectOnFirstScreen(crimes.getByRole('link').first());
  // The menu is a native disclosure: it opens without a script and lists the pages in Arabic.
  await page.getByText(say('Menu'), { exact: true }).click();
  await expect(
    page
      .getByRole('navigation', { name: say('Main') })
      .getByRole('link')
      .first(),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
});
