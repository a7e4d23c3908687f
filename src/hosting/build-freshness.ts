/**
 * Whether the built site is older than its sources, so `npm start` can build
 * only when something changed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Everything a build reads: admin/ too, as the content editor's page and its configuration are built into dist/. */
export const BUILD_INPUTS = [
  'src',
  'admin',
  'content',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

/** True when dist/ is missing, or any input changed after it was built. */
export function buildIsStale(projectRoot: string, builtMarker = 'dist/pagefind/pagefind.js'): boolean {
  const marker = path.join(projectRoot, builtMarker);
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  return BUILD_INPUTS.some((input) => newestChange(path.join(projectRoot, input)) > builtAt);
}
