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
import { generateHubKeys } from '../src/hub/hub-keys.ts';
import { startPostgres } from '../tests/support/postgres-server.mjs';
import type { LoadRequest } from '../tests/support/referral-load.ts';

const PER_LEVEL = Number(process.env.BENCH_REFERRALS ?? 1000);
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

/**
 * The intake on a store, loaded at each concurrency level in turn. `beforeEachLevel` runs just before each level (the
 * bare inserts, so both are measured on the disk as it is at that moment: a shared machine's disk speed drifts).
 */
async function benchIntake(store: ReferralStore, beforeEachLevel: () => void = () => {}): Promise<LevelFigures[]> {
  const keys = await generateHubKeys();
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
    for (const concurrency of LEVELS) {
      beforeEachLevel();
      figures.push(await loadAt(url, concurrency));
    }
  } finally {
    await app.close();
    await store.close();
  }
  return figures;
}

/**
 * The ceiling: an HTTP route that does nothing but answer 201, loaded the same way. No intake on this machine, with
 * this load, can go faster; it shows how much of each referral's time is HTTP itself.
 */
async function benchEmptyRoute(): Promise<LevelFigures[]> {
  const app = Fastify();
  app.post('/api/referrals', async (_request, reply) => reply.code(201).send({ reference: 'ABCD-EFGH' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/referrals`;
  const figures: LevelFigures[] = [];
  try {
    for (const concurrency of LEVELS) figures.push(await loadAt(url, concurrency));
  } finally {
    await app.close();
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
let bareRuns = 0;
function bareSqliteInserts(): number {
  bareRuns += 1;
  const db = new DatabaseSync(path.join(folder, `bare-${bareRuns}.sqlite`));
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
  const bare: number[] = [];
  const sqlite = await benchIntake(await openReferralStore({ file: path.join(folder, 'intake.sqlite') }), () =>
    bare.push(bareSqliteInserts()),
  );
  const emptyRoute = await benchEmptyRoute();
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
  console.log(`${PER_LEVEL} referrals per level, JSON over loopback HTTP, each acknowledged only once durable.`);
  console.log('Bare inserts: SQLite, same durability (WAL, synchronous FULL), one row per commit, no HTTP, measured');
  console.log('just before each level of the intake on SQLite. Empty route: an HTTP route that only answers 201,');
  console.log('loaded the same way: the ceiling for any intake on this machine.\n');
  console.log(
    `${'concurrency'.padEnd(12)}${'intake on SQLite'.padEnd(44)}${'bare inserts'.padEnd(14)}${'÷ bare'.padEnd(8)}${'empty route'.padEnd(13)}intake on PostgreSQL`,
  );
  const rate = (perSecond: number) => `${perSecond.toFixed(0)}/s`.padStart(8);
  LEVELS.forEach((level, index) =>
    console.log(
      `${String(level).padEnd(12)}${cell(sqlite[index]).padEnd(44)}${rate(bare[index]!).padEnd(14)}${`${(sqlite[index]!.perSecond / bare[index]!).toFixed(2)}×`.padEnd(8)}${rate(emptyRoute[index]!.perSecond).padEnd(13)}${cell(onPostgres?.[index])}`,
    ),
  );
  if (!onPostgres) console.log(`PostgreSQL not measured: ${'problem' in postgres ? postgres.problem : 'no address'}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
