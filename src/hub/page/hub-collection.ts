/**
 * The hub page's decisions, apart from the page itself so they are tested without a browser: reading the chosen key
 * file, which controls may be used when, what to tell hub staff after each step, the table of what was opened, and
 * the two files to save. The browser script (hub-collection.browser.ts) only reads and changes the page.
 */
import { caseFileNames, toCsv, toJson, type CollectedReferral } from '../case-files.ts';
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

/** Where the page is: whether the key is held, whether a request is on its way, what was opened and saved. */
export interface CollectionState {
  keyReady: boolean;
  /** A request to the intake, or opening referrals, is under way. */
  busy: boolean;
  /** How many referrals are open on the page, waiting to be saved and removed. */
  opened: number;
  saved: { json: boolean; csv: boolean };
}

/** Which controls may be used now. */
export interface Controls {
  chooseKey: boolean;
  forgetKey: boolean;
  getReferrals: boolean;
  saveFiles: boolean;
  /** Only once both files were saved: the intake erases what it removes, so the files must exist first. */
  removeFromServer: boolean;
}

/** Which controls may be used in a state. */
export function controlsFor(state: CollectionState): Controls {
  const idle = !state.busy;
  const haveReferrals = state.keyReady && state.opened > 0;
  return {
    chooseKey: idle,
    forgetKey: idle && state.keyReady,
    getReferrals: idle && state.keyReady,
    saveFiles: idle && haveReferrals,
    removeFromServer: idle && haveReferrals && state.saved.json && state.saved.csv,
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What to say once referrals were got and opened: how many were opened, how many would not open, and how many more
 * wait beyond this batch.
 */
export function openedMessage(opened: number, unreadable: number, waitingInAll: number, inThisBatch: number): string {
  if (inThisBatch === 0) return 'No referrals are waiting.';
  const parts = [opened === 0 ? 'No referrals could be opened.' : `Opened ${plural(opened, 'referral', 'referrals')}.`];
  if (unreadable > 0) {
    parts.push(
      `${plural(unreadable, 'referral', 'referrals')} would not open: sealed for another key — left waiting. Check you chose the right private key file: an old key opens only referrals sealed before the keys were changed.`,
    );
  }
  const more = waitingInAll - inThisBatch;
  if (more > 0 && opened > 0) {
    parts.push(
      `${plural(more, 'more referral is', 'more referrals are')} waiting: save and remove these first, then get referrals again for the next ones.`,
    );
  }
  return parts.join(' ');
}

/** The references that would not open, for the list under the message (references hold nothing personal). */
export function unreadableList(references: readonly string[]): string {
  return references.length === 0 ? '' : `Left waiting: ${references.join(', ')}.`;
}

/**
 * What to say about hate crime reports the page left waiting: it does not write their files yet, so they are
 * collected with `npm run hub:collect`, which does.
 */
export function reportsLeftMessage(count: number): string {
  if (count === 0) return '';
  return `${plural(count, 'hate crime report was', 'hate crime reports were')} left waiting: collect them with npm run hub:collect on the hub’s computer (see “Hate crime reports” in the guide for hub staff).`;
}

/** What to say once the intake has removed referrals. */
export function removedMessage(removed: number, asked: number): string {
  const said = `Removed ${plural(removed, 'referral', 'referrals')} from the server.`;
  const already = asked - removed;
  if (already <= 0) return `${said} Get referrals again to see if more are waiting.`;
  return `${said} ${plural(already, 'other had', 'others had')} been removed already. Get referrals again to see if more are waiting.`;
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

/** "27 November 2026, 20:30": when a referral arrived, in UK time whatever this computer's time zone. */
export function formatReceived(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return 'Not known';
  const parts = Object.fromEntries(ukDateTime.formatToParts(moment).map((part) => [part.type, part.value]));
  return `${parts['day']} ${parts['month']} ${parts['year']}, ${parts['hour']}:${parts['minute']}`;
}

/**
 * The table's rows: each referral's reference and when it arrived, and nothing else, so no one's details are on the
 * screen. Escaped, like all markup made with `html`.
 */
export function referralRows(collected: readonly CollectedReferral[]): Markup {
  return html`${collected.map(
    (item) =>
      html`<tr>
        <td class="hub__reference">${item.reference}</td>
        <td>${formatReceived(item.receivedAt)}</td>
      </tr>`,
  )}`;
}

/** One file to save: its kind, the name it is saved under, its type and text. */
export interface CaseFile {
  kind: 'json' | 'csv';
  name: string;
  type: string;
  text: string;
}

/** The two files for the case management system, named for when the referrals were got: the same as the CLI's. */
export function caseFiles(collected: readonly CollectedReferral[], gotAt: Date): Record<CaseFile['kind'], CaseFile> {
  const names = caseFileNames(gotAt);
  return {
    json: { kind: 'json', name: names.json, type: 'application/json', text: toJson(collected) },
    csv: { kind: 'csv', name: names.csv, type: 'text/csv;charset=utf-8', text: toCsv(collected) },
  };
}

/** What to say once a file was saved, and once both were. */
export function savedMessage(kind: CaseFile['kind'], name: string, bothSaved: boolean): string {
  const what = kind === 'json' ? 'JSON' : 'CSV';
  const next = bothSaved
    ? 'Both files are saved. Check they are in your downloads, move them to the hub’s secure storage, then remove these referrals from the server.'
    : `Now save the ${kind === 'json' ? 'CSV' : 'JSON'} file.`;
  return `Saved the ${what} file as ${name}. ${next}`;
}
