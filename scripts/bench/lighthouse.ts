/**
 * Lighthouse (mobile, its default throttling) on one page of each template, with Debian's Chromium. Figures for
 * `npm run bench`; never a test, because the scores depend on the machine.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import type { Result as LighthouseReport } from 'lighthouse';
import { chromiumPath } from '../../tests/e2e/support/chromium.ts';

/** One page of each kind the site has: the issue's list of templates. */
export const TEMPLATES: readonly { template: string; path: string }[] = [
  { template: 'Home', path: '/' },
  { template: 'A right', path: '/your-rights/crime-recorded-without-delay/' },
  { template: 'A journey step', path: '/criminal-justice/at-court/' },
  { template: 'Service directory', path: '/services/' },
  { template: 'A service', path: '/services/berkshire-womens-aid/' },
  { template: 'Referral form', path: '/refer/' },
  { template: 'Information pack', path: '/vip/' },
  { template: 'A pack section', path: '/vip/burglary/' },
  { template: 'Sharing the pack', path: '/vip/share/' },
  { template: 'Campaigns', path: '/campaigns/' },
  { template: 'Search', path: '/search/' },
  { template: 'While you wait', path: '/while-you-wait/' },
];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  template: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** What kept a category below 100: each audit that did not pass, with Lighthouse's figure. */
  shortfalls: string[];
}

/**
 * Each template's median run of `runs` (Lighthouse's own choice of median, by first paint and interactivity): a
 * single run's performance score moves a few points with whatever else the machine is doing.
 */
export async function scoreTemplates(
  baseUrl: string,
  {
    runs = 3,
    templates = TEMPLATES,
  }: { runs?: number; templates?: readonly { template: string; path: string }[] } = {},
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const { template, path } of templates) {
      const lhrs: LighthouseReport[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(new URL(path, baseUrl).href, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        lhrs.push(result.lhr);
      }
      // A run can fail (Lighthouse then reports no first paint); the median is of the runs that worked.
      const valid = filterToValidRuns(lhrs) as LighthouseReport[];
      const lhr = (valid.length ? computeMedianRun(valid) : lhrs[0]!) as LighthouseReport;
      if (valid.length < lhrs.length)
        console.log(
          `${path}: ${lhrs.length - valid.length} of ${lhrs.length} Lighthouse runs failed (${lhrs.find((report) => report.runtimeError)?.runtimeError?.message ?? 'no first paint'})`,
        );
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      ) as LighthouseResult['scores'];
      const counted = new Set(
        CATEGORIES.flatMap((category) => lhr.categories[category]?.auditRefs.filter((ref) => ref.weight > 0) ?? []).map(
          (ref) => ref.id,
        ),
      );
      const shortfalls = Object.values(lhr.audits)
        .filter((audit) => counted.has(audit.id) && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      results.push({ template, path, scores, shortfalls });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
