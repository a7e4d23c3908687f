/**
 * `npm run bench -- --scale N`: how the build grows with the content. In a temporary copy of the project, N synthetic
 * items are added to the real content (scripts/bench/synthetic-content.ts), then, in the same run:
 *
 * 1. the project's own build (`npm run build`: the content guard, Astro with our integrations, Pagefind), timed, with
 *    the peak memory of its whole process tree;
 * 2. a bare Astro 7 project over the same Markdown (no integrations, one collection with a permissive schema, one
 *    route printing each entry's title and body), measured the same way, as the yardstick;
 * 3. the first search on the synthetic site, served by the project's own server.
 *
 * The budgets are issue 15's: at most 1.5 times the bare build's time, under 2 GB of memory, a first search of at
 * most 100 KB. Nothing here is asserted: it prints figures.
 */
import {
  cpSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSiteServer } from '../../src/hosting/site-server.ts';
import { measureFirstSearch, type FirstSearch } from './first-search.ts';
import { runMeasured, type MeasuredRun } from './peak-memory.ts';
import { writeSyntheticContent, type SyntheticSummary } from './synthetic-content.ts';

export const SCALE_BUDGETS = {
  /** Our build's time over the bare build's. */
  timeRatio: 1.5,
  /** Peak memory of the build's process tree. */
  peakMb: 2048,
  /** Bytes transferred for the first search. */
  firstSearchKb: 100,
} as const;

export interface BuildFigures extends MeasuredRun {
  /** HTML files in dist/. */
  pages: number;
  pagesPerSecond: number;
}

export interface ScaleFigures {
  /** Synthetic items added, by type. */
  synthetic: SyntheticSummary;
  /** Content files in the copy: the real ones and the synthetic ones. */
  contentFiles: number;
  ours: BuildFigures;
  bare: BuildFigures;
  /** Our build's seconds over the bare build's. */
  timeRatio: number;
  /** Our build's CPU seconds over the bare build's: steadier than wall time on a machine others share. */
  cpuRatio: number;
  firstSearch: FirstSearch;
}

export interface ScaleOptions {
  /** Keep the temporary folder, to look at the build or its log. */
  keep?: boolean;
  /** The port the synthetic site is served on for the first search. */
  port?: number;
  /** The word typed for the first search. */
  query?: string;
  /** Progress messages. */
  log?: (line: string) => void;
}

/** The project this file belongs to. */
const PROJECT = path.resolve(import.meta.dirname, '..', '..');

/**
 * What is not copied: installed packages (linked instead), builds, history, local data and test output. `.cache/`
 * is: the content editor's bundle depends on code only, so the copy's build reuses it, as every build after the first.
 */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', 'data', 'test-results', '.astro', 'playwright-report']);

/** A copy of the project at `target`, sharing its installed packages. */
export function copyProject(target: string): void {
  cpSync(PROJECT, target, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(PROJECT, source).split(path.sep)[0] ?? ''),
  });
  linkPackages(target);
}

/**
 * A node_modules in `target` whose every package is a link to the project's: the builds find the same packages,
 * while Vite and Astro keep their caches (node_modules/.vite, node_modules/.astro) in the copy, and so never
 * overwrite the caches of the working copy they were copied from.
 */
function linkPackages(target: string): void {
  const installed = realpathSync(path.join(PROJECT, 'node_modules'));
  const folder = path.join(target, 'node_modules');
  mkdirSync(folder);
  for (const name of readdirSync(installed)) {
    if (!/^\.(?:vite|vite-temp|vitest-cache|astro)$/.test(name))
      symlinkSync(path.join(installed, name), path.join(folder, name));
  }
}

/**
 * A bare Astro project at `target` over the Markdown in `contentFolder`: Astro's defaults, no integrations, the glob
 * loader with a schema that takes any front matter, and one route that prints each entry's title and body.
 */
function writeBareProject(target: string, contentFolder: string): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({
      name: 'bare-astro',
      private: true,
      type: 'module',
      scripts: { build: 'astro build' },
    }),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  entries: defineCollection({
    // Named by path: the default (a slug field) would make translations of one page clash.
    loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(contentFolder)}, generateId: ({ entry }) => entry.replace(/\\.md$/, '') }),
    schema: z.looseObject({}),
  }),
};
`,
    'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.name ?? entry.data.term ?? entry.id);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><h1>{title}</h1><Content /></body>
</html>
`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    writeFileSync(path.join(target, file), text);
  }
  linkPackages(target);
}

/** `npm run build` in `folder`, measured; stops with the end of its log if it fails. */
export async function build(folder: string, what: string): Promise<BuildFigures> {
  const logFile = path.join(folder, 'build.log');
  // A build of the copy's own content, for today: never the tests' fixtures or another day.
  const env = { ...process.env };
  delete env['VF_CONTENT_DIR'];
  delete env['VF_TODAY'];
  const run = await runMeasured('npm', ['run', 'build'], { cwd: folder, logFile, env });
  if (run.exitCode !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${what} failed (log: ${logFile}):\n${tail}`);
  }
  const pages = globSync('**/*.html', { cwd: path.join(folder, 'dist') }).length;
  return { ...run, pages, pagesPerSecond: pages / run.seconds };
}

/** Build the project with `count` synthetic items, and a bare Astro project over the same Markdown, and compare. */
export async function measureAtScale(count: number, options: ScaleOptions = {}): Promise<ScaleFigures> {
  const log = options.log ?? (() => {});
  const folder = mkdtempSync(path.join(tmpdir(), `vf-scale-${count}-`));
  const site = path.join(folder, 'site');
  const bareSite = path.join(folder, 'bare');
  try {
    log(`Copying the project to ${site} and writing ${count} synthetic items…`);
    copyProject(site);
    const contentFolder = path.join(site, 'content');
    const synthetic = writeSyntheticContent(contentFolder, count);
    const contentFiles = globSync('**/*.{md,yaml}', { cwd: contentFolder }).length;
    writeBareProject(bareSite, contentFolder);

    log('Building it with npm run build…');
    const ours = await build(site, 'Our build');
    log(`  ${ours.seconds.toFixed(1)} s, ${ours.pages} pages, peak ${ours.peakMb.toFixed(0)} MB.`);
    log('Building the bare Astro project over the same Markdown…');
    const bare = await build(bareSite, 'The bare Astro build');
    log(`  ${bare.seconds.toFixed(1)} s, ${bare.pages} pages, peak ${bare.peakMb.toFixed(0)} MB.`);

    log('Measuring the first search…');
    const server = await createSiteServer({ root: path.join(site, 'dist') });
    const port = options.port ?? 4411;
    await server.listen({ port, host: '127.0.0.1' });
    let firstSearch: FirstSearch;
    try {
      firstSearch = await measureFirstSearch(`http://127.0.0.1:${port}`, options.query);
    } finally {
      await server.close();
    }
    return {
      synthetic,
      contentFiles,
      ours,
      bare,
      timeRatio: ours.seconds / bare.seconds,
      cpuRatio: ours.cpuSeconds / bare.cpuSeconds,
      firstSearch,
    };
  } finally {
    if (options.keep) log(`Kept ${folder}.`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

/** One row of the table: what, the figure, the budget, and whether it is met (undefined when there is no budget). */
export interface ScaleRow {
  measure: string;
  value: string;
  budget: string;
  met?: boolean;
}

export function scaleRows(figures: ScaleFigures): ScaleRow[] {
  const { ours, bare, firstSearch } = figures;
  const kb = firstSearch.bytes / 1024;
  return [
    {
      measure: 'Synthetic items (content files in all)',
      value: `${figures.synthetic.total} (${figures.contentFiles})`,
      budget: '',
    },
    { measure: 'Pages built: ours / bare', value: `${ours.pages} / ${bare.pages}`, budget: '' },
    {
      measure: 'Our build (guard, Astro, integrations, Pagefind)',
      value: `${ours.seconds.toFixed(1)} s (CPU ${ours.cpuSeconds.toFixed(1)} s)`,
      budget: '',
    },
    {
      measure: 'Bare Astro build of the same Markdown',
      value: `${bare.seconds.toFixed(1)} s (CPU ${bare.cpuSeconds.toFixed(1)} s)`,
      budget: '',
    },
    {
      measure: 'Build time, ours / bare',
      value: `${figures.timeRatio.toFixed(2)}×`,
      budget: `≤ ${SCALE_BUDGETS.timeRatio}×`,
      met: figures.timeRatio <= SCALE_BUDGETS.timeRatio,
    },
    {
      measure: 'CPU time, ours / bare',
      value: `${figures.cpuRatio.toFixed(2)}×`,
      budget: `≤ ${SCALE_BUDGETS.timeRatio}×`,
      met: figures.cpuRatio <= SCALE_BUDGETS.timeRatio,
    },
    {
      measure: 'Pages per second: ours / bare',
      value: `${ours.pagesPerSecond.toFixed(1)} / ${bare.pagesPerSecond.toFixed(1)}`,
      budget: '',
    },
    {
      measure: 'Peak memory, our build (all processes)',
      value: `${ours.peakMb.toFixed(0)} MB`,
      budget: `< ${SCALE_BUDGETS.peakMb} MB`,
      met: ours.peakMb < SCALE_BUDGETS.peakMb,
    },
    { measure: 'Peak memory, bare build', value: `${bare.peakMb.toFixed(0)} MB`, budget: '' },
    {
      measure: `First search ("${firstSearch.query}"), Pagefind files`,
      value: `${kb.toFixed(1)} KB in ${firstSearch.requests} requests`,
      budget: `≤ ${SCALE_BUDGETS.firstSearchKb} KB`,
      met: kb <= SCALE_BUDGETS.firstSearchKb,
    },
  ];
}

/** The rows as a plain-text table, with ✓ or ✗ beside each budget. */
export function scaleTable(figures: ScaleFigures): string {
  const rows = scaleRows(figures).map((row) => [
    row.measure,
    row.value,
    row.budget ? `${row.budget} ${row.met ? '✓' : '✗'}` : '',
  ]);
  const header = [`At ${figures.synthetic.total} synthetic items`, 'Figure', 'Budget'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Reads `--scale N` (and `--keep`) from the command line; undefined when the benchmark was not asked for. */
export function scaleRequested(argv: readonly string[]): { count: number; keep: boolean } | undefined {
  const index = argv.indexOf('--scale');
  if (index === -1) return undefined;
  const count = Number(argv[index + 1]);
  if (!Number.isInteger(count) || count < 1)
    throw new Error('Give the number of synthetic items after --scale, for example: npm run bench -- --scale 1000');
  return { count, keep: argv.includes('--keep') };
}

/** `npm run bench -- --scale N [--keep]`: measure and print the table. */
export async function runScaleBench(argv: readonly string[]): Promise<ScaleFigures | undefined> {
  const request = scaleRequested(argv);
  if (!request) return undefined;
  const figures = await measureAtScale(request.count, { keep: request.keep, log: (line) => console.log(line) });
  console.log(`\n${scaleTable(figures)}`);
  console.log(
    `\nSynthetic items by type: ${Object.entries(figures.synthetic)
      .filter(([type]) => type !== 'total')
      .map(([type, count]) => `${type} ${count}`)
      .join(', ')}.`,
  );
  console.log(
    `Heaviest search files: ${figures.firstSearch.files
      .slice(0, 5)
      .map((file) => `${file.path} ${(file.bytes / 1024).toFixed(1)} KB`)
      .join(', ')}.`,
  );
  return figures;
}
