/**
 * The hub page's decisions, apart from the page itself so they are tested without a browser: reading the chosen key
 * file, which controls may be used when, what to tell hub staff after each step, the table of what was opened, and
 * the files to save (referrals and hate crime reports, as `npm run hub:collect` writes them). The browser script
 * (hub-collection.browser.ts) only reads and changes the page.
 */
import {
  caseFileNames,
  reportsToCsv,
  reportsToJson,
  toCsv,
  toJson,
  type CollectedHateCrimeReport,
  type CollectedReferral,
} from '../case-files.ts';
import { hubKeysFromPrivateKey, NOT_A_PRIVATE_KEY, type HubKeys } from '../hub-keys.ts';
import { html, type Markup } from '../../shared/html.ts';

/** A key file is one short line; anything much bigger is some other file, and is not read at all. */
export const LARGEST_KEY_FILE_BYTES = 1024;

/** The words for a public key file chosen by mistake: it locks referrals but cannot open them. */
export const PUBLIC_KEY_CHOSEN =
  'This is one of the hub’s public key files: it can lock referrals but not open them. Choose the hub’s private key file instead. It is called hub-private-key.txt unless someone renamed it.';

/** The words for a key file that could not be read at all (a file removed or changed since it was chosen). */
export const KEY_FILE_UNREADABLE = 'The file could not be read. Choose it again.';

/** What the page needs of a chosen file: the browser's File, or a stand-in in tests. */
export interface ChosenFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * The hub's keys from the chosen file, or an error whose message says plainly what is wrong with the file. The
 * public key files ("hub-public-key.txt", "hub-collection-key.txt") hold a key of the same length as the private
 * one, so only their names tell them apart; one renamed is refused by the intake instead (see intake-client.ts).
 */
export async function keysFromFile(file: ChosenFile): Promise<HubKeys> {
  if (/public|collection/i.test(file.name)) throw new Error(PUBLIC_KEY_CHOSEN);
  if (file.size === 0 || file.size > LARGEST_KEY_FILE_BYTES) throw new Error(NOT_A_PRIVATE_KEY);
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new Error(KEY_FILE_UNREADABLE);
  }
  return hubKeysFromPrivateKey(text);
}

/** What to say about a key file that failed: one of the plain messages above, never anything from the file. */
export function keyFileProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  return [NOT_A_PRIVATE_KEY, PUBLIC_KEY_CHOSEN, KEY_FILE_UNREADABLE].includes(message)
    ? message
    : 'The key could not be used. Reload the page and choose the file again.';
}

/**
 * What one "Get referrals and reports" opened, as `openSubmissions` gives it: the referrals (with those made by hate
 * crime reports that asked for support) and the hate crime reports, and when they were got, which names the files.
 */
export interface OpenedBatch {
  referrals: readonly CollectedReferral[];
  hateCrimeReports: readonly CollectedHateCrimeReport[];
  gotAt: Date;
}

/** The files a batch can have, one save button each: the referrals' JSON and CSV, the hate crime reports' too. */
export const CASE_FILE_KEYS = ['referrals-json', 'referrals-csv', 'reports-json', 'reports-csv'] as const;
export type CaseFileKey = (typeof CASE_FILE_KEYS)[number];

/** Each file's name in the page's words: "Save the …" on its button, and in the messages after saving. */
export const CASE_FILE_LABELS: Record<CaseFileKey, string> = {
  'referrals-json': 'referrals JSON file',
  'referrals-csv': 'referrals CSV file',
  'reports-json': 'hate crime reports JSON file',
  'reports-csv': 'hate crime reports CSV file',
};

/** Where the page is: whether the key is held, whether a request is on its way, what was opened and saved. */
export interface CollectionState {
  keyReady: boolean;
  /** A request to the intake, or opening what it handed over, is under way. */
  busy: boolean;
  /** How many references are open on the page (a report that asked for support is one), to be saved and removed. */
  opened: number;
  /** The files this batch has (only those with something in them), and which of them were saved. */
  toSave: readonly CaseFileKey[];
  saved: readonly CaseFileKey[];
}

/** Which controls may be used now. */
export interface Controls {
  chooseKey: boolean;
  forgetKey: boolean;
  getReferrals: boolean;
  saveFiles: boolean;
  /** Only once every file was saved: the intake erases what it removes, so the files must exist first. */
  removeFromServer: boolean;
}

/** Which controls may be used in a state. */
export function controlsFor(state: CollectionState): Controls {
  const idle = !state.busy;
  const haveItems = state.keyReady && state.opened > 0 && state.toSave.length > 0;
  return {
    chooseKey: idle,
    forgetKey: idle && state.keyReady,
    getReferrals: idle && state.keyReady,
    saveFiles: idle && haveItems,
    removeFromServer: idle && haveItems && state.toSave.every((key) => state.saved.includes(key)),
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** One row of the table: a reference, when it arrived and what it is. */
export interface BatchItem {
  reference: string;
  receivedAt: string;
  kind: 'referral' | 'hate-crime-report' | 'report-asking-for-support';
}

/** What each is, in the table. */
export const KIND_WORDS: Record<BatchItem['kind'], string> = {
  referral: 'Referral',
  'hate-crime-report': 'Hate crime report',
  'report-asking-for-support': 'Hate crime report and referral (asked for support)',
};

/**
 * One item per reference, oldest first: a report that asked for support is in both lists under one reference, and
 * is one item here (one row, one acknowledgement).
 */
export function batchItems(batch: Pick<OpenedBatch, 'referrals' | 'hateCrimeReports'>): BatchItem[] {
  const reports = new Set(batch.hateCrimeReports.map((item) => item.reference));
  const items = new Map<string, BatchItem>();
  for (const item of batch.hateCrimeReports) {
    items.set(item.reference, { reference: item.reference, receivedAt: item.receivedAt, kind: 'hate-crime-report' });
  }
  for (const item of batch.referrals) {
    const kind = reports.has(item.reference) ? 'report-asking-for-support' : 'referral';
    items.set(item.reference, { reference: item.reference, receivedAt: item.receivedAt, kind });
  }
  return [...items.values()].sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
}

/** Every reference in a batch, once: what the intake is asked to remove. */
export function batchReferences(batch: Pick<OpenedBatch, 'referrals' | 'hateCrimeReports'>): string[] {
  return batchItems(batch).map((item) => item.reference);
}

/** What a batch holds, counted for the messages: a report that asked for support counts as a report and a referral. */
export interface BatchCounts {
  /** References: one each, whatever it holds. */
  references: number;
  referrals: number;
  hateCrimeReports: number;
  /** Reports that asked for support, so are a referral too. */
  askedForSupport: number;
}

/** A batch counted: for what the page says once it was opened, and once it was removed. */
export function batchCounts(batch: Pick<OpenedBatch, 'referrals' | 'hateCrimeReports'>): BatchCounts {
  const items = batchItems(batch);
  return {
    references: items.length,
    referrals: batch.referrals.length,
    hateCrimeReports: batch.hateCrimeReports.length,
    askedForSupport: items.filter((item) => item.kind === 'report-asking-for-support').length,
  };
}

/** "3 referrals and 2 hate crime reports", "1 referral", "2 hate crime reports". */
function whatIsIn(counts: BatchCounts): string {
  const parts = [
    counts.referrals > 0 ? plural(counts.referrals, 'referral', 'referrals') : '',
    counts.hateCrimeReports > 0 ? plural(counts.hateCrimeReports, 'hate crime report', 'hate crime reports') : '',
  ].filter(Boolean);
  return parts.join(' and ');
}

/** The name of the button that gets the next batch, as the messages quote it. */
export const GET_BUTTON = 'Get referrals and reports';

/**
 * What to say once a batch was got and opened: what was opened, how many would not open, and how many more wait
 * beyond this batch. `inThisBatch` and `waitingInAll` count items as the intake does: one per reference.
 */
export function openedMessage(
  opened: BatchCounts,
  unreadable: number,
  waitingInAll: number,
  inThisBatch: number,
): string {
  if (inThisBatch === 0) return 'No referrals or hate crime reports are waiting.';
  const parts = [opened.references === 0 ? 'Nothing could be opened.' : `Opened ${whatIsIn(opened)}.`];
  if (opened.askedForSupport > 0) {
    parts.push(
      opened.askedForSupport === 1
        ? '1 report asked for support: it is in both, under one reference.'
        : `${opened.askedForSupport} reports asked for support: each is in both, under one reference.`,
    );
  }
  if (unreadable > 0) {
    parts.push(
      `${plural(unreadable, 'referral or report', 'referrals or reports')} would not open: sealed for another key — left waiting. Check you chose the right private key file: an old key opens only what was sealed before the keys were changed.`,
    );
  }
  const more = waitingInAll - inThisBatch;
  if (more > 0 && opened.references > 0) {
    parts.push(
      `${plural(more, 'more referral or report is', 'more referrals or reports are')} waiting: save and remove these first, then press “${GET_BUTTON}” again for the next ones.`,
    );
  }
  return parts.join(' ');
}

/** The references that would not open, for the list under the message (references hold nothing personal). */
export function unreadableList(references: readonly string[]): string {
  return references.length === 0 ? '' : `Left waiting: ${references.join(', ')}.`;
}

/** What to say once the intake has removed a batch: what it removed, or how many of it, when some had gone already. */
export function removedMessage(removed: number, got: BatchCounts): string {
  const again = `Press “${GET_BUTTON}” again to see if more are waiting.`;
  if (removed >= got.references) return `Removed ${whatIsIn(got)} from the server. ${again}`;
  const already = got.references - removed;
  return `Removed ${removed} of the ${got.references} you got from the server. ${plural(already, 'other had', 'others had')} been removed already. ${again}`;
}

const ukDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "27 November 2026, 20:30": when an item arrived, in UK time whatever this computer's time zone. */
export function formatReceived(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return 'Not known';
  const parts = Object.fromEntries(ukDateTime.formatToParts(moment).map((part) => [part.type, part.value]));
  return `${parts['day']} ${parts['month']} ${parts['year']}, ${parts['hour']}:${parts['minute']}`;
}

/**
 * The table's rows: each reference, when it arrived and what it is, and nothing else, so no one's details are on the
 * screen. Escaped, like all markup made with `html`.
 */
export function batchRows(batch: Pick<OpenedBatch, 'referrals' | 'hateCrimeReports'>): Markup {
  return html`${batchItems(batch).map(
    (item) =>
      html`<tr>
        <td class="hub__reference">${item.reference}</td>
        <td>${formatReceived(item.receivedAt)}</td>
        <td>${KIND_WORDS[item.kind]}</td>
      </tr>`,
  )}`;
}

/** One file to save: which it is, the name it is saved under, its type and text. */
export interface CaseFile {
  key: CaseFileKey;
  /** The referrals' files go to the case management system; the hate crime reports' to the police's hate crime team. */
  list: 'referrals' | 'hate-crime-reports';
  name: string;
  type: string;
  text: string;
}

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * The files for a batch, named for when it was got, with the same names and contents as `npm run hub:collect`
 * writes: the referrals' JSON and CSV when there are referrals, the hate crime reports' when there are reports.
 */
export function caseFiles(batch: OpenedBatch): CaseFile[] {
  const files: CaseFile[] = [];
  if (batch.referrals.length > 0) {
    const names = caseFileNames(batch.gotAt, 'referrals');
    files.push(
      { key: 'referrals-json', list: 'referrals', name: names.json, type: JSON_TYPE, text: toJson(batch.referrals) },
      { key: 'referrals-csv', list: 'referrals', name: names.csv, type: CSV_TYPE, text: toCsv(batch.referrals) },
    );
  }
  if (batch.hateCrimeReports.length > 0) {
    const names = caseFileNames(batch.gotAt, 'hate-crime-reports');
    const list = 'hate-crime-reports';
    files.push(
      { key: 'reports-json', list, name: names.json, type: JSON_TYPE, text: reportsToJson(batch.hateCrimeReports) },
      { key: 'reports-csv', list, name: names.csv, type: CSV_TYPE, text: reportsToCsv(batch.hateCrimeReports) },
    );
  }
  return files;
}

/**
 * What the save step shows for a batch's files: a button for each (and none for a list with nothing in it), and the
 * warning about where hate crime reports go only when there are some.
 */
export function saveStepFor(files: readonly CaseFile[]): { buttons: CaseFileKey[]; reportsWarning: boolean } {
  return {
    buttons: files.map((file) => file.key),
    reportsWarning: files.some((file) => file.list === 'hate-crime-reports'),
  };
}

/** "the referrals CSV file and the hate crime reports JSON file". */
function listOfFiles(keys: readonly CaseFileKey[]): string {
  const named = keys.map((key) => `the ${CASE_FILE_LABELS[key]}`);
  return named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** What to say once a file was saved: which files are still to save, or, once all are, what to do next. */
export function savedMessage(file: CaseFile, files: readonly CaseFile[], saved: readonly CaseFileKey[]): string {
  const said = `Saved the ${CASE_FILE_LABELS[file.key]} as ${file.name}.`;
  const stillToSave = files.map((each) => each.key).filter((key) => !saved.includes(key));
  if (stillToSave.length > 0) return `${said} Still to save: ${listOfFiles(stillToSave)}.`;
  const all = files.length === 2 ? 'Both files are saved.' : `All ${files.length} files are saved.`;
  const reports = files.some((each) => each.list === 'hate-crime-reports')
    ? ' The hate crime reports files go to the police hate crime team, not the case management system.'
    : '';
  return `${said} ${all} Check they are in your downloads, move them to the hub’s secure storage, then remove these from the server.${reports}`;
}
