/**
 * How hub staff collect referrals: open each sealed referral with the hub's
 * private key, write them out for the case management system (JSON and CSV),
 * mark them collected, and delete those collected longer ago than the
 * retention period.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import sodium from 'libsodium-wrappers';
import { openSealed, type HubKeyPair } from '../hub/sealing.ts';
import type { ReferralStore } from './store.ts';

/** One referral as the hub receives it: opened, with its reference and when the intake received it. */
export interface CollectedReferral {
  reference: string;
  receivedAt: string;
  referral: Record<string, unknown>;
}

/** The key pair from the private key alone (the public key follows from it). */
export async function keyPairFromPrivateKey(privateKey: string): Promise<HubKeyPair> {
  await sodium.ready;
  const secret = sodium.from_base64(privateKey.trim());
  return { publicKey: sodium.to_base64(sodium.crypto_scalarmult_base(secret)), privateKey: privateKey.trim() };
}

/** One CSV cell: quoted, and never read by a spreadsheet as a formula. */
export function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join('; ') : value === undefined || value === null ? '' : String(value);
  // Cells a spreadsheet would run as a formula get a leading apostrophe; phone numbers such as "+44 7700 900982" do
  // not.
  const formula = /^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s()]*$/.test(text));
  const safe = formula ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The referrals as CSV: a header row, then one row per referral with the given columns after its reference. */
export function toCsv(referrals: readonly CollectedReferral[], columns: readonly string[]): string {
  const header = ['reference', 'receivedAt', ...columns].map(csvCell).join(',');
  const rows = referrals.map((item) =>
    [item.reference, item.receivedAt, ...columns.map((column) => item.referral[column])].map(csvCell).join(','),
  );
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** What a collection run needs. */
export interface CollectOptions {
  store: ReferralStore;
  keys: HubKeyPair;
  /** Where to write the files; made if missing, open to its owner only. */
  outDir: string;
  /** The referral's fields, in the order the CSV gives them. */
  columns: readonly string[];
  /** How long a collected referral is kept in the store before it is deleted. */
  retentionDays: number;
  now?: Date;
}

/** What a collection run did. */
export interface CollectResult {
  collected: CollectedReferral[];
  files: string[];
  deleted: number;
  /** References that could not be opened (not sealed for this key, or damaged): left waiting, never marked. */
  unreadable: string[];
}

/**
 * Write a file so that it is complete on disk before anything depends on it: temporary name, fsync, rename, fsync the
 * folder.
 */
function writeDurably(file: string, content: string): void {
  const temporary = `${file}.partial`;
  const handle = openSync(temporary, 'w', 0o600);
  try {
    writeSync(handle, content);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameSync(temporary, file);
  const folder = openSync(path.dirname(file), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

/** Only one collection at a time, so the case system never gets the same referral from two runs. */
function takeLock(outDir: string): () => void {
  const lock = path.join(outDir, '.collecting.lock');
  try {
    closeSync(openSync(lock, 'wx'));
  } catch {
    throw new Error(
      `Another collection is running (or one stopped part-way): if none is running, delete ${lock} and try again.`,
    );
  }
  return () => rmSync(lock, { force: true });
}

/**
 * One collection run: open every waiting referral, write them durably as JSON and CSV, then mark them collected, then
 * delete those collected longer ago than the retention period. Only one run at a time.
 */
export async function collectReferrals({
  store,
  keys,
  outDir,
  columns,
  retentionDays,
  now = new Date(),
}: CollectOptions): Promise<CollectResult> {
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const releaseLock = takeLock(outDir);
  try {
    const { collected, unreadable } = await openWaiting(store, keys);
    const files: string[] = [];
    if (collected.length > 0) {
      // The files are safely on disk before anything is marked collected: if this run fails, they wait for the next.
      files.push(...writeForCaseSystem(collected, outDir, columns, now));
      store.markCollected(
        collected.map((item) => item.reference),
        now,
      );
    }
    const deleted = store.deleteCollectedBefore(new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000));
    return { collected, files, deleted, unreadable };
  } finally {
    releaseLock();
  }
}

/** Every referral waiting, opened with the hub's keys; those that will not open are listed, not thrown. */
async function openWaiting(
  store: ReferralStore,
  keys: HubKeyPair,
): Promise<Pick<CollectResult, 'collected' | 'unreadable'>> {
  const collected: CollectedReferral[] = [];
  const unreadable: string[] = [];
  for (const row of store.uncollected()) {
    try {
      const opened = (await openSealed(row.sealed, keys)) as {
        receivedAt: string;
        referral: Record<string, unknown>;
        flags?: string[];
      };
      collected.push({
        reference: row.reference,
        receivedAt: opened.receivedAt,
        // Flags (such as "sent-very-quickly") travel with the referral, so the CSV has a column for them.
        referral: opened.flags ? { ...opened.referral, flags: opened.flags } : opened.referral,
      });
    } catch {
      unreadable.push(row.reference);
    }
  }
  return { collected, unreadable };
}

/** Write the referrals as JSON and as CSV (the given columns, then flags), named by the time of the run. */
function writeForCaseSystem(
  collected: readonly CollectedReferral[],
  outDir: string,
  columns: readonly string[],
  now: Date,
): string[] {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const json = path.join(outDir, `referrals-${stamp}.json`);
  const csv = path.join(outDir, `referrals-${stamp}.csv`);
  writeDurably(json, `${JSON.stringify(collected, null, 2)}\n`);
  writeDurably(csv, toCsv(collected, [...columns, 'flags']));
  return [json, csv];
}
