/**
 * Puts the content editor's bundle in the built site. Astro no longer bundles the editor: before it builds, this
 * makes sure the bundle in .cache/content-editor/ is current (making it, in a process of its own, when it is not:
 * `npm run build` has already done so, but `astro build` alone, as the editor's browser tests run it, has not);
 * after it builds, it copies the bundle into dist/. In `astro dev` the page loads the editor's source through
 * Astro's own Vite instead, so nothing is needed here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { copyEditorBundle, currentEditorBundle } from './editor-bundle.ts';

export function contentEditorBundle(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'victims-first:content-editor-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        root = fileURLToPath(config.root);
        if (currentEditorBundle(root)) return;
        logger.info('The content editor has changed, or has not been bundled here yet: bundling it.');
        const run = spawnSync(process.execPath, [path.join(root, 'scripts/build-content-editor.ts')], {
          cwd: root,
          stdio: 'inherit',
        });
        if (run.status !== 0) throw new Error('The content editor could not be bundled: see the messages above.');
      },
      'astro:build:done': ({ dir, logger }) => {
        const manifest = copyEditorBundle(root, fileURLToPath(dir));
        logger.info(`Copied the content editor's ${manifest.files.length} files into the built site.`);
      },
    },
  };
}
