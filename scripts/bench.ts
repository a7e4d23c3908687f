/**
 * `npm run bench`: the site's performance figures, each beside its budget (issue 15), printed and never asserted:
 * they depend on the machine. It builds the site, serves it with the local server (compressed, as `npm start` does),
 * weighs every page as a phone downloads it, runs Lighthouse on each template, and reads the last test run's time.
 *
 *   npm run bench                      everything (about 12 minutes on two cores)
 *   npm run bench -- --no-lighthouse   without Lighthouse
 *   npm run bench -- --no-directory    without building a 2,000-service directory (about 4 minutes)
 *   npm run bench -- --lighthouse-runs 5   the median of 5 Lighthouse runs per template (default 3)
 *   npm run bench -- --scale 10000     a synthetic site of that many items against a bare Astro build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  firstLoad,
  isInteractive,
  isSchemaLibrary,
  sumBytes,
  VALIDATING_PAGE,
  type Download,
} from '../src/hosting/page-weight.ts';
import { createSiteServer } from '../src/hosting/site-server.ts';
import { sitemapPaths } from '../tests/e2e/support/site.ts';
import { measureDirectoryAtScale } from './bench/directory-at-scale.ts';
import { measureFirstSearch } from './bench/first-search.ts';
import { CATEGORIES, scoreTemplates } from './bench/lighthouse.ts';
import { benchTable, kb, type BenchRow } from './bench/table.ts';

// `npm run bench -- --scale N`: the build at scale, on its own (scripts/bench/scale.ts).
if (process.argv.includes('--scale')) {
  const { runScaleBench } = await import('./bench/scale.ts');
  await runScaleBench(process.argv);
  process.exit(0);
}

const args = process.argv.slice(2);
const withLighthouse = !args.includes('--no-lighthouse');
const withDirectory = !args.includes('--no-directory');
const lighthouseRuns = Number(args[args.indexOf('--lighthouse-runs') + 1]) || 3;

const rows: BenchRow[] = [];
const atMost = (figure: string, measured: number, budget: number, show = kb) =>
  rows.push({ figure, measured: show(measured), budget: `≤ ${show(budget)}`, met: measured <= budget });

// The build.
const started = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('The build failed: run "npm run build" to see why.');
rows.push({ figure: 'Build (content check, Astro, Pagefind, compression)', measured: seconds(started), budget: '' });

const app = await createSiteServer({ root: 'dist' });
await app.listen({ port: 0, host: '127.0.0.1' });
const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
try {
  // Compression, as a browser asks for it.
  const home = await fetch(`${baseUrl}/services/`, { headers: { 'accept-encoding': 'br, gzip' } });
  const sent = Number(home.headers.get('content-length'));
  const whole = readFileSync('dist/services/index.html').length;
  rows.push({
    figure: '/services/ HTML on the wire (npm start)',
    measured: `${kb(sent)} ${home.headers.get('content-encoding') ?? 'uncompressed'} of ${kb(whole)}`,
    budget: 'Brotli or gzip, with Vary',
    met: home.headers.get('content-encoding') === 'br' && /accept-encoding/i.test(home.headers.get('vary') ?? ''),
  });

  // What each page in the sitemap downloads on first load.
  const pages = sitemapPaths().map((address) => {
    const file = path.join('dist', address, 'index.html');
    const downloads = firstLoad('dist', file);
    const gzipScripts = firstLoad('dist', file, { encoding: 'gzip' }).filter((item) => item.kind === 'script');
    return {
      address,
      bytes: sumBytes(downloads),
      scriptBytes: sumBytes(gzipScripts),
      interactive: isInteractive(gzipScripts),
      schemaLibrary: gzipScripts.some((script) => isSchemaLibrary('dist', script)),
      schemaOnDemand: firstLoad('dist', file, { onDemand: true }).some(
        (item: Download) => item.kind === 'script' && isSchemaLibrary('dist', item),
      ),
    };
  });
  const heaviest = <T extends { bytes: number }>(list: T[], by: (item: T) => number) =>
    list.reduce((most, item) => (by(item) > by(most) ? item : most));
  const simple = pages.filter((page) => !page.interactive);
  const simplest = heaviest(simple, (page) => page.scriptBytes);
  atMost(`JavaScript, page with no form or finder (most: ${simplest.address}, gzip)`, simplest.scriptBytes, 5 * 1024);
  const withSchema = pages.filter((page) => page.schemaLibrary).map((page) => page.address);
  rows.push({
    figure: 'Pages loading the schema library as they open',
    measured: withSchema.length ? withSchema.join(' ') : 'none',
    budget: 'none',
    met: withSchema.length === 0,
  });
  const onDemand = pages.filter((page) => page.schemaOnDemand).map((page) => page.address);
  rows.push({
    figure: 'Pages that fetch it when someone starts a form',
    measured: `${onDemand.length}: ${[...new Set(onDemand.map((address) => address.replace(/^\/[a-z]{2}\//, '/')))].join(' ')}`,
    budget: 'only forms that validate',
    met: onDemand.every((address) => VALIDATING_PAGE.test(address)),
  });
  const notSearch = pages.filter((page) => !/^\/([a-z]{2}\/)?search\/$/.test(page.address));
  const heaviestPage = heaviest(notSearch, (page) => page.bytes);
  atMost(`Heaviest first load except search (${heaviestPage.address}, Brotli)`, heaviestPage.bytes, 50 * 1024);
  const search = await measureFirstSearch(baseUrl);
  atMost(
    `First search ("${search.query}": Pagefind's ${search.requests} files; the page itself ${kb(search.pageBytes)})`,
    search.bytes,
    100 * 1024,
  );
  const editor = firstLoad('dist', 'dist/admin/index.html');
  rows.push({
    figure: 'Content editor (/admin/, staff only)',
    measured: kb(sumBytes(editor)),
    budget: 'on no public page',
  });
  rows.push({ figure: 'Pages in the sitemap', measured: String(pages.length), budget: '' });
  const median = [...notSearch].sort((a, b) => a.bytes - b.bytes)[Math.floor(notSearch.length / 2)]!;
  rows.push({ figure: 'Median first load', measured: kb(median.bytes), budget: '' });

  if (withLighthouse) {
    for (const result of await scoreTemplates(baseUrl, { runs: lighthouseRuns })) {
      const scores = CATEGORIES.map((category) => result.scores[category]);
      rows.push({
        figure: `Lighthouse ${result.template} (${result.path})`,
        measured: scores.join(' / '),
        budget: '100 / 100 / 100 / 100',
        met: scores.every((score) => score === 100),
      });
      if (result.shortfalls.length) console.log(`${result.path}: ${result.shortfalls.join('; ')}`);
    }
  }
} finally {
  await app.close();
}

// The directory at national scale: 2,000 services.
const directory = withDirectory
  ? await measureDirectoryAtScale(2000).catch((error: Error) => {
      rows.push({ figure: 'Directory with 2,000 services', measured: `failed: ${error.message}`, budget: '' });
      return undefined;
    })
  : undefined;
if (directory) {
  atMost(
    `/services/ with ${directory.services} services, no JavaScript (gzip)`,
    directory.servicesPageGzipBytes,
    100 * 1024,
  );
  atMost(
    `Largest group page (${directory.largestGroupPage.path}, gzip)`,
    directory.largestGroupPage.gzipBytes,
    100 * 1024,
  );
  rows.push({
    figure: 'Finder data, loaded at the first filter (gzip)',
    measured: kb(directory.dataFileGzipBytes),
    budget: 'only when needed',
  });
  // Lighthouse's calibration of a mid-range phone for this computer's speed (scripts/bench/phone-slowdown.ts). The
  // budget is judged on the main thread's own work, scaled by that slowdown: Chromium slows a page down by pausing
  // its thread in slices, so a few milliseconds' work measured by the clock in the slowed browser varies by ±10 ms
  // from run to run, while the work itself does not.
  const phone = `CPU ${directory.cpuSlowdown.toFixed(1)}× slower: a mid-range phone at benchmark index ${directory.benchmarkIndex.toFixed(0)}`;
  rows.push({
    figure: `Filtering ${directory.services} services, slowest choice: main thread's work (${phone})`,
    measured: `${directory.workMs.toFixed(1)} ms`,
    budget: '≤ 16 ms (one frame)',
    met: directory.workMs <= 16,
  });
  rows.push({
    figure: `Same, by the clock in the slowed browser (slowest; median choice)`,
    measured: `${directory.ms.toFixed(1)} ms; ${directory.medianMs.toFixed(1)} ms`,
    budget: '',
  });
  rows.push({
    figure: `Same, by the clock at Lighthouse's flat 4× (a slower phone on this computer)`,
    measured: `${directory.flatMs.toFixed(1)} ms`,
    budget: '',
  });
  rows.push({
    figure: 'First filter, with loading the data',
    measured: `${directory.firstUseMs.toFixed(0)} ms`,
    budget: '',
  });
  rows.push({
    figure: `Build with ${directory.services} services`,
    measured: `${directory.buildSeconds.toFixed(0)} s`,
    budget: '',
  });
}

// The test suite's last run on this machine, as `npm test` recorded it.
const suite = 'test-results/suite-duration.json';
if (existsSync(suite)) {
  const { seconds: took, at } = JSON.parse(readFileSync(suite, 'utf8')) as { seconds: number; at: string };
  rows.push({
    figure: `npm test (last run, ${at.slice(0, 16).replace('T', ' ')})`,
    measured: `${Math.floor(took / 60)} min ${took % 60} s`,
    budget: '< 10 min',
    met: took < 600,
  });
} else rows.push({ figure: 'npm test', measured: 'not run on this machine yet', budget: '< 10 min' });

console.log(`\nLighthouse scores are performance / accessibility / best practices / SEO (mobile).\n`);
console.log(benchTable(rows));

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
