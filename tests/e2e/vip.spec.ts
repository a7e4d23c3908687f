/**
 * The Victims Information Pack: every printed address works for years.
 * Codes open their section; aliases and former codes redirect; every
 * address in the published-URL register opens or redirects; each QR code
 * decodes back to its link; link previews are plain and complete. The
 * officers' sharing page works on a phone and prints addresses whole; their
 * cover sheet prints on one A4 page.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { readData } from '../../src/content-model/guard.ts';
import {
  NEUTRAL_PREVIEW,
  packLink,
  shortAddress,
  textMessage,
  textMessageHref,
} from '../../src/features/vip/pack-links.ts';
import { readRegister, REGISTER_FILE } from '../../src/hosting/published-urls.ts';
import { vipEntrySchema } from '../../src/content-model/schemas/vip-entry.ts';
import { axeViolations } from './support/axe.ts';
import { settings } from './support/site.ts';

const sections = globSync('content/vip/en/*.md').map((file) =>
  vipEntrySchema.parse(readData(readFileSync(file, 'utf8'), file)),
);

/** What a QR code drawn on the page says, read from a screenshot by jsQR. */
async function decodeQr(svg: Locator): Promise<string | undefined> {
  const image = PNG.sync.read(await svg.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** Follow one redirect by hand, so the test sees the 301 itself. */
async function landsOnAPage(request: APIRequestContext, address: string): Promise<string> {
  const first = await request.get(address, { maxRedirects: 0 });
  if (first.status() === 200) return address;
  expect([301, 308], `${address} answered ${first.status()}`).toContain(first.status());
  const target = first.headers()['location'] ?? '';
  const second = await request.get(target, { maxRedirects: 0 });
  expect(second.status(), `${address} redirects to ${target}, which answered ${second.status()}`).toBe(200);
  return target;
}

test('the pack has every section the leaflet lists, general ones first', async ({ page }) => {
  // The sections the printed pack points to: these addresses are on leaflets already.
  const printed = [
    'after-reporting',
    'your-rights',
    'support',
    'vps',
    'court',
    'staying-safe',
    'complaints',
    'contacts',
    'compensation',
  ];
  const crimes = [
    'burglary',
    'fraud',
    'hate-crime',
    'domestic-abuse',
    'sexual-violence',
    'stalking',
    'asb',
    'road-collisions',
    'bereavement',
    'exploitation',
  ];
  expect(sections.map((section) => section.code).sort()).toEqual([...printed, ...crimes].sort());
  await page.goto('/vip/');
  const general = page.getByRole('region', { name: 'Sections for everyone' }).getByRole('link');
  const crime = page.getByRole('region', { name: 'Sections about a kind of crime' }).getByRole('link');
  await expect(general).toHaveCount(sections.filter((section) => section.kind === 'general').length);
  await expect(crime).toHaveCount(sections.filter((section) => section.kind === 'crime-specific').length);
});

test('every pack code opens its section, and every other short address and former code redirects to it', async ({
  request,
}) => {
  for (const section of sections) {
    const own = await request.get(`/vip/${section.code}/`, { maxRedirects: 0 });
    expect(own.status(), section.code).toBe(200);
    // As printed, without the final slash, it still arrives.
    const typed = await request.get(`/vip/${section.code}`, { maxRedirects: 0 });
    expect([301, 302, 308], `/vip/${section.code}`).toContain(typed.status());
    expect(typed.headers()['location']).toBe(`/vip/${section.code}/`);
    expect(await own.text()).toMatch(
      new RegExp(`<h1[^>]*>${section.title.replace(/'/g, '&#39;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`),
    );
    for (const other of [...section.aliases, ...section.formerCodes]) {
      for (const address of [`/vip/${other}/`, `/vip/${other}`]) {
        const response = await request.get(address, { maxRedirects: 0 });
        expect(response.status(), address).toBe(301);
        expect(response.headers()['location'], address).toBe(`/vip/${section.code}/`);
      }
      // A static host without _redirects still has a page that sends people on.
      const page = readFileSync(path.join('dist', 'vip', other, 'index.html'), 'utf8');
      expect(page).toMatch(new RegExp(`http-equiv="refresh" content="\\d+;url=/vip/${section.code}/"`));
    }
  }
  const redirects = readFileSync('dist/_redirects', 'utf8');
  for (const section of sections)
    for (const other of section.aliases) expect(redirects).toContain(`/vip/${other}/ /vip/${section.code}/ 301`);
});

test('every address in the published-URL register opens a page or redirects to one', async ({ request }) => {
  const register = readRegister(readFileSync(REGISTER_FILE, 'utf8'));
  // The contract routes and every pack address are in it.
  for (const address of [
    '/',
    '/your-rights/',
    '/criminal-justice/',
    '/restorative-justice/',
    '/services/',
    '/while-you-wait/',
    '/campaigns/',
    '/refer/',
    '/vip/',
  ])
    expect(register).toContain(address);
  for (const section of sections)
    for (const code of [section.code, ...section.aliases, ...section.formerCodes])
      expect(register).toContain(`/vip/${code}/`);
  for (const address of register) await landsOnAPage(request, address);
});

test('each QR code on the sharing page decodes back to exactly its pack link, the whole pack’s first', async ({
  page,
}) => {
  await page.goto('/vip/share/');
  const codes = page.locator('figure[data-qr-for]');
  await expect(codes).toHaveCount(sections.length + 1);
  await expect(codes.first()).toHaveAttribute('data-qr-for', packLink(settings.siteUrl));
  const expected = new Set([
    packLink(settings.siteUrl),
    ...sections.map((section) => packLink(settings.siteUrl, section.code)),
  ]);
  for (const code of await codes.all()) {
    const decoded = await decodeQr(code.locator('svg'));
    expect(decoded).toBe(await code.getAttribute('data-qr-for'));
    expect(expected.has(decoded ?? '')).toBe(true);
    expect(decoded).not.toContain('?');
  }
});

test('officers can copy each link, and print a sheet of codes with the short addresses in large type', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/vip/share/');
  const first = sections.find((section) => section.code === 'burglary') ?? sections[0]!;
  const item = page.locator(`[data-pack-link="${packLink(settings.siteUrl, first.code)}"]`);
  await item.getByRole('button', { name: `Copy link to ${first.title}` }).click();
  await expect(item.getByRole('status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(packLink(settings.siteUrl, first.code));

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(item.getByText(shortAddress(settings.siteUrl, first.code), { exact: true })).toBeVisible();
  const size = await item
    .locator('.share-item__short')
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await expect(item.getByRole('button')).toBeHidden();
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);
});

test('on a phone, officers jump to any link, text it, and print addresses that never break inside a word', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/vip/share/');
  await expect(page.getByRole('link', { name: 'print a cover sheet' })).toHaveAttribute('href', '/vip/cover/');

  // The jump list: each link lands its card, heading and all, in view below the sticky Exit this page bar.
  const jumps = page.getByRole('navigation', { name: 'Go to a link' }).getByRole('link');
  await expect(jumps).toHaveCount(sections.length + 1);
  for (const jump of await jumps.all()) {
    await jump.click();
    const id = ((await jump.getAttribute('href')) ?? '').slice(1);
    const place = await page.evaluate((target) => {
      const card = document.getElementById(target)!;
      const bar = document.querySelector('[data-exit-this-page]')!.getBoundingClientRect();
      const heading = card.querySelector('h2')!.getBoundingClientRect();
      return { barBottom: bar.bottom, top: card.getBoundingClientRect().top, headingBottom: heading.bottom };
    }, id);
    expect(place.top, id).toBeGreaterThanOrEqual(place.barBottom);
    expect(place.headingBottom, id).toBeLessThanOrEqual(740);
  }
  // With JavaScript, typing narrows the list: an old short address finds its section.
  await page.getByLabel('Find a link by a word in its title or address').fill('scams');
  const fraud = sections.find((section) => section.code === 'fraud')!;
  await expect(page.locator('.share-item:visible')).toHaveCount(1);
  await expect(page.locator('.share-item:visible h2')).toHaveText(fraud.title);
  await expect(page.getByText('1 link matches.')).toBeAttached();
  await page.getByLabel('Find a link by a word in its title or address').fill('');

  // Send by text message: an sms: link with the message and the link, and nothing about the person.
  const burglary = sections.find((section) => section.code === 'burglary')!;
  const link = packLink(settings.siteUrl, burglary.code);
  await expect(
    page.getByRole('link', { name: `Send by text message with the link to ${burglary.title}` }),
  ).toHaveAttribute('href', textMessageHref(textMessage({ title: burglary.title, neutral: false, link })));
  const abuse = sections.find((section) => section.neutralPreview)!;
  const abuseText = await page
    .getByRole('link', { name: `Send by text message with the link to ${abuse.title}` })
    .getAttribute('href');
  expect(decodeURIComponent(abuseText ?? '')).toBe(
    `sms:?&body=${NEUTRAL_PREVIEW.title}: ${packLink(settings.siteUrl, abuse.code)}`,
  );

  // Printed on A4 (186 mm between the margins), each part of each address stays on one line inside its box.
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const broken = await page.locator('.share-item__short').evaluateAll((addresses) =>
    addresses.flatMap((address) => {
      const box = address.closest('li')!.getBoundingClientRect();
      return Array.from(address.querySelectorAll('.short-address__part')).flatMap((part) => {
        const rects = part.getClientRects();
        const rect = part.getBoundingClientRect();
        return rects.length === 1 && rect.left >= box.left && rect.right <= box.right ? [] : [part.textContent];
      });
    }),
  );
  expect(broken).toEqual([]);
});

test('the cover sheet has lines to write on and nothing to type into, and prints on one A4 page', async ({ page }) => {
  await page.goto('/vip/cover/');
  expect(await axeViolations(page)).toEqual([]);
  // Nothing typed could be kept or sent, and the site search leaves it out.
  await expect(page.locator('main').locator('form, input, textarea, select, [contenteditable]')).toHaveCount(0);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  const sheet = page.locator('[data-cover-sheet]');
  for (const label of ['Officer’s name', 'Collar or warrant number', 'Who will contact you next', 'By when'])
    await expect(sheet.getByText(label, { exact: true })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Your crime reference number' })).toBeVisible();
  await expect(sheet).toContainText(settings.hub.phone);
  await expect(sheet).toContainText(shortAddress(settings.siteUrl));
  expect(await decodeQr(sheet.locator('figure svg'))).toBe(packLink(settings.siteUrl));

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('[data-exit-this-page]')).toBeHidden();
  await expect(sheet.getByRole('heading', { level: 2 })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
});

test('every pack page has a complete, plain link preview, and its picture is there', async ({ page, request }) => {
  expect(
    sections
      .filter((section) => section.neutralPreview)
      .map((section) => section.code)
      .sort(),
  ).toEqual(['domestic-abuse', 'exploitation', 'sexual-violence', 'stalking']);
  for (const section of sections) {
    await page.goto(`/vip/${section.code}/`);
    const meta = async (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    const url = new URL(`/vip/${section.code}/`, settings.siteUrl).href;
    // Sections an abuser must not learn about from a glance at the phone keep their preview neutral.
    expect(await meta('og:title')).toBe(
      section.neutralPreview ? NEUTRAL_PREVIEW.title : `${section.title}: Victims Information Pack`,
    );
    expect(await meta('og:description')).toBe(section.neutralPreview ? NEUTRAL_PREVIEW.description : section.summary);
    if (section.neutralPreview) expect(await meta('twitter:description')).not.toContain(section.title);
    expect(await meta('og:url')).toBe(url);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('twitter:title')).toBe(await meta('og:title'));
    expect(await meta('og:image:alt')).toBeTruthy();
    const image = new URL((await meta('og:image')) ?? '');
    expect(image.origin).toBe(new URL(settings.siteUrl).origin);
    expect(image.search).toBe('');
    const picture = await request.get(image.pathname);
    expect(picture.status()).toBe(200);
    expect(picture.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await picture.body());
    expect([png.width, png.height]).toEqual([
      Number(await meta('og:image:width')),
      Number(await meta('og:image:height')),
    ]);
  }
});

test('a pack page prints on A4 without the site’s menus', async ({ page }) => {
  await page.goto(`/vip/${sections[0]!.code}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Other sections of the pack' })).toBeHidden();
  await expect(page.getByRole('searchbox')).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  // A4 is 595 × 842 points; Chromium rounds to the nearest hundredth of an inch.
  const [, width = '0', height = '0'] = /MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
  expect(Math.abs(Number(width) - 595.28)).toBeLessThan(2);
  expect(Math.abs(Number(height) - 841.89)).toBeLessThan(2);
});
