/**
 * The hub's collection run, whatever the referrals come from: every
 * referral written once as JSON and CSV before the source is told it can
 * erase them; a failed run leaves no plaintext file and marks nothing
 * collected; a run whose acknowledgement was lost never writes the same
 * referrals again; and failures say what is wrong in plain words.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollectedReferral, SealedReferral } from './case-files.ts';
import {
  collectReferrals,
  LEDGER_FILE,
  LOCK_FILE,
  writeFileDurably,
  type CollectionOptions,
  type ReferralSource,
  type WriteFile,
} from './collection.ts';
import { generateHubKeys, type HubKeys } from './hub-keys.ts';
import { sealForHub } from './sealing.ts';

const now = new Date('2026-11-23T12:00:00Z');

/** An intake in memory: referrals wait, oldest first, until acknowledged; what it was asked is recorded. */
class FakeIntake implements ReferralSource {
  readonly items: SealedReferral[] = [];
  readonly acknowledgements: string[][] = [];
  /** Set to make the next acknowledgements fail: before the intake acts on them, or after (the answer lost). */
  failAcknowledgement: 'before' | 'after' | undefined;

  async waiting(limit: number) {
    return { waiting: this.items.length, referrals: this.items.slice(0, limit) };
  }

  async acknowledge(references: readonly string[]) {
    if (this.failAcknowledgement === 'before') throw new Error('Could not connect to the intake.');
    this.acknowledgements.push([...references]);
    const before = this.items.length;
    for (const reference of references) {
      const index = this.items.findIndex((item) => item.reference === reference);
      if (index >= 0) this.items.splice(index, 1);
    }
    if (this.failAcknowledgement === 'after') throw new Error('The connection was lost.');
    return before - this.items.length;
  }

  references(): string[] {
    return this.items.map((item) => item.reference);
  }
}

describe('a collection run', () => {
  let folder: string;
  let out: string;
  let keys: HubKeys;
  let intake: FakeIntake;
  let count: number;

  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'vf-collection-'));
    out = path.join(folder, 'out');
    keys = await generateHubKeys();
    intake = new FakeIntake();
    count = 0;
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** A referral waiting on the intake, sealed for the given key (the hub's by default). */
  const waiting = async (referral: Record<string, unknown>, publicKey = keys.publicKey, flags?: string[]) => {
    count += 1;
    const reference = `TEST-${String(count).padStart(4, '0')}`;
    const sealed = await sealForHub(
      { receivedAt: now.toISOString(), referral, ...(flags ? { flags } : {}) },
      publicKey,
    );
    intake.items.push({ reference, sealed });
    return reference;
  };

  const collect = (options: Partial<CollectionOptions> = {}) =>
    collectReferrals({ source: intake, keys, outDir: out, now, ...options });

  /** Every case file in the output folder, complete or partial. */
  const caseFiles = () => (safeList(out) ?? []).filter((name) => name.startsWith('referrals-'));

  /** How often each reference appears across all the JSON case files in the output folder. */
  const timesWritten = () => {
    const times = new Map<string, number>();
    for (const name of caseFiles().filter((file) => file.endsWith('.json'))) {
      const referrals = JSON.parse(readFileSync(path.join(out, name), 'utf8')) as CollectedReferral[];
      for (const item of referrals) times.set(item.reference, (times.get(item.reference) ?? 0) + 1);
    }
    return Object.fromEntries(times);
  };

  it('writes every referral intact as JSON and CSV, then acknowledges them, and the next run finds nothing', async () => {
    const sam = await waiting({
      name: 'Sam Uniquename',
      crimeTypes: ['burglary', 'fraud'],
      moreDetails: 'He said "no".',
    });
    const alex = await waiting({ name: 'Alex Second' }, keys.publicKey, ['sent-very-quickly']);
    const result = await collect();
    expect(result.collected.map((item) => item.reference)).toEqual([sam, alex]);
    expect(result.acknowledged).toBe(2);
    expect(intake.acknowledgements).toEqual([[sam, alex]]);
    expect(intake.items).toEqual([]);
    expect(result.files.map((file) => path.basename(file))).toEqual([
      'referrals-2026-11-23T12-00-00-000Z.json',
      'referrals-2026-11-23T12-00-00-000Z.csv',
    ]);
    const json = JSON.parse(readFileSync(result.files[0]!, 'utf8')) as CollectedReferral[];
    expect(json).toEqual([
      {
        reference: sam,
        receivedAt: now.toISOString(),
        referral: { name: 'Sam Uniquename', crimeTypes: ['burglary', 'fraud'], moreDetails: 'He said "no".' },
      },
      {
        reference: alex,
        receivedAt: now.toISOString(),
        referral: { name: 'Alex Second', flags: ['sent-very-quickly'] },
      },
    ]);
    const csv = readFileSync(result.files[1]!, 'utf8');
    expect(csv).toContain('"Sam Uniquename"');
    expect(csv).toContain('"burglary; fraud"');
    expect(csv).toContain('"He said ""no""."');
    expect(csv).toContain('"sent-very-quickly"');
    // The ledger lists what was written, so a later run never writes them again.
    expect(readFileSync(path.join(out, LEDGER_FILE), 'utf8')).toBe(`${sam}\n${alex}\n`);

    const again = await collect({ now: new Date(now.getTime() + 60_000) });
    expect(again.collected).toEqual([]);
    expect(again.files).toEqual([]);
    expect(caseFiles()).toHaveLength(2);
  });

  it('writes files only the hub’s own account can read, leaves no temporary file, and no lock', async () => {
    await waiting({ name: 'Sam' });
    const result = await collect();
    for (const file of [...result.files, path.join(out, LEDGER_FILE)])
      expect(statSync(file).mode & 0o077, file).toBe(0);
    expect(statSync(out).mode & 0o077).toBe(0);
    expect(readdirSync(out).sort()).toEqual([LEDGER_FILE, ...result.files.map((file) => path.basename(file))].sort());
  });

  it('leaves a referral it cannot open waiting, reports it, and collects the rest', async () => {
    const stranger = await generateHubKeys();
    const unreadable = await waiting({ name: 'Wrong Key' }, stranger.publicKey);
    const readable = await waiting({ name: 'Right Key' });
    const result = await collect();
    expect(result.collected.map((item) => item.reference)).toEqual([readable]);
    expect(result.unreadable).toEqual([unreadable]);
    expect(intake.acknowledgements.flat()).not.toContain(unreadable);
    expect(intake.references()).toEqual([unreadable]);
    expect(JSON.stringify(timesWritten())).not.toContain('Wrong Key');
  });

  it('gets past referrals it cannot open, batch by batch, and writes each of the rest once', async () => {
    const stranger = await generateHubKeys();
    const unreadable = [];
    for (let index = 0; index < 3; index += 1) unreadable.push(await waiting({ name: 'Old Key' }, stranger.publicKey));
    const readable = [];
    for (let index = 0; index < 5; index += 1) readable.push(await waiting({ name: `Person ${index}` }));
    const result = await collect({ batchSize: 2 });
    expect(result.collected.map((item) => item.reference)).toEqual(readable);
    expect(result.unreadable).toEqual(unreadable);
    expect(intake.references()).toEqual(unreadable);
    expect(timesWritten()).toEqual(Object.fromEntries(readable.map((reference) => [reference, 1])));
    // One pair of files per batch, none overwriting another.
    expect(caseFiles()).toHaveLength(result.files.length);
    expect(result.files.length).toBeGreaterThanOrEqual(4);
  });

  it('never overwrites case files from an earlier run that had the same time', async () => {
    const first = await waiting({ name: 'First' });
    await collect();
    const second = await waiting({ name: 'Second' });
    const result = await collect();
    expect(path.basename(result.files[0]!)).toBe('referrals-2026-11-23T12-00-00-000Z-2.json');
    expect(timesWritten()).toEqual({ [first]: 1, [second]: 1 });
  });

  describe('when the disk fills up (item 8)', () => {
    /** Writes files as usual, but the disk is "full" when a file whose name ends with `failing` is written. */
    const diskFullAt =
      (failing: string): WriteFile =>
      (file, content) => {
        if (file.endsWith(failing)) {
          writeFileSync(file, content.slice(0, 10));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        writeFileDurably(file, content);
      };

    it('keeps no case file, complete or partial, and acknowledges nothing, when the CSV cannot be written after the JSON', async () => {
      const references = [await waiting({ name: 'Sam' }), await waiting({ name: 'Alex' })];
      await expect(collect({ writeFile: diskFullAt('.csv.partial') })).rejects.toThrow(
        /case files could not be written in .*out: the disk is full\. No files were kept and nothing was marked as collected/,
      );
      expect(caseFiles()).toEqual([]);
      expect(intake.acknowledgements).toEqual([]);
      expect(intake.references()).toEqual(references);
      expect(readdirSync(out)).not.toContain(LOCK_FILE);

      // Once there is space again, the next run writes each referral exactly once.
      const result = await collect({ now: new Date(now.getTime() + 60_000) });
      expect(result.collected.map((item) => item.reference)).toEqual(references);
      expect(timesWritten()).toEqual({ [references[0]!]: 1, [references[1]!]: 1 });
      expect(intake.items).toEqual([]);
    });

    it('keeps nothing either when the JSON itself cannot be written', async () => {
      await waiting({ name: 'Sam' });
      await expect(collect({ writeFile: diskFullAt('.json.partial') })).rejects.toThrow(/the disk is full/);
      expect(caseFiles()).toEqual([]);
      expect(intake.acknowledgements).toEqual([]);
    });

    it('removes the files when what was written cannot be recorded, so the next run writes them once', async () => {
      const reference = await waiting({ name: 'Sam' });
      // The ledger's name leads where nothing can be written (a path under a file), as a failing disk would.
      writeFileSync(path.join(folder, 'a-file'), '');
      mkdirSync(out, { recursive: true });
      symlinkSync(path.join(folder, 'a-file', 'ledger'), path.join(out, LEDGER_FILE));
      await expect(collect()).rejects.toThrow(/cannot be written to/);
      expect(caseFiles()).toEqual([]);
      expect(intake.acknowledgements).toEqual([]);
      rmSync(path.join(out, LEDGER_FILE));
      await collect();
      expect(timesWritten()).toEqual({ [reference]: 1 });
    });

    it('removes temporary files a killed run left behind, before anything else', async () => {
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, 'referrals-2026-11-22T09-00-00-000Z.json.partial'), '[{"name": "half a referral');
      await waiting({ name: 'Sam' });
      await collect();
      expect(caseFiles().filter((name) => name.endsWith('.partial'))).toEqual([]);
    });
  });

  describe('when the intake is not told (item 8)', () => {
    it('acknowledges them on the next run without writing them again, when the acknowledgement failed', async () => {
      const references = [await waiting({ name: 'Sam' }), await waiting({ name: 'Alex' })];
      intake.failAcknowledgement = 'before';
      const failed = await collect();
      expect(failed.acknowledgementFailed).toMatch(/Could not connect/);
      expect(failed.files).toHaveLength(2);
      expect(intake.references()).toEqual(references);

      intake.failAcknowledgement = undefined;
      const next = await collect({ now: new Date(now.getTime() + 60_000) });
      expect(next.collected).toEqual([]);
      expect(next.files).toEqual([]);
      expect(next.alreadyWritten).toEqual(references);
      expect(next.acknowledged).toBe(2);
      expect(intake.items).toEqual([]);
      expect(timesWritten()).toEqual({ [references[0]!]: 1, [references[1]!]: 1 });
    });

    it('writes nothing twice when a run stopped after naming its files but before adding them to the ledger', async () => {
      const references = [await waiting({ name: 'Sam' }), await waiting({ name: 'Alex' })];
      intake.failAcknowledgement = 'before';
      await collect();
      // As if the run had been killed between giving the files their names and recording them in the ledger.
      rmSync(path.join(out, LEDGER_FILE));
      intake.failAcknowledgement = undefined;
      const next = await collect({ now: new Date(now.getTime() + 60_000) });
      expect(next.files).toEqual([]);
      expect(next.alreadyWritten).toEqual(references);
      expect(intake.items).toEqual([]);
      expect(timesWritten()).toEqual({ [references[0]!]: 1, [references[1]!]: 1 });
    });

    it('writes nothing twice when the intake acted on the acknowledgement but its answer was lost', async () => {
      const reference = await waiting({ name: 'Sam' });
      const later = await waiting({ name: 'Later' });
      intake.failAcknowledgement = 'after';
      const failed = await collect({ batchSize: 1 });
      expect(failed.acknowledgementFailed).toMatch(/connection was lost/);
      intake.failAcknowledgement = undefined;
      await collect({ now: new Date(now.getTime() + 60_000) });
      expect(timesWritten()).toEqual({ [reference]: 1, [later]: 1 });
      expect(intake.items).toEqual([]);
    });
  });

  describe('when the output folder cannot be used (item 8)', () => {
    it('says the folder cannot be written, naming it, when part of its path is a file', async () => {
      const file = path.join(folder, 'a-file');
      writeFileSync(file, '');
      await waiting({ name: 'Sam' });
      const outDir = path.join(file, 'out');
      const failure = collect({ outDir });
      await expect(failure).rejects.toThrow(`The folder ${outDir} cannot be written to`);
      await expect(failure).rejects.not.toThrow(/Another collection/);
      expect(intake.acknowledgements).toEqual([]);
      // The folder's own name taken by a file: the same.
      await expect(collect({ outDir: file })).rejects.toThrow(/is a file, not a folder/);
    });

    // Root may write anywhere, so chmod cannot make a folder unwritable when the tests run as root (as in CI
    // containers); the case above covers the same path in the code.
    it.skipIf(process.getuid?.() === 0)(
      'says the folder cannot be written, not that another collection is running, when it is read-only',
      async () => {
        mkdirSync(out, { recursive: true });
        chmodSync(out, 0o500);
        try {
          await waiting({ name: 'Sam' });
          const failure = collect();
          await expect(failure).rejects.toThrow(`The folder ${out} cannot be written to: this account is not allowed`);
          await expect(failure).rejects.not.toThrow(/Another collection/);
          expect(intake.acknowledgements).toEqual([]);
        } finally {
          chmodSync(out, 0o700);
        }
      },
    );

    it('refuses to run while another collection is running, and collects nothing', async () => {
      await waiting({ name: 'Sam' });
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, LOCK_FILE), '');
      await expect(collect()).rejects.toThrow(/Another collection is running/);
      expect(intake.acknowledgements).toEqual([]);
      expect(caseFiles()).toEqual([]);
      // Once the stale lock is deleted, as the message says, collection works again.
      rmSync(path.join(out, LOCK_FILE));
      expect((await collect()).collected).toHaveLength(1);
    });
  });
});

/** The names in a folder, or undefined when there is no such folder. */
function safeList(folder: string): string[] | undefined {
  try {
    return readdirSync(folder);
  } catch {
    return undefined;
  }
}
