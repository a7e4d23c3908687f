/**
 * The hub page at /hub/, as hub staff use it: choose the hub's private key file, get the referrals and hate crime
 * reports, save every file, remove them from the server. Checked as a person meets it (labels, keyboard, axe, 320 pixels) and as an
 * attacker would look at it: a staff page kept out of the sitemap and search engines, with its own policy, and with
 * nothing of the key or the referrals left in the browser's storage.
 *
 * The server (playwright.config.ts) makes the hub's keys in HUB_KEY_FOLDER and gives the intake their public halves.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { NOT_A_PRIVATE_KEY } from '../../src/hub/hub-keys.ts';
import { PUBLIC_KEY_CHOSEN } from '../../src/hub/page/hub-collection.ts';
import { hubContentSecurityPolicy } from '../../src/hosting/security-headers.ts';
import { projectSecurityOptions } from '../../src/hosting/security-options.ts';
import { validReferral } from '../support/referrals.ts';
import { anonymousReport, reportAskingForSupport } from '../support/hate-crime-reports.ts';
import { axeTags, sitemapPaths } from './support/site.ts';

/** HUB_KEY_FOLDER in playwright.config.ts: where the test server keeps the hub's keys. */
const keyFolder = path.resolve('test-results/intake/keys');
const privateKeyFile = path.join(keyFolder, 'hub-private-key.txt');
const publicKeyFile = path.join(keyFolder, 'hub-public-key.txt');

/** Send a referral as the form's script does, and return its reference. */
async function sendReferral(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post('/api/referrals', {
    data: { ...validReferral, name, idempotencyKey: randomUUID() },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

/** Send a hate crime report as the report form's script does, and return its reference. */
async function sendReport(request: APIRequestContext, report: Record<string, unknown>): Promise<string> {
  const response = await request.post('/api/hate-crime-reports', { data: { ...report, idempotencyKey: randomUUID() } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Every script error and every request the policy blocked (both are console errors in Chromium). */
function recordConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Press a button from the keyboard, as someone who does not use a mouse would. */
async function pressWithKeyboard(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

/** Save one of the files and read what was saved. */
async function saveFile(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const saved = await download.path();
  return { fileName: download.suggestedFilename(), text: await readFile(saved, 'utf8') };
}

const keyBox = (page: Page) => page.getByLabel('The hub’s private key file', { exact: true });
const getStatus = (page: Page) => page.locator('[data-hub-collection-get-status]');
const referenceCells = (page: Page) => page.locator('[data-hub-collection-rows] td.hub__reference');
/** The table's row for a reference, with its three cells. */
const rowFor = (page: Page, reference: string) =>
  page
    .locator('[data-hub-collection-rows] tr')
    .filter({ has: page.locator('td.hub__reference', { hasText: reference }) });

test('the hub page is a staff page: not in the sitemap, never indexed or cached, and under its own policy', async ({
  request,
}) => {
  expect(sitemapPaths()).not.toContain('/hub/');
  const response = await request.get('/hub/');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(hubContentSecurityPolicy(projectSecurityOptions()));
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).toContain('<meta name="referrer" content="no-referrer">');
  expect(html).not.toContain('data-pagefind-body');
  expect(html).not.toMatch(/Exit this page/i);
});

test('hub staff collect referrals and hate crime reports: key, get, save every file, remove, and nothing is left in the browser', async ({
  page,
  request,
  context,
}) => {
  const consoleErrors = recordConsoleErrors(page);
  const sent: string[] = [];
  page.on('request', (sending) =>
    sent.push(`${sending.url()} ${JSON.stringify(sending.headers())} ${sending.postData() ?? ''}`),
  );
  const names = ['Robin Hubpage One', 'Robin Hubpage Two'];
  const references = [await sendReferral(request, names[0]!), await sendReferral(request, names[1]!)];
  // And two hate crime reports: one anonymous, one that asks for support (a referral too, under the same reference).
  const anonymous = await sendReport(request, anonymousReport);
  const supportName = 'Robin Hubpage Support';
  const support = await sendReport(request, { ...reportAskingForSupport, name: supportName });

  await page.goto('/hub/');
  await expect(page.getByRole('heading', { level: 1, name: 'Collect referrals' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Get referrals and reports' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Forget the key' })).toBeHidden();
  await expectNoAxeViolations(page);

  // 1. The key: read once, and the file box is cleared at once.
  await keyBox(page).setInputFiles(privateKeyFile);
  await expect(page.locator('[data-hub-collection-key-status]')).toHaveText(/^The key is ready\./);
  expect(await keyBox(page).evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
  await expect(page.getByRole('button', { name: 'Forget the key' })).toBeVisible();

  // 2. Get referrals and reports, from the keyboard: each reference once, with what it is, and no one's details.
  await pressWithKeyboard(page, 'Get referrals and reports');
  await expect(getStatus(page)).toHaveText(
    /^Opened \d+ referrals and \d+ hate crime reports\. \d+ reports? asked for support/,
  );
  for (const reference of references)
    await expect(rowFor(page, reference).locator('td')).toHaveText([reference, /, /, 'Referral']);
  await expect(rowFor(page, anonymous).locator('td').nth(2)).toHaveText('Hate crime report');
  await expect(rowFor(page, support).locator('td').nth(2)).toHaveText(
    'Hate crime report and referral (asked for support)',
  );
  await expect(referenceCells(page).filter({ hasText: support })).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText('Hubpage');
  await expect(page.locator('main')).not.toContainText(validReferral.phone);
  await expect(page.locator('main')).not.toContainText('Cowley');
  await expect(page.locator('[data-hub-collection-reports-warning]')).toContainText(
    'Send them to the Thames Valley Police hate crime team',
  );
  const remove = page.getByRole('button', { name: 'I have saved all the files: remove them from the server' });
  await expect(remove).toBeDisabled();
  await expectNoAxeViolations(page);

  // The page reflows at 320 pixels, table and buttons included.
  await page.setViewportSize({ width: 320, height: 640 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // 3. Save the four files. The referrals' JSON has both referrals, opened, and the support referral naming its report.
  const json = await saveFile(page, 'Save the referrals JSON file');
  expect(json.fileName).toMatch(/^referrals-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/);
  const collected = JSON.parse(json.text) as { reference: string; referral: Record<string, unknown> }[];
  for (const [index, reference] of references.entries()) {
    expect(collected.find((item) => item.reference === reference)?.referral['name']).toBe(names[index]);
  }
  expect(collected.find((item) => item.reference === support)?.referral).toMatchObject({
    name: supportName,
    hateCrimeReport: support,
  });
  await expect(page.locator('[data-hub-collection-save-status]')).toHaveText(/Still to save: the referrals CSV file/);
  await expect(remove).toBeDisabled();
  const csv = await saveFile(page, 'Save the referrals CSV file');
  expect(csv.fileName).toBe(json.fileName.replace(/\.json$/, '.csv'));
  expect(csv.text.split('\r\n')[0]).toMatch(/^"reference","receivedAt",/);
  for (const name of [...names, supportName]) expect(csv.text).toContain(`"${name}"`);
  for (const reference of references) expect(csv.text).toContain(`"${reference}"`);
  await expect(remove).toBeDisabled();

  // The reports' files: named as the command names them, the anonymous report with no name or contact.
  const reportsJson = await saveFile(page, 'Save the hate crime reports JSON file');
  expect(reportsJson.fileName).toBe(json.fileName.replace(/^referrals-/, 'hate-crime-reports-'));
  const reports = JSON.parse(reportsJson.text) as { reference: string; report: Record<string, unknown> }[];
  const anonymousReported = reports.find((item) => item.reference === anonymous)?.report;
  expect(anonymousReported).toMatchObject({ outcome: 'anonymous', place: anonymousReport.place });
  for (const field of ['reporterName', 'reporterPhone', 'reporterEmail', 'name', 'phone', 'email'])
    expect(anonymousReported).not.toHaveProperty(field);
  expect(reports.find((item) => item.reference === support)?.report).toMatchObject({ supportReferral: support });
  expect(reportsJson.text).not.toContain(supportName);
  await expect(remove).toBeDisabled();
  const reportsCsv = await saveFile(page, 'Save the hate crime reports CSV file');
  expect(reportsCsv.fileName).toBe(reportsJson.fileName.replace(/\.json$/, '.csv'));
  for (const reference of [anonymous, support]) expect(reportsCsv.text).toContain(`"${reference}"`);
  await expect(page.locator('[data-hub-collection-save-status]')).toHaveText(/All 4 files are saved\./);

  // 4. Only now may they be removed; the result is said, and the focus goes back to getting them.
  await expect(remove).toBeEnabled();
  await remove.click();
  await expect(getStatus(page)).toHaveText(
    /^Removed (\d+ referrals? and \d+ hate crime reports?|\d+ of the \d+ you got) from the server\./,
  );
  await expect(page.getByRole('button', { name: 'Get referrals and reports' })).toBeFocused();
  await expect(remove).toBeHidden();

  // Got again, the removed referrals and reports are no longer there.
  await pressWithKeyboard(page, 'Get referrals and reports');
  await expect(getStatus(page)).toHaveText(/^(No referrals or hate crime reports are waiting\.|Opened )/);
  for (const reference of [...references, anonymous, support])
    await expect(referenceCells(page).filter({ hasText: reference })).toHaveCount(0);

  // Nothing of the key or the referrals is kept by the browser, or put in the address.
  expect(
    await page.evaluate(async () => ({
      storage: localStorage.length + sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      cookie: document.cookie,
    })),
  ).toEqual({ storage: 0, databases: 0, caches: 0, cookie: '' });
  expect(await context.cookies()).toEqual([]);
  const address = new URL(page.url());
  expect(address.search + address.hash).toBe('');

  // Leaving the page drops the key: back on it, the key must be chosen again.
  await page.goto('/');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Get referrals and reports' })).toBeDisabled();
  await expect(page.locator('[data-hub-collection-key-status]')).toBeEmpty();

  // Forgetting the key takes the page back to the start.
  await keyBox(page).setInputFiles(privateKeyFile);
  await expect(page.locator('[data-hub-collection-key-status]')).toHaveText(/^The key is ready\./);
  await page.getByRole('button', { name: 'Forget the key' }).click();
  await expect(page.locator('[data-hub-collection-key-status]')).toHaveText(/^The key is forgotten\./);
  await expect(page.getByRole('button', { name: 'Get referrals and reports' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Forget the key' })).toBeHidden();
  await expect(keyBox(page)).toBeFocused();

  // The key never left the browser: no request carried it, in its address, headers or body.
  const privateKey = (await readFile(privateKeyFile, 'utf8')).trim();
  expect(sent.some((request) => request.includes('/api/hub/acknowledge'))).toBe(true);
  expect(sent.filter((request) => request.includes(privateKey))).toEqual([]);

  // The policy let the page's script and libsodium's WebAssembly run, and blocked nothing it needed.
  expect(consoleErrors).toEqual([]);
});

test('a key file that is not the private key gets a plain error, as GOV.UK shows errors', async ({ page }) => {
  await page.goto('/hub/');
  const baseTitle = await page.title();

  await keyBox(page).setInputFiles(publicKeyFile);
  const summary = page.locator('[data-hub-collection-error-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText(PUBLIC_KEY_CHOSEN);
  await expect(page.locator('#hub-key-file-error')).toHaveText(`Error: ${PUBLIC_KEY_CHOSEN}`);
  await expect(keyBox(page)).toHaveAccessibleDescription(new RegExp(`Error: ${PUBLIC_KEY_CHOSEN.slice(0, 30)}`));
  await expect(page).toHaveTitle(`Error: ${baseTitle}`);
  await expect(page.getByRole('button', { name: 'Get referrals and reports' })).toBeDisabled();
  // No key is held, so there is none to forget.
  await expect(page.getByRole('button', { name: 'Forget the key' })).toBeHidden();
  await expectNoAxeViolations(page);

  // The link in the summary leads to the box, without changing the address.
  await summary.getByRole('link').click();
  await expect(keyBox(page)).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');

  await keyBox(page).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Dear hub\n') });
  await expect(summary.getByRole('link')).toHaveText(NOT_A_PRIVATE_KEY);

  // The right file clears the error.
  await keyBox(page).setInputFiles(privateKeyFile);
  await expect(summary).toBeHidden();
  await expect(page).toHaveTitle(baseTitle);
});

test('the intake’s refusals and failures are said plainly, in an alert', async ({ page }) => {
  await page.goto('/hub/');
  const alert = page.getByRole('alert');

  // A public key renamed gets past the name check, but the intake refuses what it signs.
  const publicKey = await readFile(publicKeyFile);
  await keyBox(page).setInputFiles({ name: 'key.txt', mimeType: 'text/plain', buffer: publicKey });
  await page.getByRole('button', { name: 'Get referrals and reports' }).click();
  await expect(alert).toHaveText(
    /^The intake refused the request\. It said: ".+" Check you chose the hub’s private key file/,
  );

  await keyBox(page).setInputFiles(privateKeyFile);
  const waitingList = (url: URL) => url.pathname === '/api/hub/referrals';
  await page.route(waitingList, (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: '{"message":"Collection is not set up."}' }),
  );
  await page.getByRole('button', { name: 'Get referrals and reports' }).click();
  await expect(alert).toHaveText(
    /^The intake cannot hand over referrals at the moment\. It said: "Collection is not set up\."/,
  );

  await page.unroute(waitingList);
  await page.route(waitingList, (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Get referrals and reports' }).click();
  await expect(alert).toHaveText(/^Could not reach the intake\./);
  await expect(page.locator('[data-hub-collection-save-step]')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says what to do instead, and shows no controls that cannot work', async ({ page, request }) => {
    // Chromium with scripts turned off by Playwright still parses <noscript> as if they ran, so its words are read
    // from the page as sent.
    const html = await (await request.get('/hub/')).text();
    expect(html).toMatch(
      /<noscript>.*This page needs JavaScript\..*"npm run hub:collect".*docs\/hub-staff\.md.*<\/noscript>/s,
    );
    await page.goto('/hub/');
    await expect(page.getByRole('heading', { level: 1, name: 'Collect referrals' })).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(keyBox(page)).toBeHidden();
  });
});
