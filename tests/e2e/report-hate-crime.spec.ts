/**
 * The hate crime report, used as a person would: with JavaScript, an anonymous report (no name or contact asked for,
 * errors summarised, sent in place); without JavaScript, a report from a Connect point that also asks for support.
 * Two page loads each, as the suite is near its time budget: the rules and the intake are tested without a browser.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sentencesIn } from '../../src/content-model/interface-words.ts';
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

test('in Arabic, with JavaScript, a witness passes a report to the police with their details, right to left', async ({
  page,
}) => {
  const say = sentencesIn('ar');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.clock.install({ time: Date.now() - 60_000 });
  await page.goto('/ar/report-hate-crime/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 2, name: say('1. Who is reporting') })).toBeVisible();

  // The form's fields have the same names in every language.
  const choose = (name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`).check();
  await choose('reporterType', 'witness');
  await choose('hostility', 'race');
  await choose('placeKind', 'in-person');
  await page.locator('#place').fill('محطة الحافلات في سلاو');
  await choose('area', 'berkshire');
  await choose('roughTime', 'last-week');
  await page.locator('#account').fill('صرخ رجل بكلمات عنصرية على امرأة ودفعها.');
  await choose('anyoneHurt', 'yes');
  await choose('stillHappening', 'no');
  await choose('reportedBefore', 'no');
  await choose('outcome', 'police');
  await page.locator('#reporterName').fill('Robin Witnessname');
  await page.locator('#reporterPhone').fill('07700 900123');
  // Nothing on the page is wider than a small phone, in a right-to-left layout.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  const sent: string[] = [];
  await page.route('**/api/hate-crime-reports', async (route) => {
    sent.push(route.request().postData() ?? '');
    await route.continue();
  });
  await page.clock.fastForward(10_000);
  await page.getByRole('button', { name: say('Send report') }).click();
  await expect(page.getByRole('heading', { level: 1, name: say('Report sent') })).toBeVisible();
  await expect(
    page.getByText(
      say(
        'The Victims First Hub will pass your report and your details to Thames Valley Police. The police may contact you to find out more.',
      ),
    ),
  ).toBeVisible();
  const answers = JSON.parse(sent[0] ?? '{}') as Record<string, unknown>;
  expect(answers).toMatchObject({ formLanguage: 'ar', outcome: 'police', reporterName: 'Robin Witnessname' });
});
