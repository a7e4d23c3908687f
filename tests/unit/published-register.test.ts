/**
 * "Never remove a line": every address ever added to published-urls.txt in
 * this repository's history is still in it. (The browser test checks each
 * one still opens a page or redirects.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRegister, REGISTER_FILE } from '../../src/hosting/published-urls.ts';

describe('the published-URL register', () => {
  it('still holds every address ever added to it', () => {
    const history = spawnSync('git', ['log', '--format=', '-p', '--', REGISTER_FILE], { encoding: 'utf8' });
    expect(history.status, history.stderr).toBe(0);
    const everAdded = new Set(
      history.stdout
        .split('\n')
        .filter((line) => line.startsWith('+/'))
        .map((line) => line.slice(1).trim()),
    );
    expect(everAdded.size).toBeGreaterThan(50);
    const now = new Set(readRegister(readFileSync(REGISTER_FILE, 'utf8')));
    expect([...everAdded].filter((address) => !now.has(address))).toEqual([]);
  });
});
