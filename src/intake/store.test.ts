/**
 * The referral store on its own: committed to disk before it answers, each
 * referral stored once however often it is sent, nothing readable of what
 * people wrote, and referrals handed over, marked and deleted as the hub's
 * collection needs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson, openReferralStore, type RecordRequest, type ReferralStore } from './store.ts';

// References the store draws next, to make a clash happen; when empty, references are random as usual.
const { nextReferences } = vi.hoisted(() => ({ nextReferences: [] as string[] }));
vi.mock('./reference.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./reference.ts')>();
  return { ...actual, newReference: () => nextReferences.shift() ?? actual.newReference() };
});

const receivedAt = new Date('2026-11-23T12:00:00Z');
const sam = canonicalJson({ name: 'Sam Uniquename', postcode: 'OX1 1AA' });
const alex = canonicalJson({ name: 'Alex Other', postcode: 'OX2 2BB' });

/** A referral to store: the sealed bytes do not matter to the store, only that it keeps them. */
function request(canonicalBody: string, idempotencyKey?: string, at = receivedAt): RecordRequest {
  return {
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    canonicalBody,
    sealed: Uint8Array.from([1, 2, 3]),
    receivedAt: at,
  };
}

describe('the referral store', () => {
  let folder: string;
  let file: string;
  let store: ReferralStore;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'vf-store-'));
    file = path.join(folder, 'referrals.sqlite');
    store = openReferralStore(file);
  });

  afterEach(() => {
    store.close();
    nextReferences.length = 0;
    rmSync(folder, { recursive: true, force: true });
  });

  it('commits each referral to disk before answering (WAL, synchronous FULL)', () => {
    expect(store.durability()).toEqual({ journalMode: 'wal', synchronous: 2 });
  });

  it('makes the folder for a new database', () => {
    const deeper = path.join(folder, 'not', 'there', 'yet.sqlite');
    const other = openReferralStore(deeper);
    other.close();
    expect(existsSync(deeper)).toBe(true);
  });

  it('stores a referral sent again with the same key once, and tells different answers under that key apart', () => {
    const first = store.record(request(sam, 'retry-key-0123456789'));
    expect(first.status).toBe('stored');
    expect(store.record(request(sam, 'retry-key-0123456789'))).toEqual({
      status: 'repeat',
      reference: first.reference,
    });
    expect(store.record(request(alex, 'retry-key-0123456789'))).toEqual({
      status: 'conflict',
      reference: first.reference,
    });
    expect(store.count()).toBe(1);
  });

  it('stores the same answers sent twice without a key once, and different answers apart', () => {
    const first = store.record(request(sam));
    expect(store.record(request(sam))).toEqual({ status: 'repeat', reference: first.reference });
    expect(store.record(request(alex)).status).toBe('stored');
    expect(store.count()).toBe(2);
  });

  it('still recognises a referral sent again after a restart', () => {
    const first = store.record(request(sam));
    store.close();
    store = openReferralStore(file);
    expect(store.record(request(sam))).toEqual({ status: 'repeat', reference: first.reference });
  });

  it('keeps neither what people wrote nor a plain hash of it', () => {
    store.record(request(sam));
    const db = new DatabaseSync(file, { readOnly: true });
    const row = db.prepare('SELECT body_hash, idempotency_key FROM referrals').get() as Record<string, string>;
    db.close();
    const plainHash = createHash('sha256').update(sam).digest('hex');
    expect(row.body_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.body_hash).not.toBe(plainHash);
    expect(JSON.stringify(row)).not.toContain('Uniquename');
  });

  it('gives a new referral a different reference when the one drawn is already taken', () => {
    nextReferences.push('7KXM-QD4R', '7KXM-QD4R', '9CDE-FGHJ');
    expect(store.record(request(sam)).reference).toBe('7KXM-QD4R');
    expect(store.record(request(alex))).toEqual({ status: 'stored', reference: '9CDE-FGHJ' });
    expect(store.count()).toBe(2);
  });

  it('keeps working after a referral it could not write, and keeps nothing of it', () => {
    const unwritable = { ...request(sam), sealed: null as unknown as Uint8Array };
    expect(() => store.record(unwritable)).toThrow();
    expect(store.count()).toBe(0);
    expect(store.record(request(sam)).status).toBe('stored');
  });

  it('hands over waiting referrals oldest first, sealed bytes intact', () => {
    const later = store.record(request(alex, undefined, new Date('2026-11-23T13:00:00Z')));
    const earlier = store.record(request(sam, undefined, new Date('2026-11-23T11:00:00Z')));
    const waiting = store.uncollected();
    expect(waiting.map((row) => row.reference)).toEqual([earlier.reference, later.reference]);
    expect(waiting[0]).toEqual({
      reference: earlier.reference,
      sealed: Uint8Array.from([1, 2, 3]),
      receivedAt: '2026-11-23T11:00:00.000Z',
      collectedAt: null,
    });
  });

  it('marks a referral collected once, keeping the first date, and deletes only those collected before a date', () => {
    const collected = store.record(request(sam));
    const waiting = store.record(request(alex));
    store.markCollected([collected.reference], new Date('2026-11-24T12:00:00Z'));
    expect(store.uncollected().map((row) => row.reference)).toEqual([waiting.reference]);
    // Marking it again (a second run) does not move its date, so it is still deleted on time.
    store.markCollected([collected.reference], new Date('2026-12-30T12:00:00Z'));
    expect(store.deleteCollectedBefore(new Date('2026-11-24T12:00:00Z'))).toBe(0);
    expect(store.deleteCollectedBefore(new Date('2026-12-01T00:00:00Z'))).toBe(1);
    // The referral still waiting is never deleted, however old.
    expect(store.deleteCollectedBefore(new Date('2099-01-01T00:00:00Z'))).toBe(0);
    expect(store.count()).toBe(1);
  });
});

describe('canonical JSON', () => {
  it('gives the same text for the same referral, whatever order its answers came in', () => {
    expect(canonicalJson({ name: 'Sam', crimeTypes: ['fraud', 'burglary'], nested: { b: 1, a: 2 } })).toBe(
      canonicalJson({ nested: { a: 2, b: 1 }, crimeTypes: ['fraud', 'burglary'], name: 'Sam' }),
    );
    // Lists keep their order: it is part of the answer.
    expect(canonicalJson({ crimeTypes: ['fraud', 'burglary'] })).not.toBe(
      canonicalJson({ crimeTypes: ['burglary', 'fraud'] }),
    );
  });
});
