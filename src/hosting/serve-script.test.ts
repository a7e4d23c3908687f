/**
 * `npm run serve` makes a key pair for local use only when no other computer
 * can reach it: a server listening on every address, with no hub key given,
 * must refuse to start and write nothing (no private key, no database).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(path.join(tmpdir(), 'vf-serve-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The environment without any hub key or store setting this machine may have, so only the test's own apply. */
function withoutHubSettings(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(env))
    if (/^(HUB_|INTAKE_|DATABASE_URL$|SITE_ORIGIN$|HOST$|NODE_ENV$|TRUST_PROXY$)/.test(name)) delete env[name];
  return env;
}

describe('npm run serve without the hub’s public key', () => {
  it('refuses to start on every address, says what to set, and writes nothing', () => {
    const keys = path.join(folder, 'keys');
    const database = path.join(folder, 'store', 'referrals.sqlite');
    const result = spawnSync(process.execPath, ['scripts/serve.ts'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...withoutHubSettings(), HOST: '0.0.0.0', PORT: '0', HUB_KEY_FOLDER: keys, INTAKE_DATABASE: database },
    });
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(result.stderr).toContain("The intake needs the hub's public key: set HUB_PUBLIC_KEY");
    expect(result.stderr).toContain('Nothing was written.');
    // No stack trace: the message is the whole story.
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(keys)).toBe(false);
    expect(existsSync(path.dirname(database))).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});
