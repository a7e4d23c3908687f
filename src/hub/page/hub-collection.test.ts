/**
 * The hub page's decisions: which key files it takes, when each control may be used (nothing is removed from the
 * server before every file was saved), what it tells hub staff, and what it shows and saves: the referrals' files
 * and the hate crime reports' files, the same as `npm run hub:collect` writes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_FILE_COLUMNS,
  caseFileNames,
  reportsToCsv,
  reportsToJson,
  toCsv,
  toJson,
  type CollectedHateCrimeReport,
  type CollectedReferral,
} from '../case-files.ts';
import { generateHubKeys, NOT_A_PRIVATE_KEY, type HubKeys } from '../hub-keys.ts';
import {
  batchCounts,
  batchItems,
  batchReferences,
  batchRows,
  caseFiles,
  controlsFor,
  formatReceived,
  keyFileProblem,
  keysFromFile,
  openedMessage,
  PUBLIC_KEY_CHOSEN,
  removedMessage,
  savedMessage,
  saveStepFor,
  unreadableList,
  type CaseFileKey,
  type CollectionState,
  type OpenedBatch,
} from './hub-collection.ts';

/** A chosen file as the browser gives it, and whether its text was read. */
function chosen(name: string, text: string) {
  const file = {
    name,
    size: new TextEncoder().encode(text).length,
    read: false,
    text: async () => {
      file.read = true;
      return text;
    },
  };
  return file;
}

let keys: HubKeys;
beforeAll(async () => {
  keys = await generateHubKeys();
});

describe('the key file', () => {
  it('gives the hub’s keys from the private key file, as "npm run hub:keygen" wrote it', async () => {
    const opened = await keysFromFile(chosen('hub-private-key.txt', `${keys.privateKey}\n`));
    expect(opened.publicKey).toBe(keys.publicKey);
    expect(opened.collectionKey).toBe(keys.collectionKey);
  });

  it('refuses the public key files, which hold a key of the same length, with plain words', async () => {
    for (const name of ['hub-public-key.txt', 'hub-collection-key.txt', 'Hub PUBLIC key (copy).txt']) {
      const file = chosen(name, `${keys.publicKey}\n`);
      await expect(keysFromFile(file)).rejects.toThrow(PUBLIC_KEY_CHOSEN);
      expect(file.read).toBe(false);
    }
  });

  it('refuses any other file with the plain message, and never reads a big one', async () => {
    await expect(keysFromFile(chosen('notes.txt', 'Dear hub, …'))).rejects.toThrow(NOT_A_PRIVATE_KEY);
    await expect(keysFromFile(chosen('empty.txt', ''))).rejects.toThrow(NOT_A_PRIVATE_KEY);
    const big = chosen('referrals.csv', `${keys.privateKey}\n${'x'.repeat(5000)}`);
    await expect(keysFromFile(big)).rejects.toThrow(NOT_A_PRIVATE_KEY);
    expect(big.read).toBe(false);
  });

  it('says what is wrong in its own words, never in the words of an error from elsewhere', () => {
    expect(keyFileProblem(new Error(NOT_A_PRIVATE_KEY))).toBe(NOT_A_PRIVATE_KEY);
    expect(keyFileProblem(new Error(PUBLIC_KEY_CHOSEN))).toBe(PUBLIC_KEY_CHOSEN);
    expect(keyFileProblem(new Error(`bad key ${keys.privateKey}`))).not.toContain(keys.privateKey);
    expect(keyFileProblem('thrown text')).toMatch(/^The key could not be used/);
  });
});

/** Two referrals from /refer/, then an anonymous hate crime report and one that asked for support (in both lists). */
const referrals: CollectedReferral[] = [
  {
    reference: '7KXM-QD4R',
    receivedAt: '2026-07-01T19:05:00.000Z',
    referral: { name: 'Sam Example', phone: '=1+1', crimeTypes: ['burglary', 'fraud'] },
  },
  {
    reference: '<b>X</b>',
    receivedAt: '2026-12-01T09:30:00.000Z',
    referral: { name: 'Alex <Example>' },
  },
  {
    reference: 'SUPP-0RT2',
    receivedAt: '2026-11-01T10:00:00.000Z',
    referral: { name: 'Jo Supportname', crimeTypes: ['hate-crime'], hateCrimeReport: 'SUPP-0RT2' },
  },
];
const hateCrimeReports: CollectedHateCrimeReport[] = [
  {
    reference: 'ANON-REP1',
    receivedAt: '2026-10-01T08:00:00.000Z',
    report: { outcome: 'anonymous', account: '=HYPERLINK("x")', supportAskedFor: 'no' },
  },
  {
    reference: 'SUPP-0RT2',
    receivedAt: '2026-11-01T10:00:00.000Z',
    report: { outcome: 'anonymous', account: 'Shouted at', supportAskedFor: 'yes', supportReferral: 'SUPP-0RT2' },
  },
];
const gotAt = new Date('2026-11-27T20:30:00.000Z');
const mixed: OpenedBatch = { referrals, hateCrimeReports, gotAt };
const referralsOnly: OpenedBatch = { referrals: referrals.slice(0, 2), hateCrimeReports: [], gotAt };
const reportsOnly: OpenedBatch = { referrals: [], hateCrimeReports: hateCrimeReports.slice(0, 1), gotAt };
const ALL_FILES: CaseFileKey[] = ['referrals-json', 'referrals-csv', 'reports-json', 'reports-csv'];

describe('which controls may be used', () => {
  const start: CollectionState = { keyReady: false, busy: false, opened: 0, toSave: [], saved: [] };
  const opened: CollectionState = { ...start, keyReady: true, opened: 4, toSave: ALL_FILES };

  it('asks for the key before anything else', () => {
    expect(controlsFor(start)).toEqual({
      chooseKey: true,
      forgetKey: false,
      getReferrals: false,
      saveFiles: false,
      removeFromServer: false,
    });
    expect(controlsFor({ ...start, keyReady: true })).toMatchObject({
      forgetKey: true,
      getReferrals: true,
      saveFiles: false,
    });
  });

  it('removes nothing from the server until every file the batch has was saved', () => {
    expect(controlsFor(opened)).toMatchObject({ saveFiles: true, removeFromServer: false });
    // Any three of the four are not enough.
    for (const left of ALL_FILES) {
      const saved = ALL_FILES.filter((key) => key !== left);
      expect(controlsFor({ ...opened, saved }).removeFromServer).toBe(false);
    }
    expect(controlsFor({ ...opened, saved: [...ALL_FILES].reverse() }).removeFromServer).toBe(true);
    // A batch of referrals only has two files to save.
    const twoFiles = { ...opened, toSave: ['referrals-json', 'referrals-csv'] as CaseFileKey[] };
    expect(controlsFor({ ...twoFiles, saved: ['referrals-json'] }).removeFromServer).toBe(false);
    expect(controlsFor({ ...twoFiles, saved: ['referrals-csv', 'referrals-json'] }).removeFromServer).toBe(true);
  });

  it('offers nothing to save or remove when nothing was opened, or once the key is forgotten', () => {
    const nothing = { ...opened, opened: 0, toSave: [], saved: ALL_FILES };
    expect(controlsFor(nothing)).toMatchObject({ saveFiles: false, removeFromServer: false });
    const forgotten = { ...opened, keyReady: false, saved: ALL_FILES };
    expect(controlsFor(forgotten)).toMatchObject({ saveFiles: false, removeFromServer: false, getReferrals: false });
  });

  it('lets nothing be pressed twice while a request is on its way', () => {
    const busy = controlsFor({ ...opened, busy: true, saved: ALL_FILES });
    expect(Object.values(busy).some(Boolean)).toBe(false);
  });
});

describe('what was opened', () => {
  it('is one item per reference, oldest first: a report that asked for support is one, in both lists', () => {
    expect(batchItems(mixed)).toEqual([
      { reference: '7KXM-QD4R', receivedAt: '2026-07-01T19:05:00.000Z', kind: 'referral' },
      { reference: 'ANON-REP1', receivedAt: '2026-10-01T08:00:00.000Z', kind: 'hate-crime-report' },
      { reference: 'SUPP-0RT2', receivedAt: '2026-11-01T10:00:00.000Z', kind: 'report-asking-for-support' },
      { reference: '<b>X</b>', receivedAt: '2026-12-01T09:30:00.000Z', kind: 'referral' },
    ]);
    // The intake is asked to remove each reference once.
    expect(batchReferences(mixed)).toEqual(['7KXM-QD4R', 'ANON-REP1', 'SUPP-0RT2', '<b>X</b>']);
    expect(batchCounts(mixed)).toEqual({ references: 4, referrals: 3, hateCrimeReports: 2, askedForSupport: 1 });
  });
});

describe('what hub staff are told', () => {
  const counts = batchCounts(mixed);
  const none = batchCounts({ referrals: [], hateCrimeReports: [] });

  it('says what was opened, counting both kinds, how many would not open and how many more wait', () => {
    expect(openedMessage(none, 0, 0, 0)).toBe('No referrals or hate crime reports are waiting.');
    expect(openedMessage(batchCounts({ referrals: referrals.slice(0, 1), hateCrimeReports: [] }), 0, 1, 1)).toBe(
      'Opened 1 referral.',
    );
    expect(openedMessage(batchCounts(reportsOnly), 0, 1, 1)).toBe('Opened 1 hate crime report.');
    expect(openedMessage(counts, 0, 4, 4)).toBe(
      'Opened 3 referrals and 2 hate crime reports. 1 report asked for support: it is in both, under one reference.',
    );
    expect(openedMessage(batchCounts(referralsOnly), 1, 3, 3)).toBe(
      'Opened 2 referrals. 1 referral or report would not open: sealed for another key — left waiting. Check you chose the right private key file: an old key opens only what was sealed before the keys were changed.',
    );
    // "More waiting" counts items, as the intake does: one per reference, whatever it holds.
    expect(openedMessage(counts, 0, 620, 500)).toBe(
      'Opened 3 referrals and 2 hate crime reports. 1 report asked for support: it is in both, under one reference. 120 more referrals or reports are waiting: save and remove these first, then press “Get referrals and reports” again for the next ones.',
    );
    expect(openedMessage(none, 2, 2, 2)).toMatch(/^Nothing could be opened\. 2 referrals or reports would not open/);
    expect(unreadableList(['7KXM-QD4R', 'ACDE-FGHJ'])).toBe('Left waiting: 7KXM-QD4R, ACDE-FGHJ.');
    expect(unreadableList([])).toBe('');
  });

  it('says what was removed, and when some had gone already', () => {
    expect(removedMessage(2, batchCounts(referralsOnly))).toBe(
      'Removed 2 referrals from the server. Press “Get referrals and reports” again to see if more are waiting.',
    );
    expect(removedMessage(4, counts)).toBe(
      'Removed 3 referrals and 2 hate crime reports from the server. Press “Get referrals and reports” again to see if more are waiting.',
    );
    expect(removedMessage(3, counts)).toBe(
      'Removed 3 of the 4 you got from the server. 1 other had been removed already. Press “Get referrals and reports” again to see if more are waiting.',
    );
  });

  it('says which file was saved and which are still to save, then what to do with them all', () => {
    const files = caseFiles(mixed);
    const [referralsJson, referralsCsv, reportsJson, reportsCsv] = files;
    expect(savedMessage(referralsJson!, files, ['referrals-json'])).toBe(
      'Saved the referrals JSON file as referrals-2026-11-27T20-30-00-000Z.json. Still to save: the referrals CSV file, the hate crime reports JSON file and the hate crime reports CSV file.',
    );
    expect(savedMessage(reportsCsv!, files, ['referrals-json', 'reports-csv', 'referrals-csv'])).toBe(
      'Saved the hate crime reports CSV file as hate-crime-reports-2026-11-27T20-30-00-000Z.csv. Still to save: the hate crime reports JSON file.',
    );
    expect(savedMessage(reportsJson!, files, ALL_FILES)).toBe(
      'Saved the hate crime reports JSON file as hate-crime-reports-2026-11-27T20-30-00-000Z.json. All 4 files are saved. Check they are in your downloads, move them to the hub’s secure storage, then remove these from the server. The hate crime reports files go to the police hate crime team, not the case management system.',
    );
    const two = caseFiles(referralsOnly);
    expect(savedMessage(two[1]!, two, ['referrals-csv'])).toBe(
      'Saved the referrals CSV file as referrals-2026-11-27T20-30-00-000Z.csv. Still to save: the referrals JSON file.',
    );
    expect(savedMessage(two[0]!, two, ['referrals-csv', 'referrals-json'])).toBe(
      'Saved the referrals JSON file as referrals-2026-11-27T20-30-00-000Z.json. Both files are saved. Check they are in your downloads, move them to the hub’s secure storage, then remove these from the server.',
    );
    expect(referralsCsv!.key).toBe('referrals-csv');
  });
});

describe('the table of what was opened', () => {
  it('shows when each arrived in UK time, whatever this computer’s time zone', () => {
    expect(formatReceived('2026-07-01T19:05:00.000Z')).toBe('1 July 2026, 20:05');
    expect(formatReceived('2026-12-01T09:30:00.000Z')).toBe('1 December 2026, 09:30');
    expect(formatReceived('yesterday')).toBe('Not known');
  });

  it('shows references, times and what each is only, escaped, and never anyone’s details', () => {
    const rows = batchRows(mixed).text;
    expect(rows.match(/<tr>/g)).toHaveLength(4);
    expect(rows).toContain('7KXM-QD4R');
    expect(rows).toContain('1 July 2026, 20:05');
    expect(rows).toContain('&lt;b&gt;X&lt;/b&gt;');
    expect(rows).not.toContain('<b>');
    expect(rows).not.toMatch(/Sam|Alex|Jo |burglary|Shouted|HYPERLINK|anonymous/);
    const kinds = [...rows.matchAll(/<td>([^<]*)<\/td>\s*<\/tr>/g)].map((match) => match[1]);
    expect(kinds).toEqual([
      'Referral',
      'Hate crime report',
      'Hate crime report and referral (asked for support)',
      'Referral',
    ]);
  });
});

describe('the files to save', () => {
  it('are the same files, names and contents as the collection command writes, for each list with something in it', () => {
    const files = caseFiles(mixed);
    expect(files.map((file) => file.key)).toEqual(ALL_FILES);
    const referralNames = caseFileNames(gotAt, 'referrals');
    const reportNames = caseFileNames(gotAt, 'hate-crime-reports');
    expect(files.map((file) => file.name)).toEqual([
      'referrals-2026-11-27T20-30-00-000Z.json',
      'referrals-2026-11-27T20-30-00-000Z.csv',
      'hate-crime-reports-2026-11-27T20-30-00-000Z.json',
      'hate-crime-reports-2026-11-27T20-30-00-000Z.csv',
    ]);
    expect(files.map((file) => file.name)).toEqual([
      referralNames.json,
      referralNames.csv,
      reportNames.json,
      reportNames.csv,
    ]);
    expect(files.map((file) => file.text)).toEqual([
      toJson(referrals),
      toCsv(referrals),
      reportsToJson(hateCrimeReports),
      reportsToCsv(hateCrimeReports),
    ]);
    expect(files.map((file) => file.list)).toEqual([
      'referrals',
      'referrals',
      'hate-crime-reports',
      'hate-crime-reports',
    ]);
    expect(files.map((file) => file.type)).toEqual([
      'application/json',
      'text/csv;charset=utf-8',
      'application/json',
      'text/csv;charset=utf-8',
    ]);
    // The support referral names its report; the report names its referral: the same reference.
    expect(JSON.parse(files[0]!.text)[2]).toMatchObject({
      reference: 'SUPP-0RT2',
      referral: { hateCrimeReport: 'SUPP-0RT2' },
    });
    expect(JSON.parse(files[2]!.text)[1]).toMatchObject({
      reference: 'SUPP-0RT2',
      report: { supportReferral: 'SUPP-0RT2' },
    });
  });

  it('are only those with something in them', () => {
    expect(caseFiles(referralsOnly).map((file) => file.key)).toEqual(['referrals-json', 'referrals-csv']);
    expect(caseFiles(reportsOnly).map((file) => file.key)).toEqual(['reports-json', 'reports-csv']);
    expect(caseFiles({ referrals: [], hateCrimeReports: [], gotAt })).toEqual([]);
  });

  it('each have a save button, and the warning about the police shows only with hate crime reports', () => {
    expect(saveStepFor(caseFiles(mixed))).toEqual({ buttons: ALL_FILES, reportsWarning: true });
    expect(saveStepFor(caseFiles(referralsOnly))).toEqual({
      buttons: ['referrals-json', 'referrals-csv'],
      reportsWarning: false,
    });
    expect(saveStepFor(caseFiles(reportsOnly))).toEqual({
      buttons: ['reports-json', 'reports-csv'],
      reportsWarning: true,
    });
  });

  it('are safe to open in a spreadsheet: a formula in an answer is never run', () => {
    const [json, csv] = caseFiles(referralsOnly);
    expect(JSON.parse(json!.text)).toEqual(referralsOnly.referrals);
    const lines = csv!.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(['reference', 'receivedAt', ...CASE_FILE_COLUMNS].map((name) => `"${name}"`).join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Sam Example"');
    expect(lines[1]).toContain(`"'=1+1"`);
    const reportsCsv = caseFiles(reportsOnly)[1]!.text;
    expect(reportsCsv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
