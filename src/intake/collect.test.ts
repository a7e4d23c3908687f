/**
 * The hub's collection run: referrals the intake received, opened with the
 * hub's private key and written for the case management system as JSON and
 * CSV, once; deleted after the retention period; and CSV a spreadsheet
 * cannot turn into a formula.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectReferrals, csvCell, keyPairFromPrivateKey, toCsv, type CollectOptions } from './collect.ts';
import { receiveReferral, type IntakeOptions } from './intake.ts';
import { openReferralStore, type ReferralStore } from './store.ts';
import { REFERRAL_FIELD_NAMES } from '../features/referral/schema.ts';
import { generateHubKeyPair, sealForHub, type HubKeyPair } from '../hub/sealing.ts';
import { validReferral } from '../../tests/support/referrals.ts';

const now = new Date('2026-11-23T12:00:00Z');

describe('collecting referrals for the hub', () => {
  let folder: string;
  let out: string;
  let store: ReferralStore;
  let keys: HubKeyPair;
  let intake: IntakeOptions;

  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'vf-collect-'));
    out = path.join(folder, 'out');
    store = openReferralStore(path.join(folder, 'referrals.sqlite'));
    keys = await generateHubKeyPair();
    intake = { store, hubPublicKey: keys.publicKey, siteOrigin: 'http://localhost:4321', hubPhone: '0300 1234 148' };
  });

  afterEach(() => {
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** A referral received as the intake receives a form: checked, sealed and stored. */
  const receive = async (body: object) =>
    (await receiveReferral(body, intake, now, 'Please call the Victims First Hub on 0300 1234 148.')).body as {
      reference: string;
    };

  const collect = (options: Partial<CollectOptions> = {}) =>
    collectReferrals({ store, keys, outDir: out, columns: REFERRAL_FIELD_NAMES, retentionDays: 30, now, ...options });

  it('gives the hub every referral intact when collected, once, as JSON and CSV', async () => {
    const first = await receive(validReferral);
    const second = await receive({ ...validReferral, name: 'Alex Second', idempotencyKey: 'second-referral-key-1' });
    const result = await collect({ keys: await keyPairFromPrivateKey(keys.privateKey) });
    expect(result.collected.map((item) => item.reference).sort()).toEqual([first.reference, second.reference].sort());
    const sam = result.collected.find((item) => item.reference === first.reference)!;
    expect(sam.referral).toMatchObject({
      name: 'Sam Uniquename',
      crimeTypes: ['burglary', 'fraud'],
      moreDetails: validReferral.moreDetails,
    });
    expect(sam.receivedAt).toBe(now.toISOString());
    const json = JSON.parse(readFileSync(result.files[0]!, 'utf8')) as unknown[];
    expect(json).toHaveLength(2);
    const csv = readFileSync(result.files[1]!, 'utf8');
    expect(csv).toContain('"Sam Uniquename"');
    expect(csv).toContain('"burglary; fraud"');
    expect(csv).toContain('"They came at night. ""Quotes"", commas, and ünïcödé."');
    // Collected once: the next run finds nothing new.
    const again = await collect();
    expect(again.collected).toEqual([]);
  });

  it('writes files only the hub’s own account can read', async () => {
    await receive(validReferral);
    const result = await collect();
    expect(result.files).toHaveLength(2);
    for (const file of result.files) expect(statSync(file).mode & 0o077, file).toBe(0);
    expect(statSync(out).mode & 0o077).toBe(0);
    // Nothing half-written is left behind.
    expect(readdirSync(out).filter((file) => file.endsWith('.partial'))).toEqual([]);
  });

  it('deletes collected referrals after the retention period, and never uncollected ones', async () => {
    await receive(validReferral);
    await collect();
    await receive({ ...validReferral, name: 'Still Waiting', idempotencyKey: 'still-waiting-key-01' });
    const later = new Date(now.getTime() + 31 * 24 * 60 * 60 * 1000);
    const result = await collect({ now: later });
    expect(result.deleted).toBe(1);
    expect(result.collected.map((item) => item.referral.name)).toEqual(['Still Waiting']);
  });

  it('leaves a referral it cannot open waiting, and collects the rest', async () => {
    await receive(validReferral);
    const stranger = await generateHubKeyPair();
    const sealedForSomeoneElse = await sealForHub(
      { receivedAt: now.toISOString(), referral: { name: 'Wrong Key' } },
      stranger.publicKey,
    );
    store.record({
      idempotencyKey: 'wrong-key-referral-01',
      canonicalBody: '{}',
      sealed: sealedForSomeoneElse,
      receivedAt: now,
    });
    const result = await collect();
    expect(result.collected.map((item) => item.referral.name)).toEqual(['Sam Uniquename']);
    expect(result.unreadable).toHaveLength(1);
    expect(store.uncollected()).toHaveLength(1);
  });

  it('refuses to run while another collection is running, and collects nothing', async () => {
    await receive(validReferral);
    mkdirSync(out, { recursive: true });
    closeSync(openSync(path.join(out, '.collecting.lock'), 'w'));
    await expect(collect()).rejects.toThrow(/Another collection is running/);
    expect(store.uncollected()).toHaveLength(1);
    // Once the stale lock is deleted, as the message says, collection works again.
    rmSync(path.join(out, '.collecting.lock'));
    expect((await collect()).collected).toHaveLength(1);
  });

  it('needs only the private key: the public key is worked out from it', async () => {
    expect(await keyPairFromPrivateKey(`  ${keys.privateKey}\n`)).toEqual(keys);
  });
});

describe('CSV for the case management system', () => {
  it('quotes every cell and never lets a spreadsheet run a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    // Phone numbers stay as they are.
    expect(csvCell('+44 7700 900982')).toBe('"+44 7700 900982"');
    expect(csvCell(['a', 'b'])).toBe('"a; b"');
    expect(csvCell(undefined)).toBe('""');
  });

  it('has a header row, then one row per referral with its reference and when it came, lines ending CRLF', () => {
    const csv = toCsv(
      [{ reference: '7KXM-QD4R', receivedAt: '2026-11-23T12:00:00.000Z', referral: { name: 'Sam', phone: null } }],
      ['name', 'phone'],
    );
    expect(csv).toBe('"reference","receivedAt","name","phone"\r\n"7KXM-QD4R","2026-11-23T12:00:00.000Z","Sam",""\r\n');
  });
});
