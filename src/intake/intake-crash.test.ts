/**
 * Durability: the intake is killed with SIGKILL in the middle of a run of
 * submissions, then restarted. Every referral it acknowledged must be there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openReferralStore } from './store.ts';
import { generateHubKeyPair, openSealed } from '../hub/sealing.ts';
import { validReferral } from '../../tests/support/referrals.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'vf-crash-'));
const database = path.join(folder, 'referrals.sqlite');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

/** Start the intake on a free port; resolves with its address once it listens. */
function startIntake(publicKey: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['scripts/intake.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      INTAKE_DATABASE: database,
      HUB_PUBLIC_KEY: publicKey,
      INTAKE_LOG: 'off',
      INTAKE_PER_MINUTE: '100000',
      SITE_ORIGIN: 'http://localhost:4321',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The intake did not start within 20 seconds')), 20_000);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\/api\/referrals/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.once('exit', (code) => reject(new Error(`The intake stopped before listening (exit ${code})`)));
  });
}

describe('the intake killed mid-run', () => {
  it('still has every referral it acknowledged after a restart', async () => {
    const keys = await generateHubKeyPair();
    const { child, url } = await startIntake(keys.publicKey);
    const acknowledged = new Map<string, string>();
    let killed = false;
    let sent = 0;

    // Four people sending at once, each sending until the intake goes away (bounded in count).
    const sender = async (id: number) => {
      for (let index = 0; index < 200; index += 1) {
        const key = `crash-test-${id}-${index}-0000`;
        sent += 1;
        try {
          const response = await fetch(`${url}/api/referrals`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...validReferral, name: `Person ${id}-${index}`, idempotencyKey: key }),
          });
          if (response.status === 201)
            acknowledged.set(((await response.json()) as { reference: string }).reference, `Person ${id}-${index}`);
        } catch {
          return; // the intake is gone
        }
        if (!killed && acknowledged.size >= 60) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(sender));
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);

    // Restart on the same store: it must open cleanly and hold every acknowledged referral, intact.
    const restarted = await startIntake(keys.publicKey);
    const health = (await (await fetch(`${restarted.url}/api/health`)).json()) as { status: string; waiting: number };
    expect(health.status).toBe('ok');
    restarted.child.kill('SIGTERM');
    await new Promise((resolve) => restarted.child.once('exit', resolve));

    const store = openReferralStore(database);
    // SIGKILL keeps the operating system's cached writes, so also check the store commits to disk itself: WAL,
    // synchronous FULL (2).
    expect(store.durability()).toEqual({ journalMode: 'wal', synchronous: 2 });
    const stored = new Map(store.uncollected().map((row) => [row.reference, row]));
    for (const [reference, name] of acknowledged) {
      const row = stored.get(reference);
      expect(row, `acknowledged ${reference} is missing`).toBeDefined();
      const opened = (await openSealed(row!.sealed, keys)) as { referral: { name: string } };
      expect(opened.referral.name).toBe(name);
    }
    // Nothing was stored twice: every stored referral is a different person.
    const names = await Promise.all(
      [...stored.values()].map(
        async (row) => ((await openSealed(row.sealed, keys)) as { referral: { name: string } }).referral.name,
      ),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(stored.size).toBeLessThanOrEqual(sent);
    store.close();
  }, 60_000);
});
