/**
 * What the intake's tests set up again and again: a store in a temporary folder, the options an intake needs, and
 * the /refer/ page it answers a form sent without JavaScript with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ERROR_REGION, FORM_REGION, PAGE_REGION } from '../../src/features/referral/form-markup.ts';
import { generateHubKeys } from '../../src/hub/hub-keys.ts';
import { REFERRALS_PATH, type IntakeOptions } from '../../src/intake/intake.ts';
import { openReferralStore } from '../../src/intake/store/open-store.ts';
import type { ReferralStore } from '../../src/intake/store/referral-store.ts';

/** The site the tests' intakes take referrals for: neither the intake's own origin nor an attacker's. */
export const SITE_ORIGIN = 'http://localhost:4321';
/** The hub's phone number, as the tests' intakes give it. */
export const HUB_PHONE = '0300 1234 148';

/** A SQLite store in a folder of its own, as the intake keeps one. */
export interface StoreInFolder {
  folder: string;
  store: ReferralStore;
  /** Close the store and delete the folder. */
  remove(): Promise<void>;
}

/** A new SQLite store (referrals.sqlite) in a new temporary folder whose name starts with `prefix`. */
export async function storeInNewFolder(prefix: string): Promise<StoreInFolder> {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  const store = await openReferralStore({ file: path.join(folder, 'referrals.sqlite') });
  return {
    folder,
    store,
    remove: async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The options of an intake on this store: the public half of a new hub key pair (unless one is given), the site at
 * SITE_ORIGIN and the hub's phone; and whatever else is given.
 */
export async function intakeOptions(
  store: ReferralStore,
  more: Partial<Omit<IntakeOptions, 'store'>> = {},
): Promise<IntakeOptions> {
  return {
    store,
    hubPublicKey: more.hubPublicKey ?? (await generateHubKeys()).publicKey,
    siteOrigin: SITE_ORIGIN,
    hubPhone: HUB_PHONE,
    ...more,
  };
}

/** The site's /refer/ page as the intake fills it in: only the regions it fills matter, and one service. */
const referPage = [
  '<!doctype html><html><head><title>Ask for support – Victims First</title></head><body><main>',
  PAGE_REGION.start,
  ERROR_REGION.start,
  ERROR_REGION.end,
  '<h1>Ask for support</h1>',
  FORM_REGION.start,
  '<form></form>',
  FORM_REGION.end,
  PAGE_REGION.end,
  '</main></body></html>',
].join('');

/** The referral form page, for an intake that answers forms sent without JavaScript with a page. */
export const referFormPage: NonNullable<IntakeOptions['formPage']> = {
  template: () => referPage,
  context: {
    endpoint: REFERRALS_PATH,
    hubPhone: HUB_PHONE,
    callsFrom: HUB_PHONE,
    emergency: '999',
    silentSolutionCode: '55',
    services: [{ value: 'young-victims-service', label: 'Young Victims Service' }],
  },
  talkNow: [{ name: 'Samaritans', phone: '116 123' }],
  emergency: '999',
  contactWithinWorkingDays: 2,
  callsFrom: HUB_PHONE,
};
