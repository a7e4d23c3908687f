/**
 * Durability: intakes are killed with SIGKILL in the middle of a run of
 * submissions, then restarted. Every referral one of them acknowledged must
 * be there, exactly once. With SQLite, one intake on one file; with
 * PostgreSQL, two intakes behind a make-believe load balancer on one
 * database, killed in turn while people keep sending (and resending, to the
 * other intake, whatever got no answer).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openReferralStore } from './store/open-store.ts';
import type { ReferralStore } from './store/referral-store.ts';
import { openSealed, type HubKeyPair } from '../hub/sealing.ts';
import { generateHubKeys } from '../hub/hub-keys.ts';
import { killStartedIntakes, startIntakeProcess, type RunningIntake } from '../../tests/support/intake-process.ts';
import { validReferral } from '../../tests/support/referrals.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'vf-crash-'));
const testDatabaseUrl = process.env.TEST_DATABASE_URL;

afterAll(() => {
  killStartedIntakes();
  rmSync(folder, { recursive: true, force: true });
});

/** Where an intake stores: a SQLite file, or a PostgreSQL database. */
type StoreEnvironment = { INTAKE_DATABASE: string } | { DATABASE_URL: string };

/** Start the intake on a free port, on this store, for the hub's public key; resolves once it listens. */
function startIntake(publicKey: string, store: StoreEnvironment): Promise<RunningIntake> {
  return startIntakeProcess({
    ...process.env,
    ...store,
    HUB_PUBLIC_KEY: publicKey,
    INTAKE_PER_MINUTE: '100000',
    // Both intakes recognise a form sent twice, whichever of them gets it.
    INTAKE_REPEAT_KEY: 'c2FtZSByZXBlYXQga2V5IGZvciBib3RoIGludGFrZXMsIDMyIGJ5dGVzIG9yIG1vcmU=',
  });
}

/** Stop an intake cleanly and wait for it. */
async function stopIntake(intake: RunningIntake): Promise<void> {
  const exited = new Promise((resolve) => intake.child.once('exit', resolve));
  intake.child.kill('SIGTERM');
  await exited;
}

/** Send one referral; the reference if the intake acknowledged it, undefined if it gave no answer. */
async function send(url: string, name: string, idempotencyKey: string): Promise<string | undefined> {
  try {
    const response = await fetch(`${url}/api/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...validReferral, name, idempotencyKey }),
    });
    if (response.status === 201 || response.status === 200)
      return ((await response.json()) as { reference: string }).reference;
    throw new Error(`The intake refused a valid referral: ${response.status}`);
  } catch (error) {
    if (error instanceof TypeError) return undefined; // the connection failed: the intake is gone
    throw error;
  }
}

/**
 * Every acknowledged referral is in the store, intact, and nobody's referral is stored twice. `acknowledged` maps
 * reference → the name sent.
 */
async function expectEachExactlyOnce(store: ReferralStore, keys: HubKeyPair, acknowledged: Map<string, string>) {
  const waiting = await store.waiting(100_000);
  const stored = new Map(waiting.map((row) => [row.reference, row]));
  const names: string[] = [];
  for (const row of waiting)
    names.push(((await openSealed(row.sealed, keys)) as { referral: { name: string } }).referral.name);
  for (const [reference, name] of acknowledged) {
    const row = stored.get(reference);
    expect(row, `acknowledged ${reference} is missing`).toBeDefined();
    expect(((await openSealed(row!.sealed, keys)) as { referral: { name: string } }).referral.name).toBe(name);
  }
  expect(new Set(names).size, 'a referral was stored twice').toBe(names.length);
}

describe('the intake killed mid-run, on SQLite', () => {
  it('still has every referral it acknowledged after a restart', async () => {
    const keys = await generateHubKeys();
    const store = { INTAKE_DATABASE: path.join(folder, 'referrals.sqlite') };
    const intake = await startIntake(keys.publicKey, store);
    const acknowledged = new Map<string, string>();
    let killed = false;

    // Four people sending at once, each until the intake goes away (bounded in count).
    const sender = async (id: number) => {
      for (let index = 0; index < 200; index += 1) {
        const name = `Person ${id}-${index}`;
        const reference = await send(intake.url, name, `crash-test-${id}-${index}-0000`);
        if (!reference) return;
        acknowledged.set(reference, name);
        if (!killed && acknowledged.size >= 60) {
          killed = true;
          intake.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(sender));
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);

    // Restart on the same store: it must open cleanly and hold every acknowledged referral, intact.
    const restarted = await startIntake(keys.publicKey, store);
    expect(((await (await fetch(`${restarted.url}/api/health`)).json()) as { status: string }).status).toBe('ok');
    await stopIntake(restarted);
    const opened = await openReferralStore({ file: store.INTAKE_DATABASE });
    await expectEachExactlyOnce(opened, keys, acknowledged);
    await opened.close();
  }, 60_000);
});

describe.skipIf(!testDatabaseUrl)('two intakes on one PostgreSQL, killed in turn', () => {
  it('keeps every acknowledged referral exactly once', async () => {
    // A database of this test's own, made and dropped here.
    const admin = new pg.Client({ connectionString: testDatabaseUrl });
    await admin.connect();
    const name = `vf_crash_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const databaseUrl = Object.assign(new URL(testDatabaseUrl!), { pathname: `/${name}` }).href;
    try {
      const keys = await generateHubKeys();
      const intakes = [
        await startIntake(keys.publicKey, { DATABASE_URL: databaseUrl }),
        await startIntake(keys.publicKey, { DATABASE_URL: databaseUrl }),
      ];
      const acknowledged = new Map<string, string>();
      const kills = [40, 120, 200];
      let restarts = 0;

      // The load balancer: the nth request goes to intake n mod 2; what got no answer is sent again, same key, to
      // the next intake, until one answers.
      const sendThroughBalancer = async (personName: string, key: string, turn: number) => {
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const reference = await send(intakes[(turn + attempt) % 2]!.url, personName, key);
          if (reference) return reference;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`No intake answered for ${personName}`);
      };
      // Kill one intake (they take turns) when enough have been acknowledged, and start it again.
      const killAndRestart = async () => {
        const index = restarts % 2;
        intakes[index]!.child.kill('SIGKILL');
        restarts += 1;
        intakes[index] = await startIntake(keys.publicKey, { DATABASE_URL: databaseUrl });
      };

      let turn = 0;
      const sender = async (id: number) => {
        for (let index = 0; index < 70; index += 1) {
          const personName = `Person ${id}-${index}`;
          const reference = await sendThroughBalancer(personName, `pg-crash-${id}-${index}-0000`, (turn += 1));
          acknowledged.set(reference, personName);
          if (kills[restarts] !== undefined && acknowledged.size >= kills[restarts]!) await killAndRestart();
        }
      };
      await Promise.all([0, 1, 2, 3].map(sender));
      expect(restarts).toBe(kills.length);
      expect(acknowledged.size).toBe(280);
      for (const intake of intakes) await stopIntake(intake);

      const store = await openReferralStore({ databaseUrl });
      expect(await store.waitingCount()).toBe(280);
      await expectEachExactlyOnce(store, keys, acknowledged);
      await store.close();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
