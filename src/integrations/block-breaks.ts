/**
 * After the build, puts a line break between blocks that Astro's compressed
 * HTML runs together, so the site search (which indexes the built pages next)
 * reads "it" and "Kinds of support" as separate words (src/shared/block-breaks.ts).
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBlockBreaks } from '../shared/block-breaks.ts';

export function blockBreaksForSearch(): AstroIntegration {
  return {
    name: 'victims-first:block-breaks',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of globSync('**/*.html', { cwd: root })) {
          const absolute = path.join(root, file);
          const html = readFileSync(absolute, 'utf8');
          const spaced = withBlockBreaks(html);
          if (spaced !== html) writeFileSync(absolute, spaced);
        }
      },
    },
  };
}
