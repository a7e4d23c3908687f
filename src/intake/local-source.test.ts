/** Collecting from the store on this machine: the same run as remote collection, and the store erases what it gives. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localSource } from './local-source.ts';
import type { ReferralStore } from './store/referral-store.ts';
import { collectReferrals } from '../hub/collection.ts';
import { generateHubKeys, type HubKeys } from '../hub/hub-keys.ts';
import { sealForHub } from '../hub/sealing.ts';
import { storeInNewFolder, type StoreInFolder } from '../../tests/support/intake-setup.ts';

const start = new Date('2026-11-23T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

describe('collecting from the store on this machine', () => {
  let kept: StoreInFolder;
  let store: ReferralStore;
  let keys: HubKeys;

  beforeEach(async () => {
    kept = await storeInNewFolder('vf-local-source-');
    store = kept.store;
    keys = await generateHubKeys();
  });

  afterEach(async () => {
    await kept.remove();
  });

  const receive = async (name: string, at: Date) => {
    const sealed = await sealForHub({ receivedAt: at.toISOString(), referral: { name } }, keys.publicKey);
    return (await store.record({ answersHash: `hash-${name}`, sealed, receivedAt: at, repeatWindowMs: 60_000 }))
      .reference;
  };

  it('writes the waiting referrals once, then the store no longer holds them', async () => {
    const reference = await receive('Sam Local', start);
    const out = path.join(kept.folder, 'out');
    const result = await collectReferrals({
      source: localSource(store, { retentionDays: 30, now: () => start }),
      keys,
      outDir: out,
      now: start,
    });
    expect(result.collected.map((item) => item.reference)).toEqual([reference]);
    expect(await store.waitingCount()).toBe(0);
    expect(await store.waiting(10)).toEqual([]);
    const json = readdirSync(out).find((name) => name.endsWith('.json'))!;
    expect(readFileSync(path.join(out, json), 'utf8')).toContain('Sam Local');
  });

  it('forgets references acknowledged more than the retention period ago, and never those still waiting', async () => {
    const old = await receive('Collected Long Ago', start);
    await localSource(store, { retentionDays: 30, now: () => start }).acknowledge([old]);
    const later = new Date(start.getTime() + 31 * DAY_MS);
    const waiting = await receive('Still Waiting', later);
    const forgotten: Date[] = [];
    const watched = Object.assign(Object.create(store) as ReferralStore, {
      forgetAcknowledgedBefore: (date: Date) => {
        forgotten.push(date);
        return store.forgetAcknowledgedBefore(date);
      },
    });
    const source = localSource(watched, { retentionDays: 30, now: () => later });
    expect(await source.acknowledge([])).toBe(0);
    expect(forgotten).toEqual([new Date(later.getTime() - 30 * DAY_MS)]);
    expect(await watched.forgetAcknowledgedBefore(later)).toBe(0);
    expect((await source.waiting(10)).referrals.map((item) => item.reference)).toEqual([waiting]);
  });
});
