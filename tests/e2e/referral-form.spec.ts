/**
 * The referral form, used as a person would: found by its labels, sent with
 * and without JavaScript, for each kind of referrer; errors shown, fixed and
 * sent again; and the intake unreachable.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { listenForPolicyViolations, policyViolations, settings } from './support/site.ts';

type Referrer = 'self' | 'someone-else' | 'professional';

const radio = (page: Page, group: string, option: string) =>
  page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true });

/** Fill the form for a referrer, as far as the answers go. */
async function fillReferral(page: Page, referrer: Referrer) {
  const who = {
    self: 'Myself',
    'someone-else': 'Someone else, who knows and agrees',
    professional: 'Someone I work with, as a professional',
  }[referrer];
  await radio(page, 'Who are you asking for support for?', who).check();
  if (referrer !== 'self') await page.getByLabel('Your name', { exact: true }).fill('Alex Referrer');
  if (referrer === 'someone-else') {
    await page.getByLabel('How do you know them?').fill('Sister');
    await page.getByLabel('Your phone number').fill('07700 900123');
  }
  if (referrer === 'professional') {
    await page.getByLabel('Organisation').fill('Thames Valley Police');
    await page.getByLabel('Your job title or role').fill('Response officer');
    await page.getByLabel('Work phone number').fill('01865 000 000');
    await page.getByLabel('Work email address').fill('alex.referrer@example.police.uk');
    await radio(page, 'Are you a police officer or member of police staff?', 'Yes').check();
    await page.getByLabel('Collar or staff number').fill('4821');
  }
  await page.getByLabel('Full name').fill('Sam Example');
  await radio(page, 'Or, age group', '25 to 64').check();
  await page.getByLabel('Postcode').fill('RG1 1AA');
  await radio(page, 'How should the hub get in touch?', 'Phone call').check();
  await page.getByLabel('Phone number', { exact: true }).fill('07700 900982');
  await radio(page, 'Is it safe to leave a voicemail?', 'No').check();
  await page.getByRole('checkbox', { name: 'Burglary' }).check();
  await radio(page, 'Has it been reported to the police?', 'No').check();
  await radio(page, 'Was the person who needs support…', 'The victim').check();
  await radio(page, 'Is anyone in danger now?', 'No').check();
  await page.getByRole('checkbox', { name: 'Someone to talk to' }).check();
  await page.getByRole('checkbox', { name: /knows about this referral/ }).check();
  await page.getByRole('checkbox', { name: /details being shared/ }).check();
}

/** axe runs inside the page, so only with JavaScript on; the markup is the same renderer's either way. */
async function expectNoAxeViolations(page: Page, javaScriptEnabled: boolean) {
  if (!javaScriptEnabled) return;
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

async function expectConfirmation(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Referral sent' })).toBeVisible();
  await expect(page.locator('[data-reference]')).toHaveText(
    /^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/,
  );
  await expect(page).toHaveTitle(/^Referral sent – /);
  await expect(page.getByText(`The hub calls from ${settings.hub.callsFrom}`)).toBeVisible();
  // Nothing about the referral is left in the address or in browser storage.
  expect(new URL(page.url()).search).toBe('');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    for (const referrer of ['self', 'someone-else', 'professional'] as const) {
      test(`a referral by ${referrer} is sent and gets a reference`, async ({ page }) => {
        if (javaScriptEnabled) await page.clock.install({ time: Date.now() - 60_000 });
        await page.goto('/refer/');
        await fillReferral(page, referrer);
        // The page's clock starts a minute back: the intake refuses forms filled in faster than a person could.
        if (javaScriptEnabled) await page.clock.fastForward(10_000);
        await page.getByRole('button', { name: 'Send referral' }).click();
        await expectConfirmation(page);
      });
    }

    test('a service chosen from the list reaches the hub with the referral', async ({ page }) => {
      if (javaScriptEnabled) await page.clock.install({ time: Date.now() - 60_000 });
      const sent: string[] = [];
      await page.route('**/api/referrals', async (route) => {
        sent.push(route.request().postData() ?? '');
        await route.continue();
      });
      await page.goto('/refer/');
      await fillReferral(page, 'self');
      await page
        .getByLabel('Is there a service you would like to be referred to? (optional)')
        .selectOption('victims-first-counselling-service');
      if (javaScriptEnabled) await page.clock.fastForward(10_000);
      await page.getByRole('button', { name: 'Send referral' }).click();
      await expectConfirmation(page);
      expect(sent).toHaveLength(1);
      // The script sends JSON; the browser alone sends the form's own encoding.
      const answers = javaScriptEnabled
        ? (JSON.parse(sent[0] ?? '{}') as Record<string, unknown>)
        : Object.fromEntries(new URLSearchParams(sent[0]));
      expect(answers['serviceInterest']).toBe('victims-first-counselling-service');
    });

    test('errors are listed in a summary that links to each field, and what was typed is kept', async ({ page }) => {
      if (javaScriptEnabled) await page.clock.install({ time: Date.now() - 60_000 });
      // A phone, where the sticky Exit this page bar covers most.
      await page.setViewportSize({ width: 390, height: 844 });
      await listenForPolicyViolations(page);
      await page.goto('/refer/');
      await fillReferral(page, 'self');
      await page.getByLabel('Postcode').fill('nowhere');
      await page.getByRole('checkbox', { name: /details being shared/ }).uncheck();
      await page.getByRole('button', { name: 'Send referral' }).click();

      await expect(page).toHaveTitle(/^Error: Ask for support/);
      const summary = page.locator('[data-error-summary]');
      await expect(summary).toBeVisible();
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([
        'Enter a full UK postcode, like OX1 1AA',
        'Confirm you agree to your details being shared with the services that will support you',
      ]);
      // The message also stands beside the field, and the rest of the answers are still there.
      await expect(page.getByText('Error: Enter a full UK postcode, like OX1 1AA')).toBeVisible();
      await expect(page.getByLabel('Full name')).toHaveValue('Sam Example');
      await expect(page.getByRole('checkbox', { name: 'Burglary' })).toBeChecked();
      await expectNoAxeViolations(page, javaScriptEnabled);
      // The answers were checked in the browser with the schema library, which never tries eval (the CSP forbids it).
      expect(await policyViolations(page)).toEqual([]);

      // Nothing the person is taken to is hidden under the Exit bar: the summary, then the question an error leads to.
      await expectBelowExitBar(page, summary);
      await summary.getByRole('link', { name: 'Enter a full UK postcode, like OX1 1AA' }).click();
      await expect(page.getByLabel('Postcode')).toBeFocused();
      await expectBelowExitBar(page, page.locator('label[for="postcode"]'));
      await expectBelowExitBar(page, page.getByLabel('Postcode'));
      await page.getByLabel('Postcode').fill('OX1 1AA');
      await page.getByRole('checkbox', { name: /details being shared/ }).check();
      if (javaScriptEnabled) await page.clock.fastForward(10_000);
      await page.getByRole('button', { name: 'Send referral' }).click();
      await expectConfirmation(page);
      // What to do while waiting, and who to talk to now.
      await expect(page.getByRole('link', { name: 'our page for while you wait' })).toHaveAttribute(
        'href',
        '/while-you-wait/',
      );
      await expect(page.getByRole('main').getByRole('link', { name: '116 123' })).toHaveAttribute('href', 'tel:116123');
      await expectNoAxeViolations(page, javaScriptEnabled);
    });
  });
}

/** The element starts below the sticky Exit this page bar and ends inside the screen. */
async function expectBelowExitBar(page: Page, element: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const bar = await page.locator('.exit-this-page').boundingBox();
      const box = await element.boundingBox();
      const height = page.viewportSize()?.height ?? 0;
      return bar && box ? box.y >= bar.y + bar.height && box.y + Math.min(box.height, 200) <= height : false;
    })
    .toBe(true);
}

test.describe('with JavaScript, when the connection fails', () => {
  test('it retries with the same key and the hub gets the referral once', async ({ page }) => {
    await page.clock.install({ time: Date.now() - 60_000 });
    const keys: string[] = [];
    let attempts = 0;
    await page.route('**/api/referrals', async (route) => {
      attempts += 1;
      keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
      if (attempts === 1) return route.abort('connectionreset');
      return route.continue();
    });
    await page.goto('/refer/');
    await fillReferral(page, 'self');
    await page.clock.fastForward(10_000);
    await page.getByRole('button', { name: 'Send referral' }).click();
    await expect(page.getByText('Still sending. Please keep this page open…')).toBeVisible();
    await page.clock.fastForward(2_000);
    await expectConfirmation(page);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  test('with the intake down, it says so, gives the phone number, and keeps everything typed', async ({ page }) => {
    await page.clock.install({ time: Date.now() - 60_000 });
    await page.route('**/api/referrals', (route) => route.abort('connectionrefused'));
    await page.goto('/refer/');
    await fillReferral(page, 'self');
    await page.getByLabel('Anything else the hub should know? (optional)').fill('Please call after 6pm.');
    await page.clock.fastForward(10_000);
    await page.getByRole('button', { name: 'Send referral' }).click();
    // Each retry waits longer; move the page's clock on until it gives up.
    const status = page.locator('[data-referral-status]');
    await expect(async () => {
      await page.clock.fastForward(9_000);
      await expect(status).toContainText('We could not send your referral', { timeout: 250 });
    }).toPass({ timeout: 20_000 });
    await expect(page.locator('[data-referral-status]')).toContainText(settings.hub.phone);
    await expect(page.getByLabel('Full name')).toHaveValue('Sam Example');
    await expect(page.getByLabel('Anything else the hub should know? (optional)')).toHaveValue(
      'Please call after 6pm.',
    );
    await expect(page.getByRole('button', { name: 'Send referral' })).toBeEnabled();
  });
});

test.describe('with JavaScript, the form adapts', () => {
  test('questions appear only when they apply', async ({ page }) => {
    await page.goto('/refer/');
    await expect(page.getByLabel('Organisation')).toBeHidden();
    await radio(page, 'Who are you asking for support for?', 'Someone I work with, as a professional').check();
    await expect(page.getByLabel('Organisation')).toBeVisible();
    await expect(page.getByLabel('Collar or staff number')).toBeHidden();
    await radio(page, 'Are you a police officer or member of police staff?', 'Yes').check();
    await expect(page.getByLabel('Collar or staff number')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Has a parent or guardian agreed to this referral?' })).toBeHidden();
    await radio(page, 'Or, age group', '12 to 17').check();
    await expect(page.getByRole('group', { name: 'Has a parent or guardian agreed to this referral?' })).toBeVisible();
  });

  test('a link can pre-select restorative justice', async ({ page }) => {
    await page.goto('/refer/?interest=restorative-justice');
    await expect(page.getByRole('checkbox', { name: 'Restorative justice' })).toBeChecked();
    // The choice leaves the address once made: the tab's history does not say what help was asked for.
    await expect(page).toHaveURL(/\/refer\/$/);
  });

  test('the details box counts the characters left', async ({ page }) => {
    await page.goto('/refer/');
    await page.getByLabel('Anything else the hub should know? (optional)').fill('Hello');
    await expect(page.getByText('You have 1495 characters remaining')).toBeVisible();
  });

  test('a postcode outside Thames Valley gets a kind pointer to help elsewhere', async ({ page }) => {
    await page.goto('/refer/');
    await page.getByLabel('Postcode').fill('M1 1AA');
    await expect(page.getByText('This postcode looks like it is outside Thames Valley')).toBeVisible();
    await page.getByLabel('Postcode').fill('MK9 1AA');
    await expect(page.getByText('This postcode looks like it is outside Thames Valley')).toBeHidden();
  });
});
