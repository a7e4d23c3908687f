/**
 * After the build, puts a line break between blocks that Astro's compressed
 * HTML runs together, so the site search (which indexes the built pages next)
 * reads "it" and "Kinds of support" as separate words (src/shared/block-breaks.ts).
 */
import type { AstroIntegration } from 'astro';
import { withBlockBreaks } from '../shared/block-breaks.ts';
import { rewriteBuiltPages } from './built-pages.ts';

export function blockBreaksForSearch(): AstroIntegration {
  return {
    name: 'victims-first:block-breaks',
    hooks: {
      'astro:build:done': ({ dir }) => {
        rewriteBuiltPages(dir, withBlockBreaks);
      },
    },
  };
}
