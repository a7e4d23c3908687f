/**
 * The service directory at scale, measured against a running server (for
 * `npm run bench`, which builds a large synthetic directory and serves it).
 * Figures are printed, never asserted:
 *
 * - what /services/ and the largest page of a group weigh, gzipped (the
 *   budget: /services/ at most 100 KB with 2,000 services), and the data
 *   file the filters load the first time they are used;
 * - how long the finder takes to filter every service, in Chromium slowed
 *   down 4 times (as Lighthouse slows a desktop to a mid-range phone), on a
 *   phone-sized screen: from the change event to the list drawn and laid
 *   out (the budget: one frame, 16 ms). Each choice is timed three times and
 *   the middle time kept. The main thread's own processor time for the same
 *   work at full speed, times the slowdown (workMs), is what the budget is
 *   judged on: Chromium slows a page by pausing its thread in slices, so by
 *   the clock a few milliseconds' work varies by ±10 ms between runs, and a
 *   busy computer adds time spent waiting for a processor. The first use,
 *   which loads the data file, is timed on its own, and then the page is
 *   left for three seconds, as someone reads the first results.
 *
 * "A mid-range phone" is the one Lighthouse's mobile figures stand for. Its
 * fixed 4 times slowdown stands for that phone only on a fast desktop, so the
 * slowdown here is Lighthouse's own calibration for this computer's benchmark
 * index (phone-slowdown.ts); the figure at a flat 4 times is given too.
 * VF_CPU_SLOWDOWN sets the slowdown instead.
 *
 * Run it alone with `node scripts/bench/directory.ts http://localhost:4321`.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { GROUP_ORDER } from '../../src/features/finder/service-directory.ts';
import { serviceGroupAddress } from '../../src/content-model/page-addresses.ts';
import { chromiumPath } from '../../tests/e2e/support/chromium.ts';
import { phoneSlowdownFor } from './phone-slowdown.ts';

/** How long someone looks at the first results before their next choice. */
const READING_MS = 3000;

/** Lighthouse's fixed slowdown for a mid-range phone, right for a fast desktop. */
const FLAT_SLOWDOWN = 4;

/** The choices timed after the first use, one after another, as someone might try them. */
const CHOICES: readonly Record<string, string | boolean>[] = [
  { crime: 'domestic-abuse' },
  { crime: 'domestic-abuse', age: 'young-people' },
  { area: 'oxfordshire', crime: '', age: '' },
  { area: 'oxfordshire', support: 'emotional' },
  { area: '', support: '', contact: 'phone' },
  { contact: '' },
];

/** One choice, timed in the page. */
export interface FilterTiming {
  choice: Record<string, string | boolean>;
  /** From the change event until the list is drawn and laid out. */
  ms: number;
  /** The main thread's processor time for it (script, styles, layout), times the slowdown. */
  workMs: number;
  /** Of which the finder's own script (filtering, and changing the page). */
  scriptMs: number;
  /** From the change event until the next frame could be shown (includes waiting for it). */
  frameMs: number;
  /** What the live region said. */
  said: string;
}

export interface DirectoryFigures {
  /** The slowest of the timed choices: what must fit in a 16 ms frame. */
  ms: number;
  /** The same, counting only the main thread's processor time, times the slowdown. */
  workMs: number;
  /** The middle of the timed choices. */
  medianMs: number;
  /** The first use: loading and reading the data file, then drawing. */
  firstUseMs: number;
  /** Ticking "Only services open now": works out "open now" for every service, then filters. */
  openNowMs: number;
  /** The slowdown the times were measured at: Lighthouse's calibration for this computer, or VF_CPU_SLOWDOWN. */
  cpuSlowdown: number;
  /** The slowest choice at Lighthouse's flat 4 times, which on this computer stands for a slower phone. */
  flatMs: number;
  /** Lighthouse's measure of this computer's speed, before slowing down (a desktop is 1,000 or more). */
  benchmarkIndex: number;
  services: number;
  servicesPageGzipBytes: number;
  largestGroupPage: { path: string; gzipBytes: number };
  dataFileGzipBytes: number;
  timings: FilterTiming[];
}

async function gzipBytes(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return gzipSync(Buffer.from(await response.arrayBuffer())).length;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Measure the directory served at `baseUrl` (such as http://localhost:4321). */
export async function measureDirectoryFilter(baseUrl: string): Promise<DirectoryFigures> {
  const at = (path: string) => new URL(path, baseUrl).href;
  const groupPages = await Promise.all(
    GROUP_ORDER.map(async (group) => ({
      path: serviceGroupAddress(group),
      gzipBytes: await gzipBytes(at(serviceGroupAddress(group))),
    })),
  );
  const largestGroupPage = groupPages.sort((a, b) => b.gzipBytes - a.gzipBytes)[0]!;
  const servicesPageGzipBytes = await gzipBytes(at('/services/'));
  const dataFileGzipBytes = await gzipBytes(at('/services/directory.json'));

  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    // Lighthouse's phone: 412 by 823 pixels.
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
    await page.goto(at('/services/'));
    await page.locator('form[data-finder-form]:not([hidden])').waitFor();
    const benchmarkIndex = await page.evaluate(pageFunctions.computeBenchmarkIndex);
    const slowdown = Number(process.env['VF_CPU_SLOWDOWN']) || phoneSlowdownFor(benchmarkIndex)?.multiplier;
    if (!slowdown)
      throw new Error(`This computer (benchmark index ${benchmarkIndex}) is too slow to stand for a phone`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    // Durations in the main thread's own processor time, which a busy computer does not stretch.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const work = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
      return (seconds('ScriptDuration') + seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000;
    };

    const timeChoice = async (choice: Record<string, string | boolean>, waitForCount: boolean) => {
      const workBefore = await work();
      const timing = await page.evaluate(
        async ({ choice, waitForCount }) => {
          const form = document.querySelector<HTMLFormElement>('form[data-finder-form]')!;
          const count = document.querySelector<HTMLElement>('[data-finder-count]')!;
          let changed: HTMLElement | undefined;
          for (const [name, value] of Object.entries(choice)) {
            const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
            if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === true;
            else field.value = String(value);
            changed = field;
          }
          const start = performance.now();
          changed?.dispatchEvent(new Event('change', { bubbles: true }));
          // The first use loads the data file: wait until the count is said.
          while (waitForCount && !/match/.test(count.textContent ?? ''))
            await new Promise((done) => setTimeout(done, 5));
          const scriptMs = performance.now() - start;
          // Reading a box's size makes the browser lay the page out now, as it must before it can show it.
          document.body.getBoundingClientRect();
          const ms = performance.now() - start;
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          return { ms, scriptMs, frameMs: performance.now() - start, said: count.textContent ?? '' };
        },
        { choice, waitForCount },
      );
      return { ...timing, workMs: (await work()) - workBefore };
    };

    const first = await timeChoice({ crime: 'fraud' }, true);
    // A person reads the first results before choosing again; meanwhile the finder makes, while the page is idle,
    // the cards other choices draw first.
    await page.waitForTimeout(READING_MS);
    const services = ((await (await fetch(at('/services/directory.json'))).json()) as { items: unknown[] }).items
      .length;
    // Each choice three times over, keeping the middle time of each; then three times more at full speed, for the
    // main thread's processor time (slowing the browser down stretches that too).
    const timeRounds = async () => {
      const rounds: FilterTiming[][] = [];
      for (let round = 0; round < 3; round += 1) {
        const timings: FilterTiming[] = [];
        for (const choice of CHOICES) timings.push({ choice, ...(await timeChoice(choice, false)) });
        rounds.push(timings);
      }
      return rounds;
    };
    const middle = (rounds: FilterTiming[][], index: number, key: 'ms' | 'workMs' | 'scriptMs' | 'frameMs') =>
      median(rounds.map((round) => round[index]![key]));
    const slowed = await timeRounds();
    const openNow = await timeChoice({ open: true }, false);
    await timeChoice({ open: false }, false);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: FLAT_SLOWDOWN });
    const flat = await timeRounds();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const fullSpeed = await timeRounds();
    const timings = CHOICES.map((choice, index) => ({
      choice,
      ms: middle(slowed, index, 'ms'),
      workMs: middle(fullSpeed, index, 'workMs') * slowdown,
      scriptMs: middle(slowed, index, 'scriptMs'),
      frameMs: middle(slowed, index, 'frameMs'),
      said: slowed[0]![index]!.said,
    }));
    return {
      ms: Math.max(...timings.map((timing) => timing.ms)),
      workMs: Math.max(...timings.map((timing) => timing.workMs)),
      medianMs: median(timings.map((timing) => timing.ms)),
      firstUseMs: first.ms,
      openNowMs: openNow.ms,
      cpuSlowdown: slowdown,
      flatMs: Math.max(...CHOICES.map((_, index) => middle(flat, index, 'ms'))),
      benchmarkIndex,
      services,
      servicesPageGzipBytes,
      largestGroupPage,
      dataFileGzipBytes,
      timings,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const baseUrl = process.argv[2];
  if (!baseUrl) throw new Error('Give the address of a running site, for example http://localhost:4321');
  console.log(JSON.stringify(await measureDirectoryFilter(baseUrl), null, 2));
}
