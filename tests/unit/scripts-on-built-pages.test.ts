/**
 * What each built page makes a phone download before it can run: the schema library (zod) stays off every page
 * that validates nothing, and pages with nothing to do beyond "Exit this page" and "open now" stay small. Weighed
 * from dist/, as the browser would fetch it (`src/hosting/page-weight.ts`); sizes, never timings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoad, isInteractive, isSchemaLibrary, sumBytes, VALIDATING_PAGE } from '../../src/hosting/page-weight.ts';
import { BUILT_SITE } from '../support/built-pages.ts';
import { sitemapPaths } from '../e2e/support/site.ts';

const pageFile = (address: string) => path.join(BUILT_SITE, address, 'index.html');
const scriptsOf = (address: string, onDemand = false) =>
  firstLoad(BUILT_SITE, pageFile(address), { onDemand, encoding: 'gzip' }).filter(
    (download) => download.kind === 'script',
  );

const JAVASCRIPT_BUDGET = 5 * 1024;

describe('scripts on the built pages', () => {
  const pages = sitemapPaths();

  it('loads the schema library on no page as it opens', () => {
    const loading = pages.filter((address) => scriptsOf(address).some((script) => isSchemaLibrary(BUILT_SITE, script)));
    expect(loading).toEqual([]);
  });

  it('lets only the referral form fetch the schema library, when someone starts on it', () => {
    const reaching = pages.filter((address) =>
      scriptsOf(address, true).some((script) => isSchemaLibrary(BUILT_SITE, script)),
    );
    expect(reaching.length).toBeGreaterThan(0);
    expect(reaching.filter((address) => !VALIDATING_PAGE.test(address))).toEqual([]);
  });

  it('sends no page reads from the pages themselves when the site’s own server serves them (no PAGE_READS_BEACON)', () => {
    const beaconing = pages.filter((address) => readFileSync(pageFile(address), 'utf8').includes('name="page-reads"'));
    expect(beaconing).toEqual([]);
  });

  it(`sends at most ${JAVASCRIPT_BUDGET / 1024} KB of JavaScript (gzipped) to a page with no form or finder`, () => {
    // Pages with a form or finder do more; `npm run bench` weighs their scripts.
    const simple = pages.filter((address) => !isInteractive(scriptsOf(address)));
    expect(simple.length).toBeGreaterThan(pages.length / 2);
    const over = simple
      .map((address) => ({ address, bytes: sumBytes(scriptsOf(address)) }))
      .filter((page) => page.bytes > JAVASCRIPT_BUDGET);
    expect(over).toEqual([]);
  });
});
