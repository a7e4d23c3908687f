/**
 * `npm start`: build the site if anything changed since the last build, then
 * serve it. Quietly: the build's full output goes to data/build.log and is
 * shown only if the build fails; what is printed is whether it built, one line
 * about the content, and then where the site and the intake are.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildIsStale } from '../src/hosting/build-freshness.ts';
import {
  BUILD_LOG,
  buildFailedLine,
  builtLine,
  contentFigures,
  contentSummary,
  upToDateLine,
} from '../src/hosting/start-summary.ts';
import { contentDirectory } from '../src/content-model/content-directory.ts';

if (buildIsStale(process.cwd())) {
  console.log(`Building the site, as it has not been built yet or something changed since (about a minute)…`);
  mkdirSync(path.dirname(BUILD_LOG), { recursive: true });
  const log = openSync(BUILD_LOG, 'w');
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', log, log] });
  closeSync(log);
  if (build.status !== 0) {
    console.error(readFileSync(BUILD_LOG, 'utf8'));
    console.error(buildFailedLine());
    process.exit(build.status ?? 1);
  }
  console.log(builtLine((performance.now() - started) / 1000));
} else {
  console.log(upToDateLine(statSync('dist/pagefind/pagefind.js').mtime));
}

const { figures, warnings } = contentFigures(contentDirectory(), 'dist');
for (const warning of warnings) console.warn(`warning: ${warning}`);
console.log(`Content: ${contentSummary(figures)}.`);
await import('./serve.ts');
