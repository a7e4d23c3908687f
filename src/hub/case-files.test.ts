/**
 * The files hub staff import into the case management system: CSV a
 * spreadsheet cannot turn into a formula or a hidden instruction, and the
 * same referrals as JSON.
 */
import { describe, expect, it } from 'vitest';
import { caseFileNames, CASE_FILE_COLUMNS, csvCell, openSubmissions, toCsv, toJson } from './case-files.ts';
import { generateHubKeys } from './hub-keys.ts';
import { sealForHub } from './sealing.ts';

describe('CSV for the case management system', () => {
  it('quotes every cell and never lets a spreadsheet run a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    // Phone numbers stay as they are.
    expect(csvCell('+44 7700 900982')).toBe('"+44 7700 900982"');
    expect(csvCell(['a', 'b'])).toBe('"a; b"');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(null)).toBe('""');
  });

  it('drops control characters a terminal or spreadsheet could act on, keeping line breaks', () => {
    expect(csvCell('a\u0007b\u001b[31mc\u202Ed\r\ne')).toBe('"ab[31mcd\r\ne"');
    // A control character cannot hide a formula from the check.
    expect(csvCell('\u0000=1+1')).toBe(`"'=1+1"`);
  });

  it('has a header row, then one row per referral with its reference and when it came, lines ending CRLF', () => {
    const csv = toCsv(
      [{ reference: '7KXM-QD4R', receivedAt: '2026-11-23T12:00:00.000Z', referral: { name: 'Sam', phone: null } }],
      ['name', 'phone'],
    );
    expect(csv).toBe('"reference","receivedAt","name","phone"\r\n"7KXM-QD4R","2026-11-23T12:00:00.000Z","Sam",""\r\n');
  });

  it('has a column for every field of the form, then flags', () => {
    const header = toCsv([]).split('\r\n')[0]!;
    expect(header).toBe(['reference', 'receivedAt', ...CASE_FILE_COLUMNS].map((name) => `"${name}"`).join(','));
    expect(CASE_FILE_COLUMNS.at(-1)).toBe('flags');
    expect(CASE_FILE_COLUMNS).toContain('name');
  });
});

describe('opening referrals', () => {
  it('opens those sealed for the hub and lists, without stopping, those that will not open', async () => {
    const keys = await generateHubKeys();
    const stranger = await generateHubKeys();
    const receivedAt = '2026-11-23T12:00:00.000Z';
    const items = [
      { reference: 'AAAA-1111', sealed: await sealForHub({ receivedAt, referral: { name: 'Sam' } }, keys.publicKey) },
      {
        reference: 'AAAA-2222',
        sealed: await sealForHub({ receivedAt, referral: { name: 'Other' } }, stranger.publicKey),
      },
      { reference: 'AAAA-3333', sealed: new Uint8Array([1, 2, 3]) },
      {
        reference: 'AAAA-4444',
        sealed: await sealForHub(
          { receivedAt, referral: { name: 'Fast' }, flags: ['sent-very-quickly'] },
          keys.publicKey,
        ),
      },
    ];
    const { referrals, hateCrimeReports, unreadable } = await openSubmissions(items, keys);
    expect(referrals).toEqual([
      { reference: 'AAAA-1111', receivedAt, referral: { name: 'Sam' } },
      { reference: 'AAAA-4444', receivedAt, referral: { name: 'Fast', flags: ['sent-very-quickly'] } },
    ]);
    expect(hateCrimeReports).toEqual([]);
    expect(unreadable).toEqual(['AAAA-2222', 'AAAA-3333']);
    expect(JSON.parse(toJson(referrals))).toEqual(referrals);
  });

  it('opens hate crime reports into their own list, and a report that asked for support into both, one reference', async () => {
    const keys = await generateHubKeys();
    const receivedAt = '2026-11-23T12:00:00.000Z';
    const report = { outcome: 'anonymous', account: 'Shouted at' };
    const items = [
      {
        reference: 'BBBB-1111',
        sealed: await sealForHub({ receivedAt, kind: 'hate-crime-report', hateCrimeReport: report }, keys.publicKey),
      },
      {
        reference: 'BBBB-2222',
        sealed: await sealForHub(
          { receivedAt, kind: 'hate-crime-report', hateCrimeReport: report, referral: { name: 'Alex' } },
          keys.publicKey,
        ),
      },
      // A report with nothing in it is damaged: listed, not opened.
      { reference: 'BBBB-3333', sealed: await sealForHub({ receivedAt, kind: 'hate-crime-report' }, keys.publicKey) },
    ];
    const { referrals, hateCrimeReports, unreadable } = await openSubmissions(items, keys);
    expect(hateCrimeReports).toEqual([
      { reference: 'BBBB-1111', receivedAt, report },
      { reference: 'BBBB-2222', receivedAt, report: { ...report, supportReferral: 'BBBB-2222' } },
    ]);
    expect(referrals).toEqual([
      { reference: 'BBBB-2222', receivedAt, referral: { name: 'Alex', hateCrimeReport: 'BBBB-2222' } },
    ]);
    expect(unreadable).toEqual(['BBBB-3333']);
  });

  it('names the files by the time of the collection, safe on any file system', () => {
    expect(caseFileNames(new Date('2026-11-27T20:30:00Z'))).toEqual({
      json: 'referrals-2026-11-27T20-30-00-000Z.json',
      csv: 'referrals-2026-11-27T20-30-00-000Z.csv',
    });
  });
});
