import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ALWAYS_BUNDLE_INPUTS,
  copyEditorBundle,
  currentEditorBundle,
  editorBundleKey,
  editorBundleSiteFolder,
  projectInputs,
  readEditorBundleManifest,
  requireEditorBundle,
  writeEditorBundleManifest,
  type EditorBundleManifest,
} from './editor-bundle.ts';

let root: string;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** A project with a kept bundle made from two of its files, as bundle-editor.ts leaves it. */
function keepBundle(): EditorBundleManifest {
  write('admin/content-editor.browser.ts', 'import "./previews.ts";');
  write('admin/previews.ts', 'export {};');
  write('package-lock.json', '{"lockfileVersion":3}');
  const inputs = ['admin/content-editor.browser.ts', 'admin/previews.ts'];
  const manifest: EditorBundleManifest = {
    version: 1,
    key: editorBundleKey(root, inputs),
    inputs,
    script: '/_astro/content-editor/content-editor.AbC.js',
    stylesheets: [],
    files: ['_astro/content-editor/content-editor.AbC.js', '_astro/content-editor/yaml.XyZ.js'],
  };
  for (const file of manifest.files) write(path.join('.cache/content-editor/site', file), '// bundled');
  writeEditorBundleManifest(root, manifest);
  return manifest;
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'vf-editor-bundle-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("the content editor's kept bundle", () => {
  it('is made from the project files the bundle imported, not packages or Vite’s own modules', () => {
    const ids = [
      path.join(root, 'admin/content-editor.browser.ts'),
      path.join(root, 'src/styles/global.css?url'),
      path.join(root, 'src/styles/global.css?transform-only'),
      path.join(root, 'node_modules/decap-cms-app/dist/esm/index.js'),
      '/elsewhere/node_modules/react/index.js',
      '/elsewhere/shared.ts',
      '\0vite/preload-helper.js',
      '__vite-browser-external',
      path.join(root, 'admin/previews.ts'),
    ];
    expect(projectInputs(root, ids)).toEqual([
      'admin/content-editor.browser.ts',
      'admin/previews.ts',
      'src/styles/global.css',
    ]);
  });

  it('is current until one of its files, the installed packages or the bundling code changes', () => {
    keepBundle();
    expect(currentEditorBundle(root)).toBeDefined();

    write('admin/previews.ts', 'export const changed = true;');
    expect(currentEditorBundle(root)).toBeUndefined();
  });

  it('is out of date when the packages change, though no file of ours did', () => {
    keepBundle();
    expect(ALWAYS_BUNDLE_INPUTS).toContain('node_modules/.package-lock.json');
    write('node_modules/.package-lock.json', '{"packages":{"node_modules/decap-cms-app":{"version":"9.9.9"}}}');
    expect(currentEditorBundle(root)).toBeUndefined();
  });

  it('is not used when one of its files is missing, or it was kept by an older version of this code', () => {
    const manifest = keepBundle();
    rmSync(path.join(editorBundleSiteFolder(root), manifest.files[1]!));
    expect(currentEditorBundle(root)).toBeUndefined();

    writeEditorBundleManifest(root, { ...manifest, version: 0 as 1 });
    expect(readEditorBundleManifest(root)).toBeUndefined();
  });

  it('is missing on a fresh clone, and the page says how to make it', () => {
    expect(currentEditorBundle(root)).toBeUndefined();
    expect(() => requireEditorBundle(root)).toThrow(/npm run build/);
  });

  it('is copied into the built site beside Astro’s own scripts', () => {
    const manifest = keepBundle();
    const site = path.join(root, 'dist');
    write('dist/_astro/enhance.js', '// Astro’s');
    copyEditorBundle(root, site);
    for (const file of manifest.files) expect(readFileSync(path.join(site, file), 'utf8')).toBe('// bundled');
    expect(existsSync(path.join(site, '_astro/enhance.js'))).toBe(true);
  });
});
