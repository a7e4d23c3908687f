/**
 * What hub staff import into the case management system: the referrals,
 * opened with the hub's private key, as JSON and as CSV with English field
 * names; and the hate crime reports' own files, for the police. Plain
 * functions with no file system, so the collection command (Node) and the
 * hub page (the browser) make exactly the same files.
 */
import { REFERRAL_FIELD_NAMES } from '../features/referral/schema.ts';
import { REPORT_RECORD_FIELDS } from '../features/referral/hate-crime-report/schema.ts';
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

/**
 * The CSV's columns after the reference and the time received: every field of the form; the reference of the hate
 * crime report it came from, for a referral made by asking for support on a report (the same reference); then flags.
 */
export const CASE_FILE_COLUMNS: readonly string[] = [...REFERRAL_FIELD_NAMES, 'hateCrimeReport', 'flags'];

/** One hate crime report as the hub receives it, to pass to the police's hate crime team. */
export interface CollectedHateCrimeReport {
  reference: string;
  receivedAt: string;
  /**
   * The report's answers (no name or contact unless the person chose to pass them to the police), `supportReferral`
   * (the reference of the referral it also made, the same one, when support was asked for) and any `flags`.
   */
  report: Record<string, unknown>;
}

/** The hate crime reports' CSV columns after the reference and the time received. */
export const REPORT_FILE_COLUMNS: readonly string[] = [
  ...REPORT_RECORD_FIELDS,
  'supportAskedFor',
  'supportReferral',
  'flags',
];

/** What a sealed item holds once opened: a referral, or a hate crime report (with a referral when support was asked). */
interface OpenedItem {
  receivedAt: string;
  kind?: 'hate-crime-report';
  referral?: Record<string, unknown>;
  hateCrimeReport?: Record<string, unknown>;
  flags?: string[];
}

/**
 * Open each sealed item with the hub's keys, for the collection command and the hub page alike: the referrals (from
 * /refer/, and those made by hate crime reports that ask for support, each naming its report) and the hate crime
 * reports. Items that will not open (sealed for another key, or damaged) are listed, never thrown, so one bad item
 * does not stop the rest.
 */
export async function openSubmissions(
  items: readonly SealedReferral[],
  keys: HubKeyPair,
): Promise<{ referrals: CollectedReferral[]; hateCrimeReports: CollectedHateCrimeReport[]; unreadable: string[] }> {
  const referrals: CollectedReferral[] = [];
  const hateCrimeReports: CollectedHateCrimeReport[] = [];
  const unreadable: string[] = [];
  for (const item of items) {
    let opened: OpenedItem;
    try {
      opened = (await openSealed(item.sealed, keys)) as OpenedItem;
    } catch {
      unreadable.push(item.reference);
      continue;
    }
    const flags = opened.flags ? { flags: opened.flags } : {};
    const { reference } = item;
    if (opened.kind === 'hate-crime-report' && opened.hateCrimeReport) {
      hateCrimeReports.push({
        reference,
        receivedAt: opened.receivedAt,
        report: { ...opened.hateCrimeReport, ...(opened.referral ? { supportReferral: reference } : {}), ...flags },
      });
      if (opened.referral)
        referrals.push({
          reference,
          receivedAt: opened.receivedAt,
          referral: { ...opened.referral, hateCrimeReport: reference, ...flags },
        });
    } else if (opened.referral) {
      referrals.push({ reference, receivedAt: opened.receivedAt, referral: { ...opened.referral, ...flags } });
    } else {
      unreadable.push(reference);
    }
  }
  return { referrals, hateCrimeReports, unreadable };
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
export function caseFileNames(
  at: Date,
  prefix: 'referrals' | 'hate-crime-reports' = 'referrals',
): { json: string; csv: string } {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return { json: `${prefix}-${stamp}.json`, csv: `${prefix}-${stamp}.csv` };
}

/** The hate crime reports as CSV, for the police's hate crime team. */
export function reportsToCsv(reports: readonly CollectedHateCrimeReport[]): string {
  return toCsv(
    reports.map((item) => ({ reference: item.reference, receivedAt: item.receivedAt, referral: item.report })),
    REPORT_FILE_COLUMNS,
  );
}

/** The hate crime reports as JSON. */
export function reportsToJson(reports: readonly CollectedHateCrimeReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}
