/**
 * Help for people who are Deaf, hard of hearing or cannot speak on the phone:
 * every emergency block (the footer, the home page, the support plan) gives
 * 999, 999 then 55, 999 BSL, emergency texts and Relay UK, with the numbers
 * and addresses from settings, and leads to the page that explains them. That
 * page links to other sites and shows nothing from them.
 */
import { expect, test, type Locator } from '@playwright/test';
import { recordOtherHosts, settings, sitemapPaths } from './support/site.ts';

const { emergency } = settings;
const page = emergency.withoutSpeakingPage ?? '/deaf-or-cannot-speak/';

async function expectEveryRoute(block: Locator): Promise<void> {
  const routes = block.locator('[data-emergency-route]');
  await expect(routes).toHaveCount(5);
  await expect(block.getByRole('link', { name: emergency.emergency, exact: true })).toHaveAttribute(
    'href',
    `tel:${emergency.emergency}`,
  );
  await expect(block.locator('[data-emergency-route="cannot-speak"]')).toContainText(
    `press ${emergency.silentSolutionCode} when asked`,
  );
  await expect(block.getByRole('link', { name: '999 BSL' })).toHaveAttribute('href', emergency.bslVideoRelay);
  await expect(
    block.getByRole('link', { name: `text "${emergency.emergencySmsRegisterWord}" to ${emergency.emergencySms}` }),
  ).toHaveAttribute('href', `sms:${emergency.emergencySms}`);
  await expect(block.locator('[data-emergency-route="text"]')).toContainText('Do it now, before you need it.');
  await expect(block.locator('[data-emergency-route="relay"]')).toContainText(
    `In an emergency, call ${emergency.textRelay}. For any other number, dial ${emergency.relayPrefix} first`,
  );
  await expect(block.getByRole('link', { name: 'Relay UK' })).toHaveAttribute('href', emergency.relayUkWebsite);
}

test('the footer gives every way to reach 999 and leads to the page that explains them', async ({ page: tab }) => {
  await tab.goto('/services/');
  const footer = tab.getByRole('contentinfo');
  await expectEveryRoute(footer);
  await footer.getByRole('link', { name: /More about help if you are Deaf/ }).click();
  await expect(tab).toHaveURL(new RegExp(`${page}$`));
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(
    'Help if you are Deaf, hard of hearing or cannot speak on the phone',
  );
});

test('the home page’s emergency block gives every way to reach 999', async ({ page: tab }) => {
  await tab.goto('/');
  const block = tab.getByRole('region', { name: 'In an emergency' });
  await expectEveryRoute(block);
  await expect(block.getByRole('link', { name: /More about help if you are Deaf/ })).toHaveAttribute('href', page);
});

test('the support plan’s numbers include every way to reach 999, and print', async ({ page: tab }) => {
  await tab.goto('/while-you-wait/my-support-plan/');
  const numbers = tab.getByRole('region', { name: 'Numbers to call' });
  await expectEveryRoute(numbers);
  await tab.emulateMedia({ media: 'print' });
  await expect(numbers.locator('[data-emergency-route="bsl"]')).toBeVisible();
});

test('the page explains each way in turn, and the hub’s own ways in', async ({ page: tab }) => {
  expect(sitemapPaths()).toContain(page);
  await tab.goto(page);
  const main = tab.getByRole('main');
  for (const heading of [
    'If you use British Sign Language: 999 BSL',
    'If you cannot make a call: text 999',
    'How to register',
    'If you cannot speak: 999 then 55',
    'Relay UK: phone calls using text',
    'Getting support from the Victims First Hub without a phone call',
  ]) {
    await expect(main.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(main).toContainText('Text the word register to 999.');
  await expect(main).toContainText(`18001 ${settings.hub.phone}`);
  await expect(main.getByRole('link', { name: 'form to ask for support' })).toHaveAttribute('href', '/refer/');
});

test('the page links to British Sign Language help elsewhere without loading anything from other sites', async ({
  page: tab,
  baseURL,
}) => {
  const elsewhere = await recordOtherHosts(tab, baseURL!);
  await tab.goto(page);
  const main = tab.getByRole('main');
  await expect(main.getByRole('link', { name: 'Go to the 999 BSL website' })).toHaveAttribute(
    'href',
    emergency.bslVideoRelay,
  );
  await expect(main.getByRole('link', { name: 'Find out more about Relay UK' })).toHaveAttribute(
    'href',
    emergency.relayUkWebsite,
  );
  await expect(main.getByRole('link', { name: 'Read the Victims’ Code on GOV.UK' })).toHaveAttribute(
    'href',
    settings.victimsCode.url,
  );
  await expect(main.locator('iframe, video, embed, object')).toHaveCount(0);
  await tab.waitForLoadState('networkidle');
  expect(elsewhere).toEqual([]);
});
