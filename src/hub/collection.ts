/**
 * One collection run for hub staff: take the referrals waiting (from the
 * intake over the network, or from the store on this machine), open them
 * with the hub's private key, write them for the case management system as
 * JSON and CSV, and only then tell the source they are safely collected.
 *
 * Two promises matter to hub staff. A failed run leaves no plaintext file
 * behind and marks nothing collected, so the next run simply tries again.
 * And no referral is ever written twice: every reference written into a
 * case file is recorded in the output folder's ledger before the source is
 * told, so if telling the source fails, the next run tells it again without
 * writing those referrals again.
 *
 * Node only (it writes files); the hub page makes the same files with
 * case-files.ts in the browser.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import {
  caseFileNames,
  openSubmissions,
  reportsToCsv,
  reportsToJson,
  toCsv,
  toJson,
  type CollectedHateCrimeReport,
  type CollectedReferral,
} from './case-files.ts';
import { BATCH_LIMIT, REFERENCE_SHAPE } from './collection-api.ts';
import { CollectionError, type ReferralSource } from './referral-source.ts';
import type { HubKeyPair } from './sealing.ts';

export { CollectionError, type ReferralSource };

/** The file in the output folder listing every reference written into a case file, one a line. */
export const LEDGER_FILE = '.collected-references';
/** The file that is there while a collection runs, so two never run at once. */
export const LOCK_FILE = '.collecting.lock';
/** How many referrals are asked for at a time. */
export const BATCH_SIZE = 100;
/** Batches in one run at most, so a run always ends; whatever is left waits for the next run. */
export const MOST_BATCHES_IN_ONE_RUN = 20;

/** Writes a file's whole content durably (for tests: to make the disk "fill up"). */
export type WriteFile = (file: string, content: string) => void;

/** What a collection run needs. */
export interface CollectionOptions {
  source: ReferralSource;
  keys: HubKeyPair;
  /** Where to write the files; made if missing, open to its owner only. */
  outDir: string;
  /** Names the files; defaults to the time the run starts. */
  now?: Date;
  /** For tests: how each temporary file is written (default: written, then flushed to the disk). */
  writeFile?: WriteFile;
  /** For tests: how many referrals to ask for at a time. */
  batchSize?: number;
}

/** What a collection run did, for the command to tell hub staff. */
export interface CollectionResult {
  /** Referrals opened and written into the files this run (with those made by hate crime reports asking for support). */
  collected: CollectedReferral[];
  /** Hate crime reports opened and written into their own files this run. */
  hateCrimeReports: CollectedHateCrimeReport[];
  /** The case files written this run (per batch: referrals' JSON and CSV, then hate crime reports' JSON and CSV). */
  files: string[];
  /** References already written by an earlier run (per the ledger): acknowledged now, not written again. */
  alreadyWritten: string[];
  /** How many the source newly acknowledged. */
  acknowledged: number;
  /** References that could not be opened (sealed for another key, or damaged): left waiting. */
  unreadable: string[];
  /** Set when the files were written but the source could not be told: the next run tells it. */
  acknowledgementFailed?: string;
  /** True when the run stopped at its limit while more referrals were waiting. */
  moreWaiting: boolean;
}

/**
 * One collection run: waiting referrals opened, written durably as JSON and CSV, recorded in the ledger, and only
 * then acknowledged. Only one run at a time per output folder. Throws a CollectionError for what hub staff can put
 * right (the folder cannot be written, another run, the disk is full, the intake cannot be reached).
 */
export async function collectReferrals(options: CollectionOptions): Promise<CollectionResult> {
  const outDir = path.resolve(options.outDir);
  makeOutputFolder(outDir);
  const releaseLock = takeLock(outDir);
  try {
    removeLeftoverPartialFiles(outDir);
    return await collectInBatches({ ...options, outDir });
  } finally {
    releaseLock();
  }
}

/** The batches of one run, until none is left, only unreadable ones are, or the run's limit is reached. */
async function collectInBatches(options: CollectionOptions): Promise<CollectionResult> {
  const { source, keys, outDir } = options;
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? BATCH_SIZE;
  // The case files still in the folder count too: a run stopped between naming its files and recording them in the
  // ledger left referrals the ledger does not name, and the files say which.
  const ledger = new Set([...readLedger(outDir), ...referencesInCaseFiles(outDir)]);
  const unreadable = new Set<string>();
  const result: CollectionResult = {
    collected: [],
    hateCrimeReports: [],
    files: [],
    alreadyWritten: [],
    acknowledged: 0,
    unreadable: [],
    moreWaiting: false,
  };
  for (let batch = 1; batch <= MOST_BATCHES_IN_ONE_RUN; batch += 1) {
    // Unreadable referrals stay first in the queue, so ask for that many more to get past them.
    const limit = Math.min(BATCH_LIMIT, batchSize + unreadable.size);
    const answer = await source.waiting(limit);
    const fresh = answer.referrals.filter((item) => !unreadable.has(item.reference));
    if (fresh.length === 0) break;
    const alreadyWritten = fresh.filter((item) => ledger.has(item.reference)).map((item) => item.reference);
    const opened = await openSubmissions(
      fresh.filter((item) => !ledger.has(item.reference)),
      keys,
    );
    for (const reference of opened.unreadable) unreadable.add(reference);
    // A report that asked for support is in both lists under one reference: written to both files, recorded once.
    const written = [...new Set([...opened.referrals, ...opened.hateCrimeReports].map((item) => item.reference))];
    if (written.length > 0) {
      const files = writeCaseFiles(opened, outDir, now, options.writeFile ?? writeFileDurably);
      recordInLedger(outDir, written, files);
      result.files.push(...files);
      for (const reference of written) ledger.add(reference);
      result.collected.push(...opened.referrals);
      result.hateCrimeReports.push(...opened.hateCrimeReports);
    }
    result.alreadyWritten.push(...alreadyWritten);
    const done = [...alreadyWritten, ...written];
    if (done.length > 0) {
      try {
        result.acknowledged += await source.acknowledge(done);
      } catch (error) {
        // The files and the ledger are safe: the next run acknowledges these without writing them again.
        result.acknowledgementFailed = error instanceof Error ? error.message : String(error);
        break;
      }
    }
    if (answer.referrals.length < limit) break;
    if (batch === MOST_BATCHES_IN_ONE_RUN) result.moreWaiting = true;
  }
  result.unreadable = [...unreadable];
  return result;
}

/** The output folder, made open to its owner only; or a plain error naming it when it cannot be. */
function makeOutputFolder(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true, mode: 0o700 });
    if (!statSync(outDir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    // mkdir says "already exists" when a file has the folder's name.
    throw cannotWriteFolder(outDir, errorCode(error) === 'EEXIST' ? { code: 'ENOTDIR' } : error);
  }
}

/**
 * Only one collection at a time, so the case system never gets the same referral from two runs. A lock that is
 * already there means another run (or one that stopped part-way); any other failure means the folder cannot be
 * written, and says so.
 */
function takeLock(outDir: string): () => void {
  const lock = path.join(outDir, LOCK_FILE);
  try {
    const handle = openSync(lock, 'wx', 0o600);
    try {
      writeSync(handle, `${process.pid}\n`);
    } finally {
      closeSync(handle);
    }
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      throw new CollectionError(
        `Another collection is running (or one stopped part-way): if none is running, delete ${lock} and try again.`,
      );
    }
    throw cannotWriteFolder(outDir, error);
  }
  return () => rmSync(lock, { force: true });
}

/** Temporary files a run that was killed left behind: never complete, and they may hold people's details. */
function removeLeftoverPartialFiles(outDir: string): void {
  for (const name of readdirSync(outDir)) {
    if (/^(referrals|hate-crime-reports)-.*\.partial$/.test(name)) rmSync(path.join(outDir, name), { force: true });
  }
}

/** References already written into a case file, from the ledger (lines that are not a whole reference are skipped). */
function readLedger(outDir: string): Set<string> {
  const file = path.join(outDir, LEDGER_FILE);
  if (!existsSync(file)) return new Set();
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    return new Set(lines.map((line) => line.trim()).filter((line) => REFERENCE_SHAPE.test(line)));
  } catch (error) {
    throw new CollectionError(
      `The list of referrals already collected, ${file}, cannot be read (${describeFailure(error)}). Nothing was collected.`,
    );
  }
}

/** References in the JSON case files in the folder (complete ones: they get their names only when complete). */
function referencesInCaseFiles(outDir: string): string[] {
  return readdirSync(outDir)
    .filter((name) => /^(referrals|hate-crime-reports)-.*\.json$/.test(name))
    .flatMap((name) => {
      try {
        const items = JSON.parse(readFileSync(path.join(outDir, name), 'utf8')) as unknown;
        return Array.isArray(items)
          ? items.flatMap((item) => (typeof item?.reference === 'string' ? [item.reference as string] : []))
          : [];
      } catch {
        // Not one of ours, or changed by hand: it names no referral this run can trust.
        return [];
      }
    });
}

/**
 * Write the referrals as JSON and CSV, and the hate crime reports as JSON and CSV in their own files, under temporary
 * names, and give them their real names only once all are complete on disk. On any failure all are removed, so a
 * failed run never leaves a plaintext file behind.
 */
function writeCaseFiles(
  opened: { referrals: readonly CollectedReferral[]; hateCrimeReports: readonly CollectedHateCrimeReport[] },
  outDir: string,
  at: Date,
  writeFile: WriteFile,
): string[] {
  const contents: [string, string][] = [];
  if (opened.referrals.length > 0) {
    const names = freeCaseFileNames(outDir, at, 'referrals');
    contents.push([names.json, toJson(opened.referrals)], [names.csv, toCsv(opened.referrals)]);
  }
  if (opened.hateCrimeReports.length > 0) {
    const names = freeCaseFileNames(outDir, at, 'hate-crime-reports');
    contents.push(
      [names.json, reportsToJson(opened.hateCrimeReports)],
      [names.csv, reportsToCsv(opened.hateCrimeReports)],
    );
  }
  const finals = contents.map(([name]) => path.join(outDir, name));
  const partials = finals.map((file) => `${file}.partial`);
  try {
    contents.forEach(([, content], index) => writeFile(partials[index]!, content));
    finals.forEach((file, index) => renameSync(partials[index]!, file));
    syncFolder(outDir);
  } catch (error) {
    for (const file of [...partials, ...finals]) rmSync(file, { force: true });
    throw new CollectionError(
      `The case files could not be written in ${outDir}: ${describeFailure(error)}. No files were kept and nothing was marked as collected, so the next run collects these referrals. Put that right, then run the collection again.`,
    );
  }
  return finals;
}

/**
 * Add the references just written to the ledger, flushed to the disk, before the source is told. If that fails, the
 * ledger is put back as it was and the files just written are removed, so the next run writes them once, again.
 */
function recordInLedger(outDir: string, references: readonly string[], files: readonly string[]): void {
  const file = path.join(outDir, LEDGER_FILE);
  const handle = openLedger(file, outDir, files);
  const sizeBefore = statSync(file).size;
  try {
    writeSync(handle, references.map((reference) => `${reference}\n`).join(''));
    fsyncSync(handle);
  } catch (error) {
    const why = describeFailure(error);
    try {
      ftruncateSync(handle, sizeBefore);
      fsyncSync(handle);
    } catch {
      // The ledger may name some of these referrals now: the files must stay, or those would be lost.
      throw new CollectionError(
        `The list of referrals already collected, ${file}, could not be updated: ${why}. The case files ${files.join(' and ')} were kept: import them, then run the collection again (some referrals in them may come again).`,
      );
    }
    for (const written of files) rmSync(written, { force: true });
    throw new CollectionError(
      `The list of referrals already collected, ${file}, could not be updated: ${why}. No files were kept and nothing was marked as collected. Put that right, then run the collection again.`,
    );
  } finally {
    closeSync(handle);
  }
}

/** The ledger opened for adding to (made, open to its owner only, on the first run); the files go if it cannot be. */
function openLedger(file: string, outDir: string, files: readonly string[]): number {
  try {
    return openSync(file, 'a', 0o600);
  } catch (error) {
    for (const written of files) rmSync(written, { force: true });
    throw cannotWriteFolder(outDir, error);
  }
}

/** The case files' names for this run, with "-2", "-3"… added when a file of that name is already there. */
function freeCaseFileNames(
  outDir: string,
  at: Date,
  prefix: 'referrals' | 'hate-crime-reports',
): { json: string; csv: string } {
  const names = caseFileNames(at, prefix);
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? '' : `-${copy}`;
    const json = names.json.replace(/\.json$/, `${suffix}.json`);
    const csv = names.csv.replace(/\.csv$/, `${suffix}.csv`);
    if (!existsSync(path.join(outDir, json)) && !existsSync(path.join(outDir, csv))) return { json, csv };
  }
}

/** Write a file and flush it to the disk, readable by its owner only. */
export function writeFileDurably(file: string, content: string): void {
  const handle = openSync(file, 'w', 0o600);
  try {
    writeSync(handle, content);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** Flush a folder, so the files just renamed in it keep their names after a power cut. */
function syncFolder(folder: string): void {
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** The plain message for an output folder that cannot be made or written to, naming it. */
function cannotWriteFolder(outDir: string, error: unknown): CollectionError {
  return new CollectionError(
    `The folder ${outDir} cannot be written to: ${describeFailure(error)}. Choose another folder with --out, or ask IT to let this account write there. Nothing was collected.`,
  );
}

/** Why a file could not be written, in words hub staff can act on. */
export function describeFailure(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return "this account's disk space is used up";
    case 'EACCES':
    case 'EPERM':
      return 'this account is not allowed to write there';
    case 'EROFS':
      return 'the disk can only be read, not written';
    case 'ENOENT':
      return 'part of the path does not exist';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EISDIR':
      return 'a folder is in the way';
    default:
      return `the computer reported ${errorCode(error) ?? 'an error'}`;
  }
}

/** The system's error code ("ENOSPC"…), if there is one. */
function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
