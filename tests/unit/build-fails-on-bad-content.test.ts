/**
 * The real build, not just the guard: Astro refuses to build broken content,
 * and says which file and field to fix.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('building the site from broken content', () => {
  it('fails, naming each file and field', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'vf-broken-build-'));
    try {
      const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
        env: { ...process.env, VF_CONTENT_DIR: 'tests/fixtures/content-broken', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status).not.toBe(0);
      expect(output).toContain('The site was not built because content files have');
      expect(output).toContain(
        'tests/fixtures/content-broken/pages/en/no-title.md: field "title" is missing: this field is required',
      );
      expect(output).toContain(
        'tests/fixtures/content-broken/services/bad-contact.md: field "contacts[0].value" must be a phone number',
      );
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
