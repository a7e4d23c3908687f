/**
 * What a visitor downloads for their first search: open /search/ in a fresh browser (nothing cached), type a common
 * word as a person would, wait for the results, and add up the bytes transferred for Pagefind's files (its script,
 * WebAssembly, entry, metadata, index chunks and the fragments of the results drawn). The budget is 100 KB (issue 15).
 */
import { chromium, type Request } from '@playwright/test';
import playwrightConfig from '../../playwright.config.ts';

export interface FirstSearch {
  query: string;
  /** Bytes transferred (compressed, with headers) for every request under /pagefind/. */
  bytes: number;
  requests: number;
  /** Bytes transferred for everything else the search page loaded: its HTML, CSS and scripts. */
  pageBytes: number;
  /** Each Pagefind file and its bytes, largest first, to see where the weight is. */
  files: { path: string; bytes: number }[];
}

/** How long the network must be quiet after the first result shows before counting stops. */
const QUIET_MS = 1000;

export async function measureFirstSearch(baseUrl: string, query = 'support'): Promise<FirstSearch> {
  // The same browser and switches as the browser tests (Debian's Chromium, playwright.config.ts).
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? {});
  try {
    // A new context has an empty cache. Its network events include the requests of Pagefind's web worker, which a
    // CDP session on the page does not see.
    const context = await browser.newContext();
    const page = await context.newPage();
    const loads: Promise<{ path: string; bytes: number }>[] = [];
    let pending = 0;
    let lastActivity = performance.now();
    context.on('request', () => {
      pending += 1;
      lastActivity = performance.now();
    });
    context.on('requestfailed', () => {
      pending -= 1;
      lastActivity = performance.now();
    });
    context.on('requestfinished', (request) => {
      pending -= 1;
      lastActivity = performance.now();
      loads.push(transferredFor(request));
    });

    await page.goto(new URL('/search/', baseUrl).href, { waitUntil: 'load' });
    // Typed a letter at a time, as a person types: the page searches when typing pauses.
    await page.getByRole('main').getByRole('searchbox').pressSequentially(query, { delay: 120 });
    await page.locator('[data-site-search-results] a').first().waitFor({ state: 'visible', timeout: 60_000 });
    const started = performance.now();
    while ((pending > 0 || performance.now() - lastActivity < QUIET_MS) && performance.now() - started < 20_000)
      await page.waitForTimeout(100);

    const files: { path: string; bytes: number }[] = [];
    let pageBytes = 0;
    for (const load of await Promise.all(loads)) {
      if (load.path.startsWith('/pagefind/')) files.push(load);
      else pageBytes += load.bytes;
    }
    files.sort((a, b) => b.bytes - a.bytes);
    return {
      query,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      requests: files.length,
      pageBytes,
      files,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The bytes a response took on the wire: its headers and its body as sent (compressed, if it was). Chromium gives
 * no body size for a worker's own script, so then the Content-Length header says it, or failing that the body.
 */
async function transferredFor(request: Request): Promise<{ path: string; bytes: number }> {
  const path = new URL(request.url()).pathname;
  const sizes = await request.sizes();
  let body = sizes.responseBodySize;
  const response = await request.response();
  if (body === 0 && response && response.status() === 200) {
    const length = Number((await response.allHeaders())['content-length']);
    body = Number.isFinite(length) && length > 0 ? length : (await response.body()).length;
  }
  return { path, bytes: sizes.responseHeadersSize + body };
}
