/**
 * Run a command and measure its wall time, the CPU time it used, and the peak memory of its whole process tree: a
 * build runs npm, Astro and Pagefind one after another, so the figure that matters is the sum of every process's
 * resident memory at its highest. Linux only: it reads /proc every SAMPLE_EVERY_MS.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

export interface MeasuredRun {
  seconds: number;
  /**
   * CPU seconds (user and system) of the command and its descendants. On a machine others share, wall time grows
   * with their load; CPU time much less, so it compares two builds more fairly. Each process's last moments between
   * two samples are missed.
   */
  cpuSeconds: number;
  /** The highest sum of resident memory (RSS) of the command and all its descendants, in MB (2^20 bytes). */
  peakMb: number;
  exitCode: number;
}

const SAMPLE_EVERY_MS = 150;
/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcessSnapshot {
  children: Map<number, number[]>;
  /** User and system clock ticks used so far, by process. */
  ticks: Map<number, number>;
}

/** Every process's parent and CPU time, from /proc/<pid>/stat (fields after the command name, which may hold spaces). */
function processes(): ProcessSnapshot {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // From field 3 (state): field 4 is the parent, 14 and 15 the user and system time.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      const siblings = children.get(parent);
      if (siblings) siblings.push(pid);
      else children.set(parent, [pid]);
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  return { children, ticks };
}

/** Resident memory of a process in bytes (VmRSS in /proc/<pid>/status), or 0 once it has ended. */
function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Watches a process tree: the highest sum of resident memory seen, and the CPU time of each process in it. */
function treeWatcher(root: number) {
  let peakBytes = 0;
  const cpuTicks = new Map<number, number>();
  return {
    sample() {
      const { children, ticks } = processes();
      let bytes = 0;
      const waiting = [root];
      while (waiting.length > 0) {
        const pid = waiting.pop()!;
        bytes += residentBytes(pid);
        cpuTicks.set(pid, Math.max(cpuTicks.get(pid) ?? 0, ticks.get(pid) ?? 0));
        waiting.push(...(children.get(pid) ?? []));
      }
      peakBytes = Math.max(peakBytes, bytes);
    },
    get peakMb() {
      return peakBytes / 2 ** 20;
    },
    get cpuSeconds() {
      return [...cpuTicks.values()].reduce((sum, value) => sum + value, 0) / TICKS_PER_SECOND;
    },
  };
}

/** Run `command` in `cwd`, its output written to `logFile`, and measure it. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; logFile: string; env?: NodeJS.ProcessEnv },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logFile);
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const watcher = child.pid === undefined ? undefined : treeWatcher(child.pid);
    const sampler = setInterval(() => watcher?.sample(), SAMPLE_EVERY_MS);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      log.end(() =>
        resolve({
          seconds,
          cpuSeconds: watcher?.cpuSeconds ?? 0,
          peakMb: watcher?.peakMb ?? 0,
          exitCode: code ?? 1,
        }),
      );
    });
  });
}
