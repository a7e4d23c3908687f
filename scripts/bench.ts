/**
 * `npm run bench`: figures about the built site, printed, never asserted.
 * Build time, page weight (what a visitor on a phone downloads), the search
 * index, and how fast the local server answers.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createSiteServer } from '../src/hosting/site-server.ts';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('The build failed: run "npm run build" to see why.');
const buildSeconds = (performance.now() - started) / 1000;

const files = filesUnder('dist');
const pages = files.filter((file) => file.endsWith('.html'));
const weigh = (page: string) => {
  const html = readFileSync(page, 'utf8');
  const assets = [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((match) => match[1] ?? ''))];
  const files = [Buffer.from(html), ...assets.map((asset) => readFileSync(path.join('dist', asset)))];
  return {
    page: path.relative('dist', page),
    bytes: files.reduce((sum, file) => sum + file.length, 0),
    gzipped: files.reduce((sum, file) => sum + gzipSync(file).length, 0),
  };
};
// The content editor is for staff, and far heavier: it is weighed on its own.
const editor = weigh(path.join('dist', 'admin', 'index.html'));
const pageWeights = pages.filter((page) => !page.includes(`${path.sep}admin${path.sep}`)).map(weigh);
pageWeights.sort((a, b) => b.bytes - a.bytes);
const heaviest = pageWeights[0]!;
const pagefindBytes = files
  .filter((file) => file.includes(`${path.sep}pagefind${path.sep}`))
  .reduce((sum, file) => sum + statSync(file).size, 0);

const app = await createSiteServer({ root: 'dist' });
const requests = 500;
const serveStarted = performance.now();
for (let index = 0; index < requests; index += 1) {
  const response = await app.inject({ method: 'GET', url: '/' });
  if (response.statusCode !== 200) throw new Error(`The home page answered ${response.statusCode}`);
}
const perRequestMs = (performance.now() - serveStarted) / requests;
await app.close();

console.log(`Build (content check, Astro, Pagefind): ${buildSeconds.toFixed(1)} s`);
console.log(`Pages: ${pages.length}; files in dist/: ${files.length}`);
console.log(
  `Heaviest public page with its CSS and JS: ${heaviest.page}, ${kb(heaviest.bytes)} (${kb(heaviest.gzipped)} gzipped)`,
);
console.log(`Median page with its CSS and JS: ${kb(pageWeights[Math.floor(pageWeights.length / 2)]!.bytes)}`);
console.log(`Search index (dist/pagefind): ${kb(pagefindBytes)}`);
console.log(
  `Content editor (/admin/) with its JS: ${kb(editor.bytes)} (${kb(editor.gzipped)} gzipped), loaded by no public page`,
);
console.log(`Local server, home page, ${requests} requests in process: ${perRequestMs.toFixed(2)} ms each`);
