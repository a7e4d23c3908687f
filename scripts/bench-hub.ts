/**
 * `npm run bench:hub`: how fast the intake accepts referrals over loopback,
 * at rising concurrency, on each store, side by side in one run:
 * - the intake on SQLite (group commit: referrals arriving together share one durable commit);
 * - the intake on PostgreSQL, when one is available (DATABASE_URL, or a private one started as the tests do);
 * - the floor: bare SQLite inserts at the same durability (WAL, synchronous FULL), one row per commit, no HTTP.
 * Prints figures; asserts nothing.
 *
 *   npm run bench:hub                          # 400 referrals per level
 *   BENCH_REFERRALS=1000 npm run bench:hub
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import Fastify from 'fastify';
import { registerIntake } from '../src/intake/intake.ts';
import { openReferralStore } from '../src/intake/store/open-store.ts';
import type { ReferralStore } from '../src/intake/store/referral-store.ts';
import { generateHubKeyPair } from '../src/hub/sealing.ts';
import { startPostgres } from '../tests/support/postgres-server.mjs';
import type { LoadRequest } from '../tests/support/referral-load.ts';

const PER_LEVEL = Number(process.env.BENCH_REFERRALS ?? 400);
const LEVELS = [1, 4, 16, 32];
const folder = mkdtempSync(path.join(tmpdir(), 'vf-bench-hub-'));

/** Referrals per second and latency at one concurrency. */
interface LevelFigures {
  perSecond: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

let sequence = 0;

/** The intake on a store, loaded at each concurrency level in turn. */
async function benchIntake(store: ReferralStore): Promise<LevelFigures[]> {
  const keys = await generateHubKeyPair();
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
  const figures: LevelFigures[] = [];
  try {
    for (const concurrency of LEVELS) figures.push(await loadAt(url, concurrency));
  } finally {
    await app.close();
    await store.close();
  }
  return figures;
}

/**
 * PER_LEVEL referrals sent by `concurrency` senders at once, each waiting for its answer before the next, from a
 * worker thread (tests/support/referral-load.ts), so the senders do not share the intake's event loop.
 */
async function loadAt(url: string, concurrency: number): Promise<LevelFigures> {
  const worker = new Worker(new URL('../tests/support/referral-load.ts', import.meta.url), {
    workerData: { url, concurrency, total: PER_LEVEL, firstNumber: sequence } satisfies LoadRequest,
  });
  sequence += PER_LEVEL;
  const [{ latencies, seconds }] = (await once(worker, 'message')) as [{ latencies: number[]; seconds: number }];
  await worker.terminate();
  latencies.sort((a, b) => a - b);
  return { perSecond: PER_LEVEL / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** The floor: durable inserts of the same size, one row per commit, with no HTTP, checking or sealing. */
function bareSqliteInserts(): number {
  const db = new DatabaseSync(path.join(folder, 'bare.sqlite'));
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (id TEXT PRIMARY KEY, sealed BLOB NOT NULL)',
  );
  const insert = db.prepare('INSERT INTO t (id, sealed) VALUES (?, ?)');
  const blob = new Uint8Array(900);
  const started = performance.now();
  for (let index = 0; index < PER_LEVEL; index += 1) insert.run(`row-${index}`, blob);
  const perSecond = PER_LEVEL / ((performance.now() - started) / 1000);
  db.close();
  return perSecond;
}

const cell = (figures: LevelFigures | undefined) =>
  figures
    ? `${figures.perSecond.toFixed(0).padStart(6)}/s  p50 ${figures.p50.toFixed(1).padStart(6)} ms  p99 ${figures.p99.toFixed(1).padStart(6)} ms`
    : 'not measured'.padEnd(42);

try {
  const bare = bareSqliteInserts();
  const sqlite = await benchIntake(await openReferralStore({ file: path.join(folder, 'intake.sqlite') }));
  const postgres = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: () => {} }
    : await startPostgres(() => {});
  let onPostgres: LevelFigures[] | undefined;
  if ('url' in postgres && postgres.url) {
    try {
      onPostgres = await benchIntake(await openReferralStore({ databaseUrl: postgres.url }));
    } finally {
      postgres.stop();
    }
  }
  console.log(`${PER_LEVEL} referrals per level, JSON over loopback HTTP, each acknowledged only once durable.\n`);
  console.log(`${'concurrency'.padEnd(12)}${'intake on SQLite'.padEnd(46)}intake on PostgreSQL`);
  LEVELS.forEach((level, index) =>
    console.log(`${String(level).padEnd(12)}${cell(sqlite[index]).padEnd(46)}${cell(onPostgres?.[index])}`),
  );
  console.log(`\nBare SQLite inserts, same durability, one row per commit: ${bare.toFixed(0)} rows/s`);
  const at16 = sqlite[LEVELS.indexOf(16)]!;
  console.log(`Intake on SQLite at concurrency 16 ÷ bare inserts: ${(at16.perSecond / bare).toFixed(2)}×`);
  if (!onPostgres) console.log(`PostgreSQL not measured: ${'problem' in postgres ? postgres.problem : 'no address'}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
