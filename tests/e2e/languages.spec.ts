/**
 * The site in other languages, as a reader of each would meet it: every
 * translated page names its language and direction, links to the same page
 * in every other language (and they link back), and leaves nothing of the
 * shell in English; the switcher names each language in its own script and
 * remembers nothing; right-to-left pages mirror, and reflow at 320 px.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { interfaceWords, sentencesIn } from '../../src/content-model/interface-words.ts';
import { siteLanguages, textDirection } from '../../src/i18n/languages.ts';
import { englishShell } from '../../src/i18n/ui.ts';
import { sitemapPaths } from './support/site.ts';

const languages = siteLanguages();
const paths = sitemapPaths();
const translatedPaths = paths.filter((path) => languages.some(({ code }) => path.startsWith(`/${code}/`)));
const languageOf = (path: string) => languages.find(({ code }) => path.startsWith(`/${code}/`))?.code ?? 'en';

/** The alternates a page lists: language → address. */
function alternatesIn(html: string): Map<string, string> {
  return new Map(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((match) => [
      match[1] ?? '',
      new URL(match[2] ?? '').pathname,
    ]),
  );
}

/** The words of a page outside <main>: the skip link, Exit this page, the header, the menu and the footer. */
function shellText(html: string): string {
  return html
    .replace(/<main[\s\S]*<\/main>/, ' ')
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

async function get(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test('there are translated pages in every language the settings list', () => {
  for (const { code } of languages) {
    for (const path of ['/', '/your-rights/', '/refer/', '/cover-your-tracks/', '/while-you-wait/', '/vip/']) {
      expect(paths).toContain(`/${code}${path}`);
    }
  }
});

test('every translated page names its language and direction, and links to its other languages both ways', async ({
  request,
}) => {
  const problems: string[] = [];
  const pages = new Map<string, string>();
  for (const path of translatedPaths) pages.set(path, await get(request, path));
  for (const [path, html] of pages) {
    const lang = languageOf(path);
    const opening = /<html lang="([^"]+)" dir="([^"]+)">/.exec(html);
    if (opening?.[1] !== lang || opening?.[2] !== textDirection(lang))
      problems.push(`${path}: <html lang="${opening?.[1]}" dir="${opening?.[2]}">`);
    const alternates = alternatesIn(html);
    if (alternates.get(lang) !== path) problems.push(`${path}: does not list itself for ${lang}`);
    if (!alternates.has('en') || !alternates.has('x-default')) problems.push(`${path}: no English or x-default`);
    for (const [other, address] of alternates) {
      if (other === 'x-default' || address === path) continue;
      const back = alternatesIn(pages.get(address) ?? (await get(request, address)));
      if (back.get(lang) !== path) problems.push(`${path}: ${address} (${other}) does not link back`);
    }
  }
  expect(problems).toEqual([]);
});

test('no English is left in the shell of a translated page', async ({ request }) => {
  // Every sentence of the shell whose translation differs from the English, in pieces between its {names}. (The
  // labels the comms team writes in Site settings are listed by "npm run translations" instead: a new label must not
  // stop the site being published while it waits for its translations.)
  const problems: string[] = [];
  for (const { code } of languages) {
    const words = interfaceWords(code);
    const englishPieces = Object.values(englishShell)
      .filter((english) => words.get(english) !== english)
      .flatMap((english) => english.split(/\{\w+\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.split(' ').length >= 3);
    for (const path of translatedPaths.filter((candidate) => languageOf(candidate) === code)) {
      const shell = shellText(await get(request, path));
      for (const piece of englishPieces) if (shell.includes(piece)) problems.push(`${path}: "${piece}"`);
    }
  }
  expect(problems).toEqual([]);
});

test('the switcher names each language in its own script, and remembers nothing', async ({ page, context }) => {
  await page.goto('/pl/');
  const switcher = page.getByRole('navigation', { name: sentencesIn('pl')('Languages') });
  await expect(switcher.locator('[aria-current="true"]')).toHaveText('Polski');
  for (const { code, name, dir } of languages.filter((language) => language.code !== 'pl')) {
    const link = switcher.getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('href', `/${code}/`);
    await expect(link).toHaveAttribute('lang', code);
    await expect(link).toHaveAttribute('hreflang', code);
    await expect(link).toHaveAttribute('dir', dir);
  }
  await expect(switcher.getByRole('link', { name: 'English', exact: true })).toHaveAttribute('href', '/');
  await switcher.getByRole('link', { name: 'اردو' }).click();
  await expect(page).toHaveURL(/\/ur\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('a page only in English says so in each language, with a way to the pages in it', async ({ page }) => {
  await page.goto('/services/');
  const note = page.locator('.language-choice__english-only');
  for (const { code, name } of languages) await expect(note.locator(`summary [lang="${code}"]`)).toHaveText(name);
  await note.locator('summary').click();
  for (const { code, dir } of languages) {
    const paragraph = note.locator(`p[lang="${code}"]`);
    await expect(paragraph).toHaveAttribute('dir', dir);
    await expect(paragraph).toContainText(sentencesIn(code)('This page is only in English.'));
    await expect(paragraph.getByRole('link').first()).toHaveAttribute('href', `/${code}/`);
  }
});

for (const lang of ['ur', 'ar']) {
  test(`a right-to-left page (${lang}) mirrors, and reflows at 320 px`, async ({ page }) => {
    // Exit this page sits at the end of its bar: the left, in right-to-left text (on a wide screen, where it does
    // not fill the bar).
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(`/${lang}/your-rights/`);
    const exit = await page.getByRole('link', { name: sentencesIn(lang)('Exit this page') }).boundingBox();
    expect(exit!.x + exit!.width).toBeLessThan(1024 / 2);
    await page.setViewportSize({ width: 320, height: 800 });
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    // Each right's number sits at the end of its card, on the left.
    const card = await page.locator('.rights-infographic__item').first().boundingBox();
    const number = await page.locator('.rights-infographic__number').first().boundingBox();
    expect(number!.x - card!.x).toBeLessThan(card!.x + card!.width - (number!.x + number!.width));

    // The form: the boxes and the error summary mirror, the summary is in the language, nothing scrolls sideways.
    await page.goto(`/${lang}/refer/`);
    await page.getByRole('button', { name: sentencesIn(lang)('Send referral') }).click();
    const summary = page.locator('[data-error-summary]');
    await expect(summary.getByRole('heading')).toHaveText(sentencesIn(lang)('There is a problem'));
    await expect(summary).toBeFocused();
    expect(await sideways()).toBeLessThanOrEqual(0);
    const group = page.locator('.referral__group--error').first();
    const borders = await group.evaluate((element) => {
      const style = getComputedStyle(element);
      return { right: style.borderRightWidth, left: style.borderLeftWidth };
    });
    expect(borders).toEqual({ right: '4px', left: '0px' });
    const radio = await page.locator('#referrerType').boundingBox();
    const label = await page.locator('label[for="referrerType"]').boundingBox();
    expect(radio!.x).toBeGreaterThan(label!.x);
  });
}

test('a left-to-right page keeps Exit this page on the right', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto('/pl/your-rights/');
  const exit = await page.getByRole('link', { name: sentencesIn('pl')('Exit this page') }).boundingBox();
  expect(exit!.x).toBeGreaterThan(1024 / 2);
});

test('searching from a translated page finds pages in that language, and English ones when it has none', async ({
  page,
}) => {
  await page.goto('/pl/search/');
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill('tłumacza');
  const results = page.locator('[data-site-search-results]');
  // The Polish index loads on first search: on a busy machine that can take longer than the default 5 s.
  await expect(results.getByRole('link').first()).toBeVisible({ timeout: 20_000 });
  const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/pl\//);
  await expect(page.locator('[data-english-results]')).toBeHidden();
  // A word no Polish page has, but English pages do: the English pages, under a note in Polish.
  await box.fill('cuckooing');
  const english = page.locator('[data-english-results]');
  // The English index loads only when first needed (two indexes to fetch on a busy machine): allow for it.
  await expect(english).toBeVisible({ timeout: 20_000 });
  await expect(english.getByRole('heading')).toHaveText(sentencesIn('pl')('Pages in English'));
  // The count says so too, in Polish.
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    sentencesIn('pl')('No pages in your language have these words. These pages in English do.'),
  );
  // The English results are marked as English, left to right, under a heading and note in Polish.
  await expect(english.getByRole('list')).toHaveAttribute('lang', 'en');
  await expect(english.getByRole('list')).toHaveAttribute('dir', 'ltr');
  const englishLinks = await english
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.getAttribute('hreflang')]));
  expect(englishLinks.length).toBeGreaterThan(0);
  for (const [href, hreflang] of englishLinks) {
    expect(href).toMatch(/^\/(?!(pl|ro|pa|ur|ar)\/)/);
    expect(hreflang).toBe('en');
  }
});
