/**
 * The content editor's browser bundle (Decap CMS, our start-up code and previews), built once outside Astro and
 * kept in .cache/content-editor/ until something it is made from changes. It depends only on code, never on
 * content, yet bundling Decap inside every Astro build cost several seconds and about 650 MB of the build's peak
 * memory at 10,000 content items. Here: where the bundle is kept, whether the kept one is still current, and
 * copying it into the built site. `bundle-editor.ts` makes it; `editor-bundle-integration.ts` puts it in the build.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The script the editor's page starts, relative to the project. */
export const EDITOR_ENTRY = 'admin/content-editor.browser.ts';
/** The cache, relative to the project (ignored by Git). */
export const EDITOR_BUNDLE_FOLDER = '.cache/content-editor';
/** Under the cache: the files as they sit in the built site ("_astro/content-editor/…"), and what they are. */
const SITE_FOLDER = 'site';
const MANIFEST_FILE = 'manifest.json';
/** Where the bundle's files live in the built site: with Astro's, so they are cached as long (see site-server.ts). */
export const EDITOR_BUNDLE_DIRECTORY = '_astro/content-editor';

/**
 * What the bundle is made from besides the modules it imports from this project: the installed packages (npm's
 * record of node_modules, and the lockfile) and the code that bundles it. A change to any of them makes a new bundle.
 */
export const ALWAYS_BUNDLE_INPUTS = [
  'package-lock.json',
  'node_modules/.package-lock.json',
  'admin/editor-bundle.ts',
  'admin/bundle-editor.ts',
  'scripts/build-content-editor.ts',
];

/** Raised when the way the cache is written changes, so no older cache is read as current. */
const MANIFEST_VERSION = 1;

export interface EditorBundleManifest {
  version: typeof MANIFEST_VERSION;
  /** A hash of every input's path and contents when the bundle was made. */
  key: string;
  /** The project's files the bundle was made from, relative to the project, in order. */
  inputs: string[];
  /** The address of the script the editor's page starts ("/_astro/content-editor/content-editor.AbC123.js"). */
  script: string;
  /** Addresses of stylesheets the script needs on the page (none today: Decap styles itself). */
  stylesheets: string[];
  /** Every file of the bundle, relative to the built site's root. */
  files: string[];
}

export const editorBundleFolder = (root: string) => path.join(root, EDITOR_BUNDLE_FOLDER);
export const editorBundleSiteFolder = (root: string) => path.join(editorBundleFolder(root), SITE_FOLDER);
const manifestFile = (root: string) => path.join(editorBundleFolder(root), MANIFEST_FILE);

/**
 * The project's own files among the modules a bundle was made from, relative to the project: not packages (the
 * lockfiles stand for them), not Vite's virtual modules ("\0vite/…", "__vite-browser-external"), and without
 * queries ("global.css?url" is global.css).
 */
export function projectInputs(root: string, moduleIds: Iterable<string>): string[] {
  const inputs = new Set<string>();
  for (const id of moduleIds) {
    const file = id.split('?')[0] ?? '';
    if (!path.isAbsolute(file) || file.split(path.sep).includes('node_modules')) continue;
    const relative = path.relative(root, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    inputs.add(relative.split(path.sep).join('/'));
  }
  return [...inputs].sort();
}

/** A hash of each input's path and contents (a missing file counts as missing), with the always-inputs added. */
export function editorBundleKey(root: string, inputs: readonly string[]): string {
  const hash = createHash('sha256').update(`content-editor-bundle ${MANIFEST_VERSION}\0`);
  for (const input of [...new Set([...inputs, ...ALWAYS_BUNDLE_INPUTS])].sort()) {
    const file = path.join(root, input);
    hash.update(`${input}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : '(missing)');
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Records what the bundle now in the cache is: written last, once its files are in place. */
export function writeEditorBundleManifest(root: string, manifest: EditorBundleManifest): void {
  writeFileSync(manifestFile(root), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The kept bundle's manifest, or undefined when there is none (a fresh clone) or it is from an older version. */
export function readEditorBundleManifest(root: string): EditorBundleManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile(root), 'utf8')) as EditorBundleManifest;
    return manifest.version === MANIFEST_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The kept bundle if it is still current: nothing it was made from has changed, and all its files are there. */
export function currentEditorBundle(root: string): EditorBundleManifest | undefined {
  const manifest = readEditorBundleManifest(root);
  if (!manifest || manifest.key !== editorBundleKey(root, manifest.inputs)) return undefined;
  const site = editorBundleSiteFolder(root);
  return manifest.files.every((file) => existsSync(path.join(site, file))) ? manifest : undefined;
}

/** The kept bundle's manifest; an error saying how to make the bundle when there is none. */
export function requireEditorBundle(root: string): EditorBundleManifest {
  const manifest = readEditorBundleManifest(root);
  if (manifest) return manifest;
  throw new Error(
    `The content editor's bundle is missing from ${EDITOR_BUNDLE_FOLDER}/. Build with "npm run build", or make it with "node scripts/build-content-editor.ts".`,
  );
}

/** Copies the kept bundle into a built site (dist/), beside Astro's own scripts. */
export function copyEditorBundle(root: string, siteRoot: string): EditorBundleManifest {
  const manifest = requireEditorBundle(root);
  cpSync(editorBundleSiteFolder(root), siteRoot, { recursive: true });
  return manifest;
}
