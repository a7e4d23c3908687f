/**
 * Makes the content editor's browser bundle with Vite's build API, outside Astro: the same bundler and version Astro
 * builds the site with, so the editor runs as it did when Astro bundled it. `content-editor.browser.ts` with all it
 * imports (Decap CMS, React, the previews), Decap's parts that load later (code highlighting, pictures), and the
 * site's stylesheet for the previews, as hashed files under /_astro/content-editor/. Kept in .cache/content-editor/
 * (editor-bundle.ts) and made again only when something it is made from changes. Run by
 * scripts/build-content-editor.ts, in a process of its own so none of its memory stays in Astro's.
 */
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import {
  currentEditorBundle,
  EDITOR_BUNDLE_DIRECTORY,
  EDITOR_ENTRY,
  editorBundleFolder,
  editorBundleKey,
  editorBundleSiteFolder,
  projectInputs,
  writeEditorBundleManifest,
  type EditorBundleManifest,
} from './editor-bundle.ts';

export interface EditorBundleResult {
  manifest: EditorBundleManifest;
  /** False when the kept bundle was still current and nothing was bundled. */
  built: boolean;
  seconds: number;
}

/** The bundle, made only if the kept one is missing or out of date. */
export async function ensureEditorBundle(root: string): Promise<EditorBundleResult> {
  const started = performance.now();
  const current = currentEditorBundle(root);
  const manifest = current ?? (await bundleEditor(root));
  return { manifest, built: !current, seconds: (performance.now() - started) / 1000 };
}

/** Bundles into a folder of its own, then puts it in place, so a failed run never leaves a half-made bundle. */
async function bundleEditor(root: string): Promise<EditorBundleManifest> {
  const building = path.join(editorBundleFolder(root), `building-${process.pid}`);
  rmSync(building, { recursive: true, force: true });
  try {
    return await bundleInto(root, building);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

async function bundleInto(root: string, building: string): Promise<EditorBundleManifest> {
  const moduleIds: string[] = [];
  const result = await build({
    root,
    // Nothing from the project's own settings: no config file, no .env, and public/ is Astro's to copy.
    configFile: false,
    envDir: false,
    publicDir: false,
    mode: 'production',
    logLevel: 'warn',
    plugins: [
      {
        name: 'victims-first:editor-bundle-inputs',
        // Every module in the bundle, before tree-shaking: the project's files among them are what it is made from.
        generateBundle() {
          moduleIds.push(...this.getModuleIds());
        },
      },
    ],
    build: {
      // As Astro builds the site's own scripts (and built the editor before): for current browsers, as they are.
      target: 'esnext',
      outDir: building,
      emptyOutDir: true,
      assetsDir: EDITOR_BUNDLE_DIRECTORY,
      // As in astro.config.mjs: files, never data: URLs.
      assetsInlineLimit: 0,
      // Decap is about 5.5 MB (1.3 MB sent, to staff only): say nothing about its size.
      chunkSizeWarningLimit: 8_000,
      reportCompressedSize: false,
      rolldownOptions: {
        input: path.join(root, EDITOR_ENTRY),
        output: {
          entryFileNames: `${EDITOR_BUNDLE_DIRECTORY}/content-editor.[hash].js`,
          chunkFileNames: `${EDITOR_BUNDLE_DIRECTORY}/[name].[hash].js`,
          assetFileNames: `${EDITOR_BUNDLE_DIRECTORY}/[name].[hash][extname]`,
        },
        // Warnings about code inside Decap's packages (direct eval, "use client") are not ours to act on.
        onLog(level, log, report) {
          if (level === 'warn' && log.id?.includes(`${path.sep}node_modules${path.sep}`)) return;
          report(level, log);
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((each) => ('output' in each ? each.output : []));
  const entry = outputs.find((file) => file.type === 'chunk' && file.isEntry);
  if (!entry || entry.type !== 'chunk') throw new Error(`Bundling ${EDITOR_ENTRY} made no script.`);
  const inputs = projectInputs(root, moduleIds);
  const manifest: EditorBundleManifest = {
    version: 1,
    key: editorBundleKey(root, inputs),
    inputs,
    script: `/${entry.fileName}`,
    stylesheets: [...(entry.viteMetadata?.importedCss ?? [])].map((file) => `/${file}`),
    files: outputs.map((file) => file.fileName).sort(),
  };
  const site = editorBundleSiteFolder(root);
  rmSync(site, { recursive: true, force: true });
  renameSync(building, site);
  writeEditorBundleManifest(root, manifest);
  return manifest;
}
