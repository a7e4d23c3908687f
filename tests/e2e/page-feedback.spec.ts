/**
 * "Was this page useful?" on a content page, with and without JavaScript, through the intake the tests serve. Two
 * page loads in all: the widget's markup, words and decisions are unit-tested beside it
 * (src/features/page-feedback/), and the walk through every page checks it with axe and at 320 px.
 */
import { expect, test } from '@playwright/test';
import { sentencesIn } from '../../src/content-model/interface-words.ts';
import { listenForPolicyViolations, policyViolations } from './support/site.ts';

test('with JavaScript: No opens the box, Send thanks in place, says contact details were removed, and keeps nothing', async ({
  page,
  context,
}) => {
  await listenForPolicyViolations(page);
  await page.goto('/about/');
  const address = page.url();
  const widget = page.getByRole('region', { name: 'Was this page useful?' });

  await widget.getByRole('button', { name: 'No', exact: true }).click();
  const box = widget.getByLabel('What was missing or wrong?');
  await expect(box).toBeFocused();
  await expect(box).toHaveAccessibleDescription(/Do not write your name, email address or phone number/);

  await box.fill('The opening times were wrong. Email me at sam.jones@example.com');
  const sent = page.waitForRequest((request) => request.url().endsWith('/api/feedback'));
  await widget.getByRole('button', { name: 'Send' }).click();
  expect((await sent).postDataJSON()).toEqual({
    website: '',
    page: '/about/',
    formLanguage: 'en',
    whatWasWrong: 'The opening times were wrong. Email me at sam.jones@example.com',
    useful: 'no',
  });

  // The thank-you takes focus, so screen readers hear it, and replaces the question.
  const thanks = page.locator('#page-feedback-sent');
  await expect(thanks).toBeFocused();
  await expect(thanks).toContainText('Thank you for your feedback.');
  await expect(thanks.getByText('We removed what looked like contact details.')).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Send' })).toBeHidden();

  // Nothing kept in the browser, and the address is as it was.
  expect(page.url()).toBe(address);
  expect(
    await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    })),
  ).toEqual({ local: 0, session: 0, cookie: '' });
  expect(await context.cookies()).toEqual([]);
  expect(await policyViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Yes posts the form and comes back to the same page, in its language, thanking the person', async ({ page }) => {
    const say = sentencesIn('pl');
    await page.goto('/pl/cover-your-tracks/');
    const widget = page.locator('[data-page-feedback]');
    await widget.getByRole('button', { name: say('Yes'), exact: true }).click();
    await expect(page).toHaveURL(/\/pl\/cover-your-tracks\/#page-feedback-sent$/);
    await expect(page.locator('#page-feedback-sent')).toBeVisible();
    await expect(page.locator('#page-feedback-sent')).toContainText(say('Thank you for your feedback.'));
    await expect(widget.getByRole('button', { name: say('Yes'), exact: true })).toBeHidden();
  });
});
