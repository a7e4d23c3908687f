/**
 * A private PostgreSQL for the tests: started on a free loopback port with
 * its own data folder, and stopped (folder removed) afterwards. Uses
 * Debian's `postgresql` package, installing it when missing and running as
 * root; otherwise says exactly what to do. TEST_DATABASE_URL, when already
 * set, is used as it is and nothing is started.
 *
 * Plain JavaScript, so `npm test` can use it before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The newest installed PostgreSQL's programs folder (Debian puts them in /usr/lib/postgresql/<version>/bin). */
function findBinaries() {
  if (process.env.PG_BIN) return existsSync(path.join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

/** A port nothing is listening on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Run a PostgreSQL program: as the postgres user when we are root (the server refuses to run as root). */
function runProgram(binaries, program, args) {
  const command = path.join(binaries, program);
  const result = isRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** Install Debian's PostgreSQL when we may (root); true when its programs are there afterwards. */
function installPostgres(log) {
  if (!isRoot) return false;
  log('Installing PostgreSQL from Debian’s packages (for the store tests)…');
  const quiet = { stdio: 'ignore' };
  const installed =
    spawnSync('apt-get', ['update'], quiet).status === 0 &&
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
      ...quiet,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  return installed && Boolean(findBinaries());
}

/** What to tell a person who cannot get a PostgreSQL started here. */
export const HOW_TO_GET_POSTGRES =
  'The store tests need PostgreSQL. Either install it (as root: apt-get install -y postgresql) and run "npm test" again, ' +
  'or set TEST_DATABASE_URL to a PostgreSQL database whose user may create databases, e.g. ' +
  'TEST_DATABASE_URL=postgres://me@127.0.0.1:5432/postgres npm test';

/**
 * Start a private PostgreSQL. Resolves with `{ url, stop }`, or `{ problem }` saying what went wrong and what to do.
 */
export async function startPostgres(log = console.log) {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: () => {} };
  let binaries = findBinaries();
  if (!binaries && !installPostgres(log)) return { problem: HOW_TO_GET_POSTGRES };
  binaries = findBinaries();
  const folder = mkdtempSync(path.join(tmpdir(), 'vf-postgres-'));
  if (isRoot) chownSync(folder, ...postgresIds());
  const data = path.join(folder, 'data');
  const port = await freePort();
  const init = runProgram(binaries, 'initdb', ['-D', data, '-A', 'trust', '-U', 'vf', '--no-sync', '-E', 'UTF8']);
  if (!init.ok) return giveUp(folder, `initdb failed: ${init.output}`);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  const start = runProgram(binaries, 'pg_ctl', [
    '-D',
    data,
    '-o',
    options,
    '-l',
    path.join(folder, 'pg.log'),
    '-w',
    'start',
  ]);
  if (!start.ok) return giveUp(folder, `PostgreSQL did not start: ${start.output}`);
  const stop = () => {
    runProgram(binaries, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    rmSync(folder, { recursive: true, force: true });
  };
  const created = runProgram(binaries, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'vf', 'vf_test']);
  if (!created.ok) {
    stop();
    return { problem: `Could not make the test database: ${created.output}\n${HOW_TO_GET_POSTGRES}` };
  }
  return { url: `postgres://vf@127.0.0.1:${port}/vf_test`, stop };
}

/** The postgres user's ids, to give it the data folder. */
function postgresIds() {
  const read = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return [read('-u'), read('-g')];
}

function giveUp(folder, problem) {
  rmSync(folder, { recursive: true, force: true });
  return { problem: `${problem}\n${HOW_TO_GET_POSTGRES}` };
}
