/**
 * The commands the comms team runs, as they run them: making their key, and writing the report from this machine's
 * intake store (the figures the store holds for the days asked for) or from example figures. Mistakes end with a
 * plain message and exit code 2, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openReferralStore } from '../../src/intake/store/open-store.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'vf-comms-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Run a script as npm runs it, from the project, with INIT_CWD set to the folder the person is in. */
function run(script: string, args: string[], extra: Record<string, string> = {}) {
  return spawnSync('node', [script, ...args], {
    env: { ...process.env, INIT_CWD: folder, ...extra },
    encoding: 'utf8',
  });
}

describe('the comms team’s commands', () => {
  it('makes the comms key: the private half readable by its owner only, the public half printed for the intake', () => {
    const made = run('scripts/comms-keygen.ts', ['--out', 'keys']);
    expect(made.status, made.stderr).toBe(0);
    const publicKey = readFileSync(path.join(folder, 'keys/comms-collection-key.txt'), 'utf8').trim();
    expect(made.stdout).toContain(`COMMS_COLLECTION_KEY=${publicKey}`);
    expect(statSync(path.join(folder, 'keys/comms-private-key.txt')).mode & 0o777).toBe(0o600);
    const again = run('scripts/comms-keygen.ts', ['--out', 'keys']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^There is already a key in /);
  });

  it('writes the report from this machine’s store, with the figures of the days asked for', async () => {
    const database = path.join(folder, 'intake.sqlite');
    const store = await openReferralStore({ file: database });
    await store.recordFeedback({
      day: '2026-11-10',
      page: '/vip/fraud/',
      useful: 'no',
      whatWasWrong: 'No scam list',
      lang: 'en',
    });
    await store.recordFeedback({
      day: '2026-10-01',
      page: '/vip/fraud/',
      useful: 'no',
      whatWasWrong: 'Too early',
      lang: 'en',
    });
    await store.countReads([{ day: '2026-11-10', page: '/vip/fraud/', reads: 12 }]);
    await store.close();
    const made = run('scripts/comms-report.ts', ['--from', '2026-11-01', '--to', '2026-11-30'], {
      INTAKE_DATABASE: database,
    });
    expect(made.status, made.stderr).toBe(0);
    const report = readFileSync(path.join(folder, 'comms-report-2026-11-01-to-2026-11-30.html'), 'utf8');
    expect(report).toContain('<th scope="row"><code>/vip/fraud/</code></th><td>12</td>');
    expect(report).toContain('No scam list');
    expect(report).not.toContain('Too early');
    expect(report).toContain('Content that needs you');
  });

  it('says plainly what is wrong with a date, and makes an example report on request', () => {
    const wrong = run('scripts/comms-report.ts', ['--from', '1 Nov']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^--from must be a date written YYYY-MM-DD/);
    const example = run('scripts/comms-report.ts', ['--example', '--out', 'example.html']);
    expect(example.status, example.stderr).toBe(0);
    expect(readFileSync(path.join(folder, 'example.html'), 'utf8')).toContain('20 November 2026 to 26 November 2026');
  });
});
