/**
 * How hub staff collect referrals: open each sealed referral with the hub's
 * private key, write them out for the case management system (JSON and CSV),
 * mark them collected, and delete those collected longer ago than the
 * retention period.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sodium from 'libsodium-wrappers';
import { openSealed, type HubKeyPair } from '../lib/referral/sealing.ts';
import type { ReferralStore } from './store.ts';

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
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(referrals: readonly CollectedReferral[], columns: readonly string[]): string {
  const header = ['reference', 'receivedAt', ...columns].map(csvCell).join(',');
  const rows = referrals.map((item) => [item.reference, item.receivedAt, ...columns.map((column) => item.referral[column])].map(csvCell).join(','));
  return [header, ...rows].join('\r\n') + '\r\n';
}

export interface CollectOptions {
  store: ReferralStore;
  keys: HubKeyPair;
  outDir: string;
  columns: readonly string[];
  retentionDays: number;
  now?: Date;
}

export interface CollectResult {
  collected: CollectedReferral[];
  files: string[];
  deleted: number;
}

export async function collectReferrals({ store, keys, outDir, columns, retentionDays, now = new Date() }: CollectOptions): Promise<CollectResult> {
  const waiting = store.uncollected();
  const collected: CollectedReferral[] = [];
  for (const row of waiting) {
    const opened = (await openSealed(row.sealed, keys)) as { receivedAt: string; referral: Record<string, unknown> };
    collected.push({ reference: row.reference, receivedAt: opened.receivedAt, referral: opened.referral });
  }
  const files: string[] = [];
  if (collected.length > 0) {
    // Write the files before marking anything collected: if writing fails, the referrals wait for the next run.
    mkdirSync(outDir, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const json = path.join(outDir, `referrals-${stamp}.json`);
    const csv = path.join(outDir, `referrals-${stamp}.csv`);
    writeFileSync(json, `${JSON.stringify(collected, null, 2)}\n`, { mode: 0o600 });
    writeFileSync(csv, toCsv(collected, columns), { mode: 0o600 });
    files.push(json, csv);
    store.markCollected(
      collected.map((item) => item.reference),
      now,
    );
  }
  const deleted = store.deleteCollectedBefore(new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000));
  return { collected, files, deleted };
}
