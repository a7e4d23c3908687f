/**
 * `npm run bench:hub`: how fast the intake accepts referrals over loopback,
 * at rising concurrency, beside bare SQLite inserts with the same durability
 * (WAL, synchronous FULL) in the same run, so the ratio shows the intake's
 * own overhead (HTTP, validation, sealing). Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import Fastify from 'fastify';
import { registerIntake } from '../src/intake/intake.ts';
import { openReferralStore } from '../src/intake/store.ts';
import { generateHubKeyPair } from '../src/hub/sealing.ts';
import { validReferral } from '../tests/support/referrals.ts';

const PER_LEVEL = Number(process.env.BENCH_REFERRALS ?? 400);
const LEVELS = [1, 4, 16, 32];
const folder = mkdtempSync(path.join(tmpdir(), 'vf-bench-hub-'));

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

try {
  const keys = await generateHubKeyPair();
  const store = openReferralStore(path.join(folder, 'intake.sqlite'));
  const app = Fastify();
  await registerIntake(app, {
    store,
    hubPublicKey: keys.publicKey,
    siteOrigin: 'http://localhost',
    hubPhone: '0300 1234 148',
    perMinute: 1_000_000,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/referrals`;

  console.log(`${PER_LEVEL} referrals per level, over loopback HTTP:`);
  let sequence = 0;
  for (const concurrency of LEVELS) {
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < PER_LEVEL) {
          next += 1;
          sequence += 1;
          const body = JSON.stringify({
            ...validReferral,
            name: `Bench Person ${sequence}`,
            idempotencyKey: `bench-key-${sequence}-000000`,
          });
          const sent = performance.now();
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          await response.arrayBuffer();
          if (response.status !== 201) throw new Error(`Referral refused: ${response.status}`);
          latencies.push(performance.now() - sent);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(
      `  concurrency ${String(concurrency).padStart(2)}: ${(PER_LEVEL / seconds).toFixed(0).padStart(5)} referrals/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
    );
  }
  await app.close();
  store.close();

  // The floor: the same number of durable inserts of the same size, with no HTTP, checking or sealing.
  const db = new DatabaseSync(path.join(folder, 'bare.sqlite'));
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (id TEXT PRIMARY KEY, sealed BLOB NOT NULL)',
  );
  const insert = db.prepare('INSERT INTO t (id, sealed) VALUES (?, ?)');
  const blob = new Uint8Array(900);
  const started = performance.now();
  for (let index = 0; index < PER_LEVEL; index += 1) insert.run(`row-${index}`, blob);
  const bareRate = PER_LEVEL / ((performance.now() - started) / 1000);
  db.close();
  console.log(`Bare SQLite inserts, same durability, one at a time: ${bareRate.toFixed(0)} inserts/s`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
