/** The commands hub staff run: making a key pair, and collecting referrals. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson, openReferralStore } from './store.ts';
import { sealForHub } from '../hub/sealing.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'vf-hub-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 30_000 });

describe('hub commands', () => {
  const keys = path.join(folder, 'keys');

  it('hub:keygen writes a public key and a private key only its owner can read, and never overwrites one', () => {
    const first = run('scripts/hub-keygen.ts', ['--out', keys]);
    expect(first.status).toBe(0);
    expect(readFileSync(path.join(keys, 'hub-public-key.txt'), 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(path.join(keys, 'hub-private-key.txt')).mode & 0o077).toBe(0);
    const second = run('scripts/hub-keygen.ts', ['--out', keys]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('There is already a key');
  });

  it('hub:collect opens waiting referrals with the private key and writes them for the case system', async () => {
    const database = path.join(folder, 'referrals.sqlite');
    const store = openReferralStore(database);
    const referral = { name: 'Collect Me', crimeTypes: ['fraud'] };
    const receivedAt = new Date('2026-11-23T09:30:00Z');
    const sealed = await sealForHub(
      { receivedAt: receivedAt.toISOString(), referral },
      readFileSync(path.join(keys, 'hub-public-key.txt'), 'utf8'),
    );
    const { reference } = store.record({ canonicalBody: canonicalJson(referral), sealed, receivedAt }) as {
      reference: string;
    };
    store.close();

    const out = path.join(folder, 'out');
    const result = run('scripts/hub-collect.ts', [
      '--private-key',
      path.join(keys, 'hub-private-key.txt'),
      '--database',
      database,
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Collected 1 referral: ${reference}`);
    const files = readdirSync(out);
    expect(files.some((file) => file.endsWith('.json'))).toBe(true);
    const csv = readFileSync(
      path.join(
        out,
        files.find((file) => file.endsWith('.csv'))!,
      ),
      'utf8',
    );
    expect(csv).toContain('"Collect Me"');

    const again = run('scripts/hub-collect.ts', [
      '--private-key',
      path.join(keys, 'hub-private-key.txt'),
      '--database',
      database,
      '--out',
      out,
    ]);
    expect(again.stdout).toContain('No new referrals.');
  });

  it('hub:collect says what it needs when the key is not given', () => {
    const result = run('scripts/hub-collect.ts', []);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--private-key');
  });
});
