/**
 * The hub page's script. Hub staff choose the hub's private key file; the script reads it once, clears the file
 * box, and keeps the keys only in a variable inside `setUpHubCollection`: never in browser storage, cookies or the
 * address, and dropped when the page is left or staff press "Forget the key". With them it gets the sealed
 * referrals and hate crime reports from the intake (signed requests), opens them here, offers the files to save (JSON
 * and CSV for the referrals, and for the reports), and only once every one was saved asks the intake to remove them.
 *
 * The decisions are in hub-collection.ts and the requests in ../collection-api.ts (reached through intake-client.ts);
 * this file reads and changes the page.
 */
import { openSubmissions } from '../case-files.ts';
import type { HubKeys } from '../hub-keys.ts';
import {
  batchCounts,
  batchReferences,
  batchRows,
  CASE_FILE_KEYS,
  caseFiles,
  controlsFor,
  keyFileProblem,
  keysFromFile,
  openedMessage,
  removedMessage,
  savedMessage,
  saveStepFor,
  unreadableList,
  type CaseFile,
  type CaseFileKey,
  type Controls,
  type OpenedBatch,
} from './hub-collection.ts';
import { acknowledge, getWaiting } from '../collection-api.ts';
import { hubPageConnection, intakeOrigin } from './intake-client.ts';

/** How long a saved file's object URL lives: long enough for the browser to start saving it, and no longer. */
const OBJECT_URL_LIFETIME_MS = 1000;

/** The parts of the page the script reads and changes, each marked `data-hub-collection-<part>`. */
interface HubParts {
  tool: HTMLElement;
  errorSummary: HTMLElement;
  errorLink: HTMLAnchorElement;
  alert: HTMLElement;
  keyGroup: HTMLElement;
  keyError: HTMLElement;
  keyErrorText: HTMLElement;
  keyFile: HTMLInputElement;
  keyStatus: HTMLElement;
  forget: HTMLButtonElement;
  getHint: HTMLElement;
  get: HTMLButtonElement;
  getStatus: HTMLElement;
  leftWaiting: HTMLElement;
  table: HTMLElement;
  rows: HTMLElement;
  saveStep: HTMLElement;
  reportsWarning: HTMLElement;
  save: Record<CaseFileKey, HTMLButtonElement>;
  saveStatus: HTMLElement;
  removeStep: HTMLElement;
  remove: HTMLButtonElement;
  removeStatus: HTMLElement;
}

/** Find every part, or throw: the page then stays as it was, with the tool hidden. */
function findParts(root: HTMLElement): HubParts {
  const part = <T extends HTMLElement = HTMLElement>(name: string, value?: string): T => {
    const found = root.querySelector<T>(`[data-hub-collection-${name}${value ? `="${value}"` : ''}]`);
    if (!found) throw new Error(`The hub page has no ${name} ${value ?? ''}.`);
    return found;
  };
  return {
    tool: part('tool'),
    errorSummary: part('error-summary'),
    errorLink: part<HTMLAnchorElement>('error-link'),
    alert: part('alert'),
    keyGroup: part('key-group'),
    keyError: part('key-error'),
    keyErrorText: part('key-error-text'),
    keyFile: part<HTMLInputElement>('key-file'),
    keyStatus: part('key-status'),
    forget: part<HTMLButtonElement>('forget'),
    getHint: part('get-hint'),
    get: part<HTMLButtonElement>('get'),
    getStatus: part('get-status'),
    leftWaiting: part('left-waiting'),
    table: part('table'),
    rows: part('rows'),
    saveStep: part('save-step'),
    reportsWarning: part('reports-warning'),
    save: Object.fromEntries(CASE_FILE_KEYS.map((key) => [key, part<HTMLButtonElement>('save', key)])) as Record<
      CaseFileKey,
      HTMLButtonElement
    >,
    saveStatus: part('save-status'),
    removeStep: part('remove-step'),
    remove: part<HTMLButtonElement>('remove'),
    removeStatus: part('remove-status'),
  };
}

/** Words about to be put in each live region: a newer message replaces one not yet shown. */
const pending = new WeakMap<HTMLElement, number>();

/** Say something in a live region, clearing it first so the same words are announced again. */
function announce(region: HTMLElement, message: string): void {
  const waiting = pending.get(region);
  if (waiting !== undefined) window.cancelAnimationFrame(waiting);
  pending.delete(region);
  region.textContent = '';
  if (!message) return;
  pending.set(
    region,
    window.requestAnimationFrame(() => {
      pending.delete(region);
      region.textContent = message;
    }),
  );
}

/** Save a file through the browser: a Blob behind an object URL, followed by a link with `download`, then revoked. */
function download(file: CaseFile, objectUrls: Set<string>): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  objectUrls.add(url);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
    objectUrls.delete(url);
  }, OBJECT_URL_LIFETIME_MS);
}

/** Start the hub page, marked `data-hub-collection`. */
export function setUpHubCollection(root: HTMLElement): void {
  const parts = findParts(root);
  const connection = hubPageConnection(
    intakeOrigin(root.dataset.intakeEndpoint ?? '/', window.location.href),
    (url, init) => window.fetch(url, init),
  );
  const baseTitle = document.title;

  // The hub's keys and what they opened live here, in this closure, and nowhere else, for as long as the page is open.
  let keys: HubKeys | undefined;
  let batch: { opened: OpenedBatch; files: CaseFile[]; references: string[] } | undefined;
  let saved: CaseFileKey[] = [];
  let busy = false;
  const objectUrls = new Set<string>();

  /** The state the controls are decided from. */
  const state = (whileBusy: boolean) => ({
    keyReady: Boolean(keys),
    busy: whileBusy,
    opened: batch?.references.length ?? 0,
    toSave: batch?.files.map((file) => file.key) ?? [],
    saved,
  });

  /** What may be used now; while a request is on its way, nothing (a second press does nothing). */
  const allowed = (control: keyof Controls) => controlsFor(state(busy))[control];

  /**
   * Show the controls as they are when nothing is on its way. Buttons are not disabled while busy, so the one that
   * was pressed keeps the focus; `allowed` ignores presses meanwhile.
   */
  function refresh(): void {
    const shown = controlsFor(state(false));
    parts.forget.hidden = !shown.forgetKey;
    parts.getHint.hidden = shown.getReferrals;
    parts.get.disabled = !shown.getReferrals;
    parts.table.hidden = !shown.saveFiles;
    parts.saveStep.hidden = !shown.saveFiles;
    parts.removeStep.hidden = !shown.saveFiles;
    parts.remove.disabled = !shown.removeFromServer;
    const saveStep = saveStepFor(batch?.files ?? []);
    for (const key of CASE_FILE_KEYS) parts.save[key].hidden = !saveStep.buttons.includes(key);
    parts.reportsWarning.hidden = !saveStep.reportsWarning;
  }

  /** Drop what was opened: the referrals and reports, the files' object URLs and the table. */
  function dropReferrals(): void {
    batch = undefined;
    saved = [];
    for (const url of objectUrls) URL.revokeObjectURL(url);
    objectUrls.clear();
    parts.rows.replaceChildren();
    parts.leftWaiting.hidden = true;
    parts.leftWaiting.textContent = '';
    for (const region of [parts.getStatus, parts.saveStatus, parts.removeStatus]) announce(region, '');
  }

  /** Drop the key (its signing half overwritten first) and everything opened with it. */
  function forgetEverything(): void {
    keys?.signingSecretKey.fill(0);
    keys = undefined;
    dropReferrals();
    announce(parts.keyStatus, '');
  }

  /** Show a problem with the key file as GOV.UK does: a summary at the top, focused, and the message at the box. */
  function showKeyError(message: string): void {
    parts.errorLink.textContent = message;
    parts.errorSummary.hidden = false;
    parts.keyErrorText.textContent = message;
    parts.keyError.hidden = false;
    parts.keyGroup.classList.add('hub__group--error');
    parts.keyFile.setAttribute('aria-describedby', 'hub-key-file-hint hub-key-file-error');
    document.title = `Error: ${baseTitle}`;
    parts.errorSummary.focus();
  }

  /** Take the key file's error away again, from the summary, the box and the title. */
  function clearKeyError(): void {
    parts.errorSummary.hidden = true;
    parts.keyError.hidden = true;
    parts.keyGroup.classList.remove('hub__group--error');
    parts.keyFile.setAttribute('aria-describedby', 'hub-key-file-hint');
    document.title = baseTitle;
  }

  /** Read the chosen key file once, then clear the box so the browser does not hold on to the file. */
  async function chooseKey(): Promise<void> {
    const file = parts.keyFile.files?.[0];
    if (!file || !allowed('chooseKey')) {
      parts.keyFile.value = '';
      return;
    }
    // A new key replaces the old one, and whatever was opened with it.
    forgetEverything();
    clearKeyError();
    announce(parts.alert, '');
    busy = true;
    refresh();
    try {
      keys = await keysFromFile(file);
      announce(
        parts.keyStatus,
        'The key is ready. It is kept only while this page is open. Now get the referrals and reports.',
      );
    } catch (error) {
      showKeyError(keyFileProblem(error));
    } finally {
      parts.keyFile.value = '';
      busy = false;
      refresh();
    }
  }

  /** Get the oldest referrals and reports waiting (one batch), open them here and show their references. */
  async function getReferrals(): Promise<void> {
    if (!keys || !allowed('getReferrals')) return;
    const held = keys;
    dropReferrals();
    announce(parts.alert, '');
    busy = true;
    refresh();
    announce(parts.getStatus, 'Getting referrals and reports…');
    try {
      const outcome = await getWaiting(connection, held.signingSecretKey);
      if (!outcome.ok) {
        announce(parts.getStatus, '');
        announce(parts.alert, outcome.problem);
        return;
      }
      const { referrals, hateCrimeReports, unreadable } = await openSubmissions(outcome.value.referrals, held);
      // The key was forgotten (or the page left) while they were on their way: show nothing.
      if (keys !== held) return;
      const opened: OpenedBatch = { referrals, hateCrimeReports, gotAt: new Date() };
      const references = batchReferences(opened);
      batch = references.length > 0 ? { opened, files: caseFiles(opened), references } : undefined;
      parts.rows.innerHTML = batchRows(opened).text;
      parts.leftWaiting.textContent = unreadableList(unreadable);
      parts.leftWaiting.hidden = unreadable.length === 0;
      const { waiting, referrals: inThisBatch } = outcome.value;
      announce(parts.getStatus, openedMessage(batchCounts(opened), unreadable.length, waiting, inThisBatch.length));
    } finally {
      busy = false;
      refresh();
    }
  }

  /** Save one of the batch's files, and note it was saved. */
  function saveFile(key: CaseFileKey): void {
    const file = batch?.files.find((each) => each.key === key);
    if (!batch || !file || !allowed('saveFiles')) return;
    download(file, objectUrls);
    if (!saved.includes(key)) saved = [...saved, key];
    announce(parts.saveStatus, savedMessage(file, batch.files, saved));
    refresh();
  }

  /** Once every file was saved: have the intake remove this batch (each reference once), then drop it here too. */
  async function removeFromServer(): Promise<void> {
    if (!keys || !batch || !allowed('removeFromServer')) return;
    const held = keys;
    const { references } = batch;
    const counts = batchCounts(batch.opened);
    announce(parts.alert, '');
    busy = true;
    refresh();
    announce(parts.removeStatus, 'Removing them from the server…');
    try {
      const outcome = await acknowledge(connection, held.signingSecretKey, references);
      announce(parts.removeStatus, '');
      if (!outcome.ok) {
        announce(parts.alert, outcome.problem);
        return;
      }
      if (keys !== held) return;
      dropReferrals();
      busy = false;
      refresh();
      // The steps to save and remove are gone: the focus goes back to getting referrals, where the result is said.
      parts.get.focus();
      announce(parts.getStatus, removedMessage(outcome.value, counts));
    } finally {
      busy = false;
      refresh();
    }
  }

  parts.keyFile.addEventListener('change', () => void chooseKey());
  parts.get.addEventListener('click', () => void getReferrals());
  for (const key of CASE_FILE_KEYS) parts.save[key].addEventListener('click', () => saveFile(key));
  parts.remove.addEventListener('click', () => void removeFromServer());
  parts.forget.addEventListener('click', () => {
    if (!allowed('forgetKey')) return;
    forgetEverything();
    announce(parts.alert, '');
    refresh();
    parts.keyFile.focus();
    announce(parts.keyStatus, 'The key is forgotten. To collect more, choose the key file again.');
  });
  parts.errorLink.addEventListener('click', (event) => {
    // As GOV.UK's error summary does: go to the box without putting anything in the address.
    event.preventDefault();
    parts.keyFile.focus();
  });
  // Leaving the page (or the browser keeping it in its back-forward cache) drops the key and what it opened.
  window.addEventListener('pagehide', () => {
    forgetEverything();
    refresh();
  });

  parts.tool.hidden = false;
  refresh();
}
