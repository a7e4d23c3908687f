/** Rewriting the built pages after the build: each HTML file in dist/ read once, and written only if it changed. */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Give each built page's HTML to `change`; a page it returns different markup for is rewritten. Returns how many. */
export function rewriteBuiltPages(dir: URL, change: (html: string) => string | undefined): number {
  const root = fileURLToPath(dir);
  let rewritten = 0;
  for (const file of globSync('**/*.html', { cwd: root })) {
    const absolute = path.join(root, file);
    const html = readFileSync(absolute, 'utf8');
    const changed = change(html);
    if (changed !== undefined && changed !== html) {
      writeFileSync(absolute, changed);
      rewritten += 1;
    }
  }
  return rewritten;
}
