/**
 * A fresh clone's `npm install` must leave package-lock.json as it is, so a
 * newcomer starts with a clean `git status`. npm rewrites the lockfile when it
 * disagrees with package.json, or when a locked package names an optional
 * build (esbuild, rollup, sharp, lightningcss, pagefind … for each platform)
 * that the lockfile has no entry for: it then adds the missing builds, about
 * 200 lines the last time. Both are checked here without the network; the
 * full check is by hand in a throwaway clone (docs/developers.md, "A clean
 * tree after install").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  engines?: Record<string, string>;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as LockedPackage;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};

/** Where npm finds a dependency of the package at `from`: its own node_modules, then each folder above it. */
function resolvedPath(from: string, name: string): string | undefined {
  let folder = from;
  for (;;) {
    const candidate = folder ? `${folder}/node_modules/${name}` : `node_modules/${name}`;
    if (candidate in lock.packages) return candidate;
    if (!folder) return undefined;
    const parent = folder.lastIndexOf('/node_modules/');
    folder = parent >= 0 ? folder.slice(0, parent) : '';
  }
}

describe('package-lock.json', () => {
  it('is the lockfile format npm 11 writes', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('agrees with package.json, so npm install has nothing to rewrite at the top', () => {
    const root = lock.packages[''];
    expect(root).toBeDefined();
    expect({
      name: root?.name,
      version: root?.version,
      dependencies: root?.dependencies,
      devDependencies: root?.devDependencies,
      optionalDependencies: root?.optionalDependencies,
      engines: root?.engines,
    }).toEqual({
      name: manifest.name,
      version: manifest.version,
      dependencies: manifest.dependencies,
      devDependencies: manifest.devDependencies,
      optionalDependencies: manifest.optionalDependencies,
      engines: manifest.engines,
    });
  });

  it('holds every optional build that a locked package names, for every platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([from, locked]) =>
      Object.keys(locked.optionalDependencies ?? {})
        .filter((name) => resolvedPath(from, name) === undefined)
        .map((name) => `${from || 'the project'} names ${name}`),
    );
    expect(missing).toEqual([]);
    // The platform builds are really there: a Mac's and a Windows computer's esbuild, not only this machine's.
    for (const build of ['@esbuild/darwin-arm64', '@esbuild/win32-x64', '@esbuild/linux-x64'])
      expect(
        Object.keys(lock.packages).some((path) => path.endsWith(`node_modules/${build}`)),
        build,
      ).toBe(true);
  });
});
