/**
 * Content changes reach the site: the site built from fixture content shows
 * the fixture's right in the infographic and on a page of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('a site built from other content', () => {
  it('shows that content’s rights', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'vf-fixture-build-'));
    try {
      const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
        env: { ...process.env, VF_CONTENT_DIR: 'tests/fixtures/content-valid', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        timeout: 170_000,
      });
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      const rights = readFileSync(path.join(outDir, 'your-rights/index.html'), 'utf8');
      expect(rights).toContain('To understand and be understood');
      expect(rights).toContain('You can get help to understand and be understood, including an interpreter.');
      const page = readFileSync(path.join(outDir, 'your-rights/understand-and-be-understood/index.html'), 'utf8');
      expect(page).toMatch(/<h1[^>]*>To understand and be understood<\/h1>/);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});
