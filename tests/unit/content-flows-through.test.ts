/**
 * Content changes reach the site: the site built from fixture content shows
 * the fixture's right in the infographic, on a page of its own and in young
 * people's words; the fixture's step on its page, with its glossary term
 * linked and explained; and the fixture's term in the glossary.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('a site built from other content', () => {
  it('shows that content’s rights, steps and glossary', () => {
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
      expect(page).toContain('href="/criminal-justice/reporting-a-crime/"');

      const young = readFileSync(path.join(outDir, 'your-rights/young-people/index.html'), 'utf8');
      expect(young).toContain('You can understand and be understood');
      expect(young).toContain('If it is hard to understand, you can get help, such as an interpreter.');
      expect(young).toContain('Help for young people, from the fixture.');

      const step = readFileSync(path.join(outDir, 'criminal-justice/reporting-a-crime/index.html'), 'utf8');
      expect(step).toMatch(/<h1[^>]*>Reporting a crime<\/h1>/);
      expect(step).toContain('the suspect <a href="/criminal-justice/glossary/#bail" class="glossary-term" data-glossary-term="bail">bail</a>.');
      expect(step).toContain('When a person accused of a crime is let out of custody until their next court date, sometimes with rules to follow.');
      expect(step).toContain('href="/your-rights/understand-and-be-understood/"');

      const glossary = readFileSync(path.join(outDir, 'criminal-justice/glossary/index.html'), 'utf8');
      expect(glossary).toMatch(/<h3 id="bail"[^>]*>Bail<\/h3>/);
      expect(glossary).toContain('Words the fixture explains.');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});
