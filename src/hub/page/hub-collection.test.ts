/**
 * The hub page's decisions: which key files it takes, when each control may be used (nothing is removed from the
 * server before both files were saved), what it tells hub staff, and what it shows and saves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_FILE_COLUMNS, type CollectedReferral } from '../case-files.ts';
import { generateHubKeys, NOT_A_PRIVATE_KEY, type HubKeys } from '../hub-keys.ts';
import {
  caseFiles,
  controlsFor,
  formatReceived,
  keyFileProblem,
  keysFromFile,
  openedMessage,
  PUBLIC_KEY_CHOSEN,
  referralRows,
  removedMessage,
  savedMessage,
  unreadableList,
  reportsLeftMessage,
  type CollectionState,
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

describe('which controls may be used', () => {
  const start: CollectionState = { keyReady: false, busy: false, opened: 0, saved: { json: false, csv: false } };
  const opened: CollectionState = { ...start, keyReady: true, opened: 2 };

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

  it('removes nothing from the server until both files were saved', () => {
    expect(controlsFor(opened)).toMatchObject({ saveFiles: true, removeFromServer: false });
    expect(controlsFor({ ...opened, saved: { json: true, csv: false } }).removeFromServer).toBe(false);
    expect(controlsFor({ ...opened, saved: { json: false, csv: true } }).removeFromServer).toBe(false);
    expect(controlsFor({ ...opened, saved: { json: true, csv: true } }).removeFromServer).toBe(true);
  });

  it('offers nothing to save or remove when nothing was opened, or once the key is forgotten', () => {
    const nothing = { ...opened, opened: 0, saved: { json: true, csv: true } };
    expect(controlsFor(nothing)).toMatchObject({ saveFiles: false, removeFromServer: false });
    const forgotten = { ...opened, keyReady: false, saved: { json: true, csv: true } };
    expect(controlsFor(forgotten)).toMatchObject({ saveFiles: false, removeFromServer: false, getReferrals: false });
  });

  it('lets nothing be pressed twice while a request is on its way', () => {
    const busy = controlsFor({ ...opened, busy: true, saved: { json: true, csv: true } });
    expect(Object.values(busy).some(Boolean)).toBe(false);
  });
});

describe('what hub staff are told', () => {
  it('says how many were opened, how many would not open and how many more wait', () => {
    expect(openedMessage(0, 0, 0, 0)).toBe('No referrals are waiting.');
    expect(openedMessage(1, 0, 1, 1)).toBe('Opened 1 referral.');
    expect(openedMessage(2, 1, 3, 3)).toBe(
      'Opened 2 referrals. 1 referral would not open: sealed for another key — left waiting. Check you chose the right private key file: an old key opens only referrals sealed before the keys were changed.',
    );
    expect(openedMessage(500, 0, 620, 500)).toBe(
      'Opened 500 referrals. 120 more referrals are waiting: save and remove these first, then get referrals again for the next ones.',
    );
    expect(openedMessage(0, 2, 2, 2)).toMatch(/^No referrals could be opened\. 2 referrals would not open/);
    expect(unreadableList(['7KXM-QD4R', 'ACDE-FGHJ'])).toBe('Left waiting: 7KXM-QD4R, ACDE-FGHJ.');
    expect(unreadableList([])).toBe('');
  });

  it('says how many were removed, and when some had gone already', () => {
    expect(removedMessage(2, 2)).toBe(
      'Removed 2 referrals from the server. Get referrals again to see if more are waiting.',
    );
    expect(removedMessage(1, 2)).toBe(
      'Removed 1 referral from the server. 1 other had been removed already. Get referrals again to see if more are waiting.',
    );
  });

  it('says which file was saved and what to do next', () => {
    expect(savedMessage('json', 'referrals-x.json', false)).toBe(
      'Saved the JSON file as referrals-x.json. Now save the CSV file.',
    );
    expect(savedMessage('csv', 'referrals-x.csv', true)).toMatch(
      /^Saved the CSV file as referrals-x\.csv\. Both files are saved\./,
    );
  });
});

const collected: CollectedReferral[] = [
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
];

describe('the table of what was opened', () => {
  it('shows when each arrived in UK time, whatever this computer’s time zone', () => {
    expect(formatReceived('2026-07-01T19:05:00.000Z')).toBe('1 July 2026, 20:05');
    expect(formatReceived('2026-12-01T09:30:00.000Z')).toBe('1 December 2026, 09:30');
    expect(formatReceived('yesterday')).toBe('Not known');
  });

  it('shows references and times only, escaped, and never anyone’s details', () => {
    const rows = referralRows(collected).text;
    expect(rows.match(/<tr>/g)).toHaveLength(2);
    expect(rows).toContain('7KXM-QD4R');
    expect(rows).toContain('1 July 2026, 20:05');
    expect(rows).toContain('&lt;b&gt;X&lt;/b&gt;');
    expect(rows).not.toContain('<b>');
    expect(rows).not.toMatch(/Sam|Alex|burglary/);
  });
});

describe('the files to save', () => {
  it('are the same JSON and CSV the collection command writes, named for when the referrals were got', () => {
    const files = caseFiles(collected, new Date('2026-11-27T20:30:00.000Z'));
    expect(files.json.name).toBe('referrals-2026-11-27T20-30-00-000Z.json');
    expect(files.csv.name).toBe('referrals-2026-11-27T20-30-00-000Z.csv');
    expect(JSON.parse(files.json.text)).toEqual(collected);
    const lines = files.csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(['reference', 'receivedAt', ...CASE_FILE_COLUMNS].map((name) => `"${name}"`).join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Sam Example"');
    // A formula in an answer is never run by a spreadsheet that opens the file.
    expect(lines[1]).toContain(`"'=1+1"`);
    expect(files.csv.type).toBe('text/csv;charset=utf-8');
    expect(files.json.type).toBe('application/json');
  });
});

describe('hate crime reports on the hub page', () => {
  it('are left waiting, with where to collect them', () => {
    expect(reportsLeftMessage(0)).toBe('');
    expect(reportsLeftMessage(2)).toBe(
      '2 hate crime reports were left waiting: collect them with npm run hub:collect on the hub’s computer (see “Hate crime reports” in the guide for hub staff).',
    );
  });
});
