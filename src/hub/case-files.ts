/**
 * What hub staff import into the case management system: the referrals,
 * opened with the hub's private key, as JSON and as CSV with English field
 * names. Plain functions with no file system, so the collection command
 * (Node) and the hub page (the browser) make exactly the same files.
 */
import { REFERRAL_FIELD_NAMES } from '../features/referral/schema.ts';
import { openSealed, type HubKeyPair } from './sealing.ts';

/** One referral as the hub receives it: opened, with its reference and when the intake received it. */
export interface CollectedReferral {
  reference: string;
  receivedAt: string;
  /** The answers, by the form's field names, plus `flags` when the intake flagged it (e.g. "sent-very-quickly"). */
  referral: Record<string, unknown>;
}

/** A sealed referral as the intake hands it over. */
export interface SealedReferral {
  reference: string;
  sealed: Uint8Array;
}

/** The CSV's columns after the reference and the time received: every field of the form, then flags. */
export const CASE_FILE_COLUMNS: readonly string[] = [...REFERRAL_FIELD_NAMES, 'flags'];

/**
 * Open each sealed referral with the hub's keys. Those that will not open (sealed for another key, or damaged) are
 * listed, never thrown, so one bad item does not stop the rest.
 */
export async function openReferrals(
  items: readonly SealedReferral[],
  keys: HubKeyPair,
): Promise<{ collected: CollectedReferral[]; unreadable: string[] }> {
  const collected: CollectedReferral[] = [];
  const unreadable: string[] = [];
  for (const item of items) {
    try {
      const opened = (await openSealed(item.sealed, keys)) as {
        receivedAt: string;
        referral: Record<string, unknown>;
        flags?: string[];
      };
      collected.push({
        reference: item.reference,
        receivedAt: opened.receivedAt,
        // Flags travel with the referral, so the CSV has a column for them.
        referral: opened.flags ? { ...opened.referral, flags: opened.flags } : opened.referral,
      });
    } catch {
      unreadable.push(item.reference);
    }
  }
  return { collected, unreadable };
}

/** Characters a terminal or a spreadsheet could act on (C0 and C1 controls but tab and line breaks, and bidi controls). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** One CSV cell: quoted, free of control characters, and never read by a spreadsheet as a formula. */
export function csvCell(value: unknown): string {
  const joined = Array.isArray(value) ? value.join('; ') : value === undefined || value === null ? '' : String(value);
  const text = joined.replace(CONTROL_CHARACTERS, '');
  // Cells a spreadsheet would run as a formula get a leading apostrophe; phone numbers such as "+44 7700 900982" do
  // not.
  const formula = /^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s()]*$/.test(text));
  const safe = formula ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The referrals as CSV: a header row, then one row per referral with the given columns after its reference. */
export function toCsv(referrals: readonly CollectedReferral[], columns: readonly string[] = CASE_FILE_COLUMNS): string {
  const header = ['reference', 'receivedAt', ...columns].map(csvCell).join(',');
  const rows = referrals.map((item) =>
    [item.reference, item.receivedAt, ...columns.map((column) => item.referral[column])].map(csvCell).join(','),
  );
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** The referrals as JSON, as the case management system imports them. */
export function toJson(referrals: readonly CollectedReferral[]): string {
  return `${JSON.stringify(referrals, null, 2)}\n`;
}

/** The two files' names for a collection at a given time: "referrals-2026-11-27T20-30-00-000Z.json" and ".csv". */
export function caseFileNames(at: Date): { json: string; csv: string } {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return { json: `referrals-${stamp}.json`, csv: `referrals-${stamp}.csv` };
}
