/**
 * The hate crime report, used as a person would: with JavaScript, an anonymous report (no name or contact asked for,
 * errors summarised, sent in place); without JavaScript, a report from a Connect point that also asks for support.
 * Two page loads each, as the suite is near its time budget: the rules and the intake are tested without a browser.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeTags, listenForPolicyViolations, policyViolations } from './support/site.ts';

const radio = (page: Page, group: string, option: string) =>
  page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true });

/** What happened, where and when. */
async function fillWhatHappened(page: Page) {
  await page.getByRole('checkbox', { name: 'Religion or belief' }).check();
  await radio(page, 'Did it happen in person or online?', 'In person').check();
  await page.getByLabel('Where did it happen?').fill('Outside the station');
  await radio(page, 'Which area was it in?', 'Berkshire').check();
  await radio(page, 'Or, roughly when', 'In the last week').check();
  await page.getByLabel('What happened?').fill('A man shouted abuse about my turban and spat at me.');
  await radio(page, 'Was anyone hurt?', 'No').check();
  await radio(page, 'Is it still happening?', 'No').check();
  await radio(page, 'Has this been reported before?', 'No').check();
}

async function expectReference(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Report sent' })).toBeVisible();
  await expect(page.locator('[data-reference]')).toHaveText(
    /^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/,
  );
  await expect(page).toHaveTitle(/^Report sent – /);
  // Nothing about the report is left in the address or in browser storage.
  expect(new URL(page.url()).search).toBe('');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
}

test.describe('with JavaScript', () => {
  test('an anonymous report asks for no name or contact, shows its errors, and gets a reference', async ({ page }) => {
    await page.clock.install({ time: Date.now() - 60_000 });
    await listenForPolicyViolations(page);
    await page.goto('/report-hate-crime/');
    await expect(page.getByRole('link', { name: /Exit this page/ }).first()).toBeVisible();
    await expect(page.getByText('If anyone is in danger now, call 999.').first()).toBeVisible();

    await radio(page, 'Who is making this report?', 'It happened to me').check();
    await radio(page, 'What would you like to happen with this report?', 'Record it without my details').check();
    // Anonymous: no box for a name, a phone number or an email address is shown.
    for (const label of ['Your name', 'Your phone number', 'Full name of the person who needs support'])
      await expect(page.getByLabel(label, { exact: true })).toBeHidden();
    await expect(page.getByRole('textbox', { name: /email|phone|name/i })).toHaveCount(0);

    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page).toHaveTitle(/^Error: Report a hate crime/);
    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link').first()).toHaveText(
      'Select what you think it was about. If you are not sure, select “Something else”',
    );
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    await fillWhatHappened(page);
    await page.clock.fastForward(10_000);
    await page.getByRole('button', { name: 'Send report' }).click();
    await expectReference(page);
    await expect(page.getByText('without your name or contact details')).toBeVisible();
    expect(await policyViolations(page)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a report from a Connect point that asks for support is sent by an ordinary form post', async ({ page }) => {
    await page.goto('/report-hate-crime/');
    await radio(page, 'Who is making this report?', 'I work for an organisation and am reporting for someone').check();
    await page.getByLabel('Organisation', { exact: true }).fill('Reading Central Library Connect point');
    await page.getByLabel('Your job title or role').fill('Library assistant');
    await fillWhatHappened(page);
    await radio(page, 'What would you like to happen with this report?', 'Record it without my details').check();
    await page.getByRole('checkbox', { name: 'I would like support' }).check();
    await page.getByLabel('Full name of the person who needs support').fill('Sam Example');
    await radio(page, 'How should the hub get in touch?', 'Phone call').check();
    await page.getByLabel('Phone number', { exact: true }).fill('07700 900982');
    await radio(page, 'Is it safe to leave a voicemail?', 'No').check();
    await page.getByRole('checkbox', { name: /knows about this referral/ }).check();
    await page.getByRole('checkbox', { name: /details being shared/ }).check();
    await page.getByRole('button', { name: 'Send report' }).click();
    await expectReference(page);
    await expect(page.getByText('The hub will try to contact the person about support')).toBeVisible();
  });
});
