/**
 * The referral form in another language, end to end, in a right-to-left
 * language (Urdu) and a left-to-right one (Polish), with and without
 * JavaScript: an empty form gets the error summary and title in that
 * language, a complete one the confirmation in it, and the referral carries
 * the language to the hub.
 */
import { expect, test, type Page } from '@playwright/test';
import { sentencesIn } from '../../src/content-model/interface-words.ts';

/** Fill the form by its fields' names, which are the same in every language. */
async function fillReferral(page: Page) {
  const choose = (name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`).check();
  await choose('referrerType', 'self');
  await page.locator('#name').fill('Sam Example');
  await choose('ageBand', '25-64');
  await page.locator('#postcode').fill('RG1 1AA');
  await choose('contactMethod', 'phone');
  await page.locator('#phone').fill('07700 900982');
  await choose('voicemailSafe', 'no');
  await choose('crimeTypes', 'burglary');
  await choose('reportedToPolice', 'no');
  await choose('personRole', 'victim');
  await choose('inDanger', 'no');
  await choose('supportWanted', 'emotional');
  await choose('consentContact', 'yes');
  await choose('consentShare', 'yes');
}

for (const javaScriptEnabled of [true, false]) {
  for (const lang of ['ur', 'pl']) {
    test(`in ${lang}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript: errors, then the confirmation, in ${lang}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const say = sentencesIn(lang);
      if (javaScriptEnabled) await page.clock.install({ time: Date.now() - 60_000 });
      await page.goto(`/${lang}/refer/`);
      const title = await page.title();

      await page.getByRole('button', { name: say('Send referral') }).click();
      const summary = page.locator('[data-error-summary]');
      await expect(summary.getByRole('heading')).toHaveText(say('There is a problem'));
      await expect(summary.getByRole('link', { name: say('Select who needs support') })).toBeVisible();
      await expect(page).toHaveTitle(`${say('Error:')} ${title}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      const sent: string[] = [];
      await page.route('**/api/referrals', async (route) => {
        sent.push(route.request().postData() ?? '');
        await route.continue();
      });
      await fillReferral(page);
      if (javaScriptEnabled) await page.clock.fastForward(10_000);
      await page.getByRole('button', { name: say('Send referral') }).click();
      await expect(page.getByRole('heading', { level: 1, name: say('Referral sent') })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${say('Referral sent')} – `));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // The language goes with the referral, so the hub knows to book an interpreter.
      const answers = javaScriptEnabled
        ? (JSON.parse(sent[0] ?? '{}') as Record<string, unknown>)
        : Object.fromEntries(new URLSearchParams(sent[0]));
      expect(answers['formLanguage']).toBe(lang);
      await context.close();
    });
  }
}
