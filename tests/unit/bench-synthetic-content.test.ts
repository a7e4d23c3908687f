/**
 * The scale benchmark (`npm run bench -- --scale N`) builds thousands of synthetic items: they must stay valid as the
 * schemas change, or the benchmark fails after minutes of work. Checked here with the content guard, cheaply.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkContent, describeProblem } from '../../src/content-model/guard.ts';
import {
  SYNTHETIC_PREFIX,
  syntheticCounts,
  writeSyntheticContent,
  writeSyntheticServices,
} from '../../scripts/bench/synthetic-content.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the real content, which synthetic items build on (journey steps name real rights). */
function contentCopy(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'vf-synthetic-'));
  folders.push(folder);
  cpSync('content', folder, { recursive: true });
  return folder;
}

const today = '2026-11-23';
const dayAfter = new Date('2026-11-24T12:00:00Z');

test('synthetic content of every type passes the content guard, with no warnings of its own', () => {
  const folder = contentCopy();
  const summary = writeSyntheticContent(folder, 30, { today });
  expect(summary.total).toBe(30);
  for (const [type, count] of Object.entries(syntheticCounts(30))) expect(count, type).toBeGreaterThan(0);

  const report = checkContent(folder, dayAfter);
  expect(report.errors.map(describeProblem)).toEqual([]);
  expect(report.warnings.filter((warning) => warning.file.includes(`/${SYNTHETIC_PREFIX}-`))).toEqual([]);
});

test('synthetic services alone are valid, and name only each other as related', () => {
  const folder = contentCopy();
  expect(writeSyntheticServices(folder, 25, { today })).toHaveLength(25);
  expect(checkContent(folder, dayAfter).errors.map(describeProblem)).toEqual([]);
});

test('the shares of each type add up to the number asked for', () => {
  for (const total of [1, 7, 1000, 10_000])
    expect(Object.values(syntheticCounts(total)).reduce((sum, count) => sum + count, 0)).toBe(total);
});
