/**
 * The intake as people run it (`npm run intake`, scripts/intake.ts), started as a process of its own for tests that
 * need a real one: to kill it mid-run, or to collect from it over the network with the hub's commands.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A running intake: its process, and its address ("http://127.0.0.1:PORT"). */
export interface RunningIntake {
  child: ChildProcess;
  url: string;
}

/** How long an intake may take to start before the test gives up on it. */
const START_WITHIN_MS = 20_000;

/** Every intake started by this test file and not yet stopped by `killStartedIntakes`. */
const started = new Set<ChildProcess>();

/**
 * Start the intake with this environment, on a free port, not logging, for a site at http://localhost:4321; resolves
 * with its address once it says it is listening, or fails with what it printed if it stops before then.
 */
export function startIntakeProcess(env: NodeJS.ProcessEnv): Promise<RunningIntake> {
  const project = process.cwd();
  const child = spawn(process.execPath, [path.join(project, 'scripts/intake.ts')], {
    cwd: project,
    env: { ...env, PORT: '0', INTAKE_LOG: 'off', SITE_ORIGIN: 'http://localhost:4321' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The intake did not start within ${START_WITHIN_MS / 1000} seconds`));
    }, START_WITHIN_MS);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\/api\/referrals/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      started.delete(child);
      reject(new Error(`The intake stopped before listening (exit ${code}): ${output}`));
    });
  });
}

/** Kill every intake this test file started that is still running: for `afterAll`. */
export function killStartedIntakes(): void {
  for (const child of started) child.kill('SIGKILL');
  started.clear();
}
