/**
 * The content editor at /admin/, driven as the comms team would: with the
 * local backend (decap-server) over a copy of content/, so the tests never
 * change the real files. Each test saves through the editor, checks the file
 * it wrote against the schema, rebuilds the site from the copy and finds the
 * change on the rebuilt page. One more opens /admin/ as `npm start` serves
 * it, without decap-server, and finds an explanation rather than an error.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { editorPorts, localBackendOrigin } from '../../admin/local-editor.ts';
import { checkContent, describeProblem, readData } from '../../src/content-model/guard.ts';
import { pageSchema } from '../../src/content-model/schemas/page.ts';
import { readSettingsFile } from '../../src/content-model/settings-file.ts';
import { axeViolations } from './support/axe.ts';

/** decap-server's port, as the editor's page was built to find it (CMS_PROXY_PORT, default 8081). */
const LOCAL_BACKEND_PORT = editorPorts(process.env).proxy;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let workspace: string;
let decapServer: ChildProcess | undefined;

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Whether a condition holds yet; one that throws (a file read while the editor is still writing it) does not. */
async function holds(condition: () => boolean | Promise<boolean>): Promise<boolean> {
  try {
    return await condition();
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await holds(condition))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Build the site from the workspace's content into the workspace's own dist/. */
function rebuildFromWorkspace(): string {
  const outDir = path.join(workspace, 'dist');
  const build = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    env: { ...process.env, VF_CONTENT_DIR: path.join(workspace, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 150_000,
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  return outDir;
}

/**
 * The copy keeps English and Polish only: each rebuild then makes half the pages, and Polish still shows that the
 * editor's side-by-side languages and its empty drafts build. (The other languages are the same code.)
 */
function keepOneLanguage(content: string): void {
  const file = path.join(content, 'settings/site.yaml');
  const settings = parseDocument(readFileSync(file, 'utf8'));
  const languages = settings.getIn(['translations', 'languages']) as YAMLSeq;
  languages.items = languages.items.filter((item) => (item as YAMLMap).get('code') === 'pl');
  writeFileSync(file, String(settings));
  for (const folder of ['pages', 'rights', 'vip', 'resources'])
    for (const code of ['ro', 'pa', 'ur', 'ar'])
      rmSync(path.join(content, folder, code), { recursive: true, force: true });
}

/** Open the editor, log in to the local backend, and watch for requests to any other host. */
async function openEditor(page: Page, baseURL: string): Promise<{ elsewhere: string[]; errors: string[] }> {
  const allowed = [new URL(baseURL).origin, localBackendOrigin(LOCAL_BACKEND_PORT)];
  const elsewhere: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && !allowed.includes(new URL(url).origin)) elsewhere.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/admin/');
  const login = page.getByRole('button', { name: 'Login' });
  const collections = page.getByRole('heading', { name: 'Collections' });
  // A second tab finds the editor already logged in.
  await expect(login.or(collections)).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await expect(collections).toBeVisible({ timeout: 30_000 });
  return { elsewhere, errors };
}

async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).first().click();
  await page.getByText('Publish now', { exact: true }).click();
}

test.beforeAll(async () => {
  if (await portAnswers(LOCAL_BACKEND_PORT)) {
    throw new Error(
      `Port ${LOCAL_BACKEND_PORT} is in use (is "npm run cms" running?). Stop it: these tests start their own decap-server on a copy of content/.`,
    );
  }
  workspace = mkdtempSync(path.join(tmpdir(), 'vf-cms-'));
  cpSync('content', path.join(workspace, 'content'), { recursive: true });
  keepOneLanguage(path.join(workspace, 'content'));
  decapServer = spawn(process.execPath, [path.resolve('node_modules/decap-server/dist/index.js')], {
    cwd: workspace,
    env: { ...process.env, PORT: String(LOCAL_BACKEND_PORT), GIT_REPO_DIRECTORY: workspace },
    stdio: 'ignore',
  });
  await waitFor(() => portAnswers(LOCAL_BACKEND_PORT), 'decap-server to listen');
});

test.afterAll(() => {
  decapServer?.kill('SIGTERM');
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

test('a new page and new opening hours, made in the editor, are saved as valid content and appear on the rebuilt site', async ({
  page,
  baseURL,
}) => {
  const { elsewhere, errors } = await openEditor(page, baseURL!);
  await page.goto('/admin/#/collections/pages/new');
  // Pages are translated: the English is the first of the languages side by side.
  await page.getByLabel('Title', { exact: true }).first().fill('Help with travel costs for witnesses');
  await page.getByLabel('Description').first().fill('How to claim back what it cost you to get to court as a witness.');
  await page.getByLabel('Last reviewed').first().fill('2026-11-23');
  await page.locator('[data-slate-editor="true"]').first().click();
  // Typed with a straight apostrophe, as a keyboard types it: the editor saves the site's curly one.
  await page.keyboard.type(
    "You can claim back the cost of travel when you go to court as a witness. It's free to ask.",
  );
  // The preview shows the page in the site's own styles (beside the English, in place of the other languages).
  await page.getByTitle('Toggle preview').click();
  await expect(
    page
      .locator('iframe')
      .first()
      .contentFrame()
      .getByRole('heading', { name: 'Help with travel costs for witnesses' }),
  ).toBeVisible();
  await publishNow(page);

  const file = path.join(workspace, 'content/pages/en/help-with-travel-costs-for-witnesses.md');
  // decap-server creates the file, then writes it: wait until it holds the whole page.
  await waitFor(() => existsSync(file) && readFileSync(file, 'utf8').includes('free to ask'), 'the new page file');
  const data = pageSchema.parse(readData(readFileSync(file, 'utf8'), file));
  expect(data.title).toBe('Help with travel costs for witnesses');
  expect(readFileSync(file, 'utf8')).toContain('You can claim back the cost of travel');
  expect(readFileSync(file, 'utf8')).toContain('It’s free to ask.');

  // Settings, in the same copy, in a second tab: the hub closes later. (One rebuild below shows both changes.)
  const settingsTab = await page.context().newPage();
  const second = await openEditor(settingsTab, baseURL!);
  await settingsTab.goto('/admin/#/collections/settings/entries/site');
  const closes = settingsTab.getByLabel('Closes at', { exact: true }).first();
  await expect(closes).toHaveValue('17:00');
  await closes.fill('20:00');
  await publishNow(settingsTab);
  await waitFor(
    () => readSettingsFile(path.join(workspace, 'content')).hub.openingHours.weekly[0]?.closes === '20:00',
    'the settings file to change',
  );
  expect(checkContent(path.join(workspace, 'content')).errors.map(describeProblem)).toEqual([]);

  const site = rebuildFromWorkspace();
  const html = readFileSync(path.join(site, 'help-with-travel-costs-for-witnesses/index.html'), 'utf8');
  expect(html).toContain('<h1>Help with travel costs for witnesses</h1>');
  expect(html).toContain('You can claim back the cost of travel');
  expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toMatch(/Monday to Friday, 9am to 8pm/);

  expect([...elsewhere, ...second.elsewhere]).toEqual([]);
  expect([...errors, ...second.errors]).toEqual([]);
});

test('the editor stops a mistake before saving, with the reason beside the field', async ({ page, baseURL }) => {
  await openEditor(page, baseURL!);
  await page.goto('/admin/#/collections/pages/new');
  await page.getByLabel('Title', { exact: true }).first().fill('Too short');
  await page.getByLabel('Description').first().fill('Short');
  await page.getByLabel('Last reviewed').first().fill('2026-11-23');
  await publishNow(page);
  await expect(page.getByText('must be between 20 and 200 characters')).toBeVisible();
  expect(existsSync(path.join(workspace, 'content/pages/en/too-short.md'))).toBe(false);
});

test('without npm run cms, /admin/ explains how to open the editor instead of an error, and fits a phone', async ({
  page,
}) => {
  // As npm start serves it: nothing answers on decap-server's port (the other tests' decap-server is hidden).
  await page.route(`${localBackendOrigin(LOCAL_BACKEND_PORT)}/**`, (route) => route.abort('connectionrefused'));
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/admin/');
  await expect(page.getByRole('heading', { level: 1, name: 'Open the content editor with npm run cms' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Type npm run cms and press Enter.');
  await expect(page.getByText('Error loading the CMS configuration')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Login' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);
});
