/**
 * `npm test`: every test, from a fresh clone or a working copy.
 *
 * 1. Checks that npm scripts run Node 22.12 or later (from the `node` devDependency).
 * 2. Makes sure Debian's Chromium is installed, installing it when running as root.
 * 3. Builds the site, so the browser tests test the code as it is now, and
 *    checks formatting (Prettier) at the same time.
 * 4. Starts a private PostgreSQL for the store tests (installing Debian's
 *    package when missing and running as root), stopped after Vitest.
 * 5. Checks types, runs Vitest, then Playwright,
 *    and ends with one line: "N passed, N failed".
 *
 * Plain JavaScript, so it can explain itself even on the machine's older Node.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startPostgres } from '../tests/support/postgres-server.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

/** Like run, but without waiting: for steps that can share the machine with another. */
function runAlongside(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function fail(message) {
  console.error(`\n${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// 1. Node
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  if (!process.env.VF_TEST_RETRIED_NODE) {
    console.log(
      `npm scripts are running Node ${process.versions.node}; restoring Node 24 from the "node" devDependency…`,
    );
    if (run('npm', ['rebuild', 'node']) === 0) {
      process.exit(run('npm', ['test'], { env: { ...process.env, VF_TEST_RETRIED_NODE: '1' } }));
    }
  }
  fail(
    `Node ${process.versions.node} is too old. Run "npm install" (or "npm rebuild node") so npm scripts use Node 24 from node_modules, then run "npm test" again.`,
  );
}

// 2. Chromium
if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    fail(
      `Chromium is not installed at ${chromium}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\nthen run "npm test" again. (Or set CHROMIUM_PATH to another Chromium.)`,
    );
  }
  console.log('Installing Chromium from Debian’s packages…');
  if (
    run('apt-get', ['update']) !== 0 ||
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']) !== 0
  ) {
    fail(
      'Installing Chromium failed. Run "apt-get update && apt-get install -y chromium" by hand and read its errors.',
    );
  }
}

// 3. Build, with the formatting check beside it: the build keeps one core busy, Prettier the other.
console.log('\nBuilding the site, and checking formatting (Prettier) at the same time…');
const [buildStatus, formatStatus] = await Promise.all([
  runAlongside('npm', ['run', 'build']),
  runAlongside('npx', ['prettier', '--check', '--log-level', 'warn', '.']),
]);
if (buildStatus !== 0) fail('The site did not build, so the tests cannot run. The errors are above.');
if (formatStatus !== 0)
  console.error('Some files are not formatted. Run "npm run format" to format them, then commit the result.');

// 4. Tests
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

console.log('\nType check (astro check, TypeScript strict)…');
const typeCheckStatus = run('npx', ['astro', 'check']);

// 4. PostgreSQL, for the store tests: both stores pass the same tests.
console.log('\nStarting a private PostgreSQL for the store tests…');
const postgres = await startPostgres();
if (postgres.problem) console.error(`\n${postgres.problem}\n`);
else console.log(`PostgreSQL is ready at ${postgres.url}.`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    postgres.stop?.();
    process.exit(1);
  });
}

console.log('\nUnit tests (Vitest)…');
const vitestStatus = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
  { env: { ...process.env, ...(postgres.url ? { TEST_DATABASE_URL: postgres.url } : {}) } },
);
postgres.stop?.();

console.log('\nBrowser tests (Playwright with Chromium)…');
const playwrightStatus = run('npx', ['playwright', 'test']);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// The formatting check and the type check count as one test each: each passes or fails as a whole. Without a
// PostgreSQL the store's tests for it cannot run: that is a failure, with what to do printed above.
let passed = [formatStatus, typeCheckStatus].filter((status) => status === 0).length;
let failed = 2 - passed + (postgres.problem ? 1 : 0);

const vitest = readJson('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
if (!vitest || (vitestStatus !== 0 && vitest.numFailedTests === 0)) failed += 1; // the runner itself failed

const playwright = readJson('test-results/playwright.json');
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
}
if (!playwright || (playwrightStatus !== 0 && playwright.stats.unexpected === 0)) failed += 1;

const outcome = (status) => (status === 0 ? 'passed' : 'failed');
const vitestOutcome = vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : 'did not report';
const playwrightOutcome = playwright
  ? `${playwright.stats.expected} passed, ${playwright.stats.unexpected} failed`
  : 'did not report';
console.log(
  `\nFormatting: ${outcome(formatStatus)}; type check: ${outcome(typeCheckStatus)}; ` +
    `PostgreSQL: ${postgres.problem ? 'not available (see above)' : 'started'}; ` +
    `Vitest: ${vitestOutcome}; Playwright: ${playwrightOutcome}.`,
);
// The suite must stay under 10 minutes on the 2-core machine CI uses; `npm run bench` shows the last figure.
const seconds = Math.round(performance.now() / 1000);
const duration = `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
console.log(`The whole suite took ${duration} (budget: 10 min on a 2-core machine).`);
writeFileSync(
  'test-results/suite-duration.json',
  JSON.stringify({ seconds, passed, failed, at: new Date().toISOString() }),
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
