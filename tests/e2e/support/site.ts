/**
 * What the browser tests need to know about the built site: its pages (from
 * the sitemap the build wrote), its settings, and a guard that records any
 * request a page makes to another host.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { readSettingsFile } from '../../../src/content-model/settings-file.ts';

export const settings = readSettingsFile();

/** The axe rule sets every page must pass: WCAG 2.0 to 2.2 A and AA, and best practice. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every path listed in the built site's sitemap, such as "/" and "/about/". */
export function sitemapPaths(): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  return locs(index)
    .flatMap((sitemapUrl) => locs(readFileSync(`dist${new URL(sitemapUrl).pathname}`, 'utf8')))
    .map((url) => new URL(url).pathname)
    .sort();
}

/** A stand-in for the neutral site "Exit this page" leads to: the tests never leave this machine. */
export async function stubExitDestination(context: BrowserContext, delayMs = 0): Promise<void> {
  const destination = new URL(settings.exitPage.url);
  await context.route(`${destination.origin}/**`, async (route) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
  });
}

/**
 * Record and block every request to a host other than the site's own.
 * Returns the list, which fills as the page loads.
 */
export async function recordOtherHosts(page: Page, siteOrigin: string): Promise<string[]> {
  const elsewhere: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${siteOrigin}/`) || url.startsWith('data:')) return route.fallback();
    elsewhere.push(url);
    return route.abort('blockedbyclient');
  });
  return elsewhere;
}

/**
 * Record every request a page makes to another host, without holding any up
 * (this machine reaches no other host anyway): cheaper than recordOtherHosts
 * for a walk through every page. Returns the list, which fills as the page loads.
 */
export function watchOtherHosts(page: Page, siteOrigin: string): { elsewhere: string[]; stop: () => void } {
  const elsewhere: string[] = [];
  const listener = (request: Request) => {
    const url = request.url();
    if (!url.startsWith(`${siteOrigin}/`) && !url.startsWith('data:')) elsewhere.push(url);
  };
  page.on('request', listener);
  return { elsewhere, stop: () => page.off('request', listener) };
}

/**
 * Everything the Content-Security-Policy blocks, as the page itself hears of it. Chrome logs most blocks to the
 * console, but not an eval that a script tried inside try/catch (as zod does to test whether it may compile code).
 */
export async function listenForPolicyViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}`),
    );
  });
}

/** What the Content-Security-Policy blocked on the page so far (after `listenForPolicyViolations`). */
export async function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { policyViolations?: string[] }).policyViolations ?? []);
}
