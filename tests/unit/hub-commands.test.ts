/**
 * The commands hub staff run, as they run them: making the hub's keys, and
 * collecting referrals, from the intake over the network (the usual way)
 * or from the store on the intake's own machine. Failures end with a plain
 * message and exit code 1, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectedReferral } from '../../src/hub/case-files.ts';
import { generateHubKeys, hubKeysFromPrivateKey, NOT_A_PRIVATE_KEY, type HubKeys } from '../../src/hub/hub-keys.ts';
import { remoteSource } from '../../src/hub/remote-source.ts';
import { sealForHub } from '../../src/hub/sealing.ts';
import { openReferralStore } from '../../src/intake/store/open-store.ts';
import { killStartedIntakes, startIntakeProcess, type RunningIntake } from '../support/intake-process.ts';
import { validReferral } from '../support/referrals.ts';

const project = process.cwd();
const folder = mkdtempSync(path.join(tmpdir(), 'vf-hub-'));
afterAll(() => {
  killStartedIntakes();
  rmSync(folder, { recursive: true, force: true });
});

/** The environment without npm's INIT_CWD, which the tests' own npm set to the project folder. */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { INIT_CWD: _initCwd, ...rest } = process.env;
  return { ...rest, ...extra };
}

/** Run a script directly with Node, as npm would, from the given folder (INIT_CWD says where the person was). */
const run = (script: string, args: string[], options: { initCwd?: string; env?: Record<string, string> } = {}) =>
  spawnSync(process.execPath, [path.join(project, script), ...args], {
    cwd: project,
    encoding: 'utf8',
    timeout: 30_000,
    env: environment({ ...(options.initCwd ? { INIT_CWD: options.initCwd } : {}), ...options.env }),
  });

/** A failure shown as a plain message: no stack trace, no Node error names. */
const expectPlainFailure = (result: { status: number | null; stderr: string }) => {
  expect(result.status).toBe(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/Error:|node:internal/);
};

/** A port nothing listens on (taken and released at once). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('hub:keygen', () => {
  const keysFolder = path.join(folder, 'keys');

  it('writes the private key for its owner only, and the two public keys, and prints them as the intake’s settings', async () => {
    const result = run('scripts/hub-keygen.ts', ['--out', keysFolder]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const read = (name: string) => readFileSync(path.join(keysFolder, name), 'utf8').trim();
    const keys = await hubKeysFromPrivateKey(read('hub-private-key.txt'));
    expect(read('hub-public-key.txt')).toBe(keys.publicKey);
    expect(read('hub-collection-key.txt')).toBe(keys.collectionKey);
    expect(result.stdout).toContain(`HUB_PUBLIC_KEY=${keys.publicKey}`);
    expect(result.stdout).toContain(`HUB_COLLECTION_KEY=${keys.collectionKey}`);
    expect(result.stdout).not.toContain(keys.privateKey);
    expect(statSync(path.join(keysFolder, 'hub-private-key.txt')).mode & 0o077).toBe(0);
    expect(statSync(keysFolder).mode & 0o077).toBe(0);
  });

  it('never overwrites a key', () => {
    const before = readFileSync(path.join(keysFolder, 'hub-private-key.txt'), 'utf8');
    const second = run('scripts/hub-keygen.ts', ['--out', keysFolder]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('There is already a key');
    expect(readFileSync(path.join(keysFolder, 'hub-private-key.txt'), 'utf8')).toBe(before);
  });

  it('reads a relative folder from where the command was run', () => {
    const here = path.join(folder, 'keygen-here');
    mkdirSync(here);
    const result = run('scripts/hub-keygen.ts', ['--out', 'my-keys'], { initCwd: here });
    expect(result.status).toBe(0);
    expect(readdirSync(path.join(here, 'my-keys')).sort()).toEqual([
      'hub-collection-key.txt',
      'hub-private-key.txt',
      'hub-public-key.txt',
    ]);
  });
});

describe('hub:collect', () => {
  let keys: HubKeys;
  let keyFile: string;

  beforeAll(async () => {
    keys = await generateHubKeys();
    keyFile = path.join(folder, 'collect-key.txt');
    writeFileSync(keyFile, `${keys.privateKey}\n`, { mode: 0o600 });
  });

  it('on the intake’s machine, opens waiting referrals from its store, writes them, and the store erases them', async () => {
    const database = path.join(folder, 'local', 'referrals.sqlite');
    mkdirSync(path.dirname(database));
    const store = await openReferralStore({ file: database });
    const receivedAt = new Date('2026-11-23T09:30:00Z');
    const sealed = await sealForHub(
      { receivedAt: receivedAt.toISOString(), referral: { name: 'Collect Me', crimeTypes: ['fraud'] } },
      keys.publicKey,
    );
    const { reference } = await store.record({ answersHash: 'local-1', sealed, receivedAt, repeatWindowMs: 60_000 });
    await store.close();

    const out = path.join(folder, 'local', 'out');
    const args = ['--private-key', keyFile, '--database', database, '--out', out];
    const result = run('scripts/hub-collect.ts', args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Collected 1 referral: ${reference}`);
    const csv = readdirSync(out).find((file) => file.endsWith('.csv'))!;
    expect(readFileSync(path.join(out, csv), 'utf8')).toContain('"Collect Me"');

    const again = run('scripts/hub-collect.ts', args);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('No new referrals.');
    const reopened = await openReferralStore({ file: database });
    expect(await reopened.waitingCount()).toBe(0);
    await reopened.close();
  });

  it('says what it needs when the key is not given', () => {
    const result = run('scripts/hub-collect.ts', []);
    expectPlainFailure(result);
    expect(result.stderr).toContain('--private-key');
  });

  it('explains a key file that is not the private key, plainly, without a stack trace or the file’s text (item 8)', () => {
    const wrong = path.join(folder, 'not-a-key.txt');
    writeFileSync(wrong, 'hello this is not a key\n');
    const result = run('scripts/hub-collect.ts', ['--private-key', wrong, '--from', 'https://intake.invalid']);
    expectPlainFailure(result);
    expect(result.stderr).toContain(NOT_A_PRIVATE_KEY);
    expect(result.stderr).not.toContain('hello this is not a key');

    const missing = run('scripts/hub-collect.ts', ['--private-key', path.join(folder, 'nowhere.txt')]);
    expectPlainFailure(missing);
    expect(missing.stderr).toContain(`There is no file at ${path.join(folder, 'nowhere.txt')}`);
  });

  it('refuses an address that is not https://, except this computer’s own', () => {
    const result = run('scripts/hub-collect.ts', ['--private-key', keyFile, '--from', 'http://intake.example.org']);
    expectPlainFailure(result);
    expect(result.stderr).toContain('use https://intake.example.org');
  });

  it('names the address when it cannot connect to the intake, and writes nothing', async () => {
    const port = await freePort();
    const out = path.join(folder, 'unreachable-out');
    const result = run('scripts/hub-collect.ts', [
      '--private-key',
      keyFile,
      '--from',
      `http://127.0.0.1:${port}`,
      '--out',
      out,
    ]);
    expectPlainFailure(result);
    expect(result.stderr).toContain(
      `Could not reach the intake. Check the address given with --from (http://127.0.0.1:${port})`,
    );
    expect(readdirSync(out).filter((name) => name.startsWith('referrals-'))).toEqual([]);
  });

  it('says the output folder cannot be written, naming it, not that another collection is running (item 8)', () => {
    const file = path.join(folder, 'a-file');
    writeFileSync(file, '');
    const out = path.join(file, 'out');
    const result = run('scripts/hub-collect.ts', [
      '--private-key',
      keyFile,
      '--from',
      'https://intake.invalid',
      '--out',
      out,
    ]);
    expectPlainFailure(result);
    expect(result.stderr).toContain(`The folder ${out} cannot be written to`);
    expect(result.stderr).not.toContain('Another collection');
  });
});

describe('collecting from the intake over the network', () => {
  let keys: HubKeys;
  let intake: RunningIntake;
  const intakeFolder = path.join(folder, 'intake');
  const hubFolder = path.join(folder, 'hub-computer');
  const database = path.join(intakeFolder, 'referrals.sqlite');

  beforeAll(async () => {
    keys = await generateHubKeys();
    mkdirSync(intakeFolder);
    mkdirSync(hubFolder);
    writeFileSync(path.join(hubFolder, 'key.txt'), `${keys.privateKey}\n`, { mode: 0o600 });
    intake = await startIntakeProcess(
      environment({
        HUB_PUBLIC_KEY: keys.publicKey,
        HUB_COLLECTION_KEY: keys.collectionKey,
        INTAKE_DATABASE: database,
      }),
    );
  });

  /** npm run hub:collect, as hub staff run it from their own folder. */
  const collect = () =>
    spawnSync(
      'npm',
      [
        '--prefix',
        project,
        'run',
        '--silent',
        'hub:collect',
        '--',
        '--from',
        intake.url,
        '--private-key',
        'key.txt',
        '--out',
        'out',
      ],
      {
        cwd: hubFolder,
        encoding: 'utf8',
        timeout: 60_000,
        // A database named here must never be opened or made: collecting over the network needs none.
        env: environment({ INTAKE_DATABASE: path.join(hubFolder, 'must-not-exist.sqlite') }),
      },
    );

  it('writes both referrals once into the folder it was run from, and the intake no longer holds them', async () => {
    const references = [
      await sendReferral(intake.url, { ...validReferral, idempotencyKey: 'network-collection-key-01' }),
      await sendReferral(intake.url, {
        ...validReferral,
        name: 'Alex Second',
        idempotencyKey: 'network-collection-key-02',
      }),
    ];
    expect(await waitingOnIntake(intake.url, keys)).toBe(2);
    expect(sealedRowsIn(database)).toBe(2);

    const first = collect();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Collected 2 referrals');
    const out = path.join(hubFolder, 'out');
    const jsonFiles = readdirSync(out).filter((name) => name.endsWith('.json'));
    expect(jsonFiles).toHaveLength(1);
    const collected = JSON.parse(readFileSync(path.join(out, jsonFiles[0]!), 'utf8')) as CollectedReferral[];
    expect(collected.map((item) => item.reference).sort()).toEqual([...references].sort());
    expect(collected.map((item) => item.referral.name).sort()).toEqual(['Alex Second', 'Sam Uniquename']);
    const csv = readdirSync(out).find((name) => name.endsWith('.csv'))!;
    expect(readFileSync(path.join(out, csv), 'utf8')).toContain('"Sam Uniquename"');
    expect(existsSync(path.join(hubFolder, 'must-not-exist.sqlite'))).toBe(false);
    expect(await waitingOnIntake(intake.url, keys)).toBe(0);
    expect(sealedRowsIn(database)).toBe(0);

    const second = collect();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('No new referrals.');
    expect(readdirSync(out).filter((name) => name.startsWith('referrals-'))).toHaveLength(2);
    expect(existsSync(path.join(hubFolder, 'must-not-exist.sqlite'))).toBe(false);
  });

  it('is refused, with the intake’s reason, with another hub key', async () => {
    const stranger = await generateHubKeys();
    const strangerKey = path.join(folder, 'stranger-key.txt');
    writeFileSync(strangerKey, `${stranger.privateKey}\n`);
    await sendReferral(intake.url, { ...validReferral, idempotencyKey: 'network-collection-key-03' });
    const result = run('scripts/hub-collect.ts', [
      '--private-key',
      strangerKey,
      '--from',
      intake.url,
      '--out',
      path.join(folder, 'stranger-out'),
    ]);
    expectPlainFailure(result);
    expect(result.stderr).toContain("The request was not signed with the hub's key.");
    expect(result.stderr).toContain('HUB_COLLECTION_KEY');
    expect(await waitingOnIntake(intake.url, keys)).toBe(1);
  });
});

/**
 * Send a referral as the form's script does; its reference. Sent once more if the connection fails (the intake closes
 * idle connections after 5 seconds, and the commands run here take longer): the idempotency key makes that safe.
 */
async function sendReferral(url: string, body: object): Promise<string> {
  const send = () =>
    fetch(`${url}/api/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:4321' },
      body: JSON.stringify(body),
    });
  const response = await send().catch(send);
  expect([200, 201]).toContain(response.status);
  return ((await response.json()) as { reference: string }).reference;
}

/** How many referrals wait on the intake, asked as the hub asks (a signed request). */
async function waitingOnIntake(url: string, keys: HubKeys): Promise<number> {
  return (await remoteSource(url, keys).waiting(1)).waiting;
}

/** How many referrals in the intake's SQLite file still hold sealed contents, read directly from the file. */
function sealedRowsIn(database: string): number {
  const db = new DatabaseSync(database, { readOnly: true });
  try {
    return Number(
      (db.prepare('SELECT count(*) AS rows FROM referrals WHERE sealed IS NOT NULL').get() as { rows: number }).rows,
    );
  } finally {
    db.close();
  }
}
