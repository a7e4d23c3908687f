/**
 * `npm run intake`: the hub intake on its own, for a real installation where
 * the site is on a static host. Needs the hub's public key (HUB_PUBLIC_KEY or
 * HUB_PUBLIC_KEY_FILE), and SITE_ORIGIN, the site's address, for CORS.
 * DATABASE_URL (PostgreSQL) or INTAKE_DATABASE (a SQLite file) says where to
 * store referrals; HUB_COLLECTION_KEY lets hub staff collect them from their
 * own computer; INTAKE_REPEAT_KEY is shared by intakes that share a
 * database; TRUST_PROXY says which proxy to believe; PORT where to listen
 * (default 4322). A setting that cannot be used stops it with a message.
 */
import type { FastifyInstance } from 'fastify';
import { intakeEnvironment, settingOrStop, trustProxyFromEnvironment } from '../src/intake/config.ts';
import {
  formPagesByLanguage,
  hateCrimeReportPage,
  referralFormPage,
  reportPagesByLanguage,
} from '../src/intake/intake.ts';
import { createIntakeServer } from '../src/intake/intake-server.ts';
import { openReferralStore } from '../src/intake/store/open-store.ts';
import type { ReferralStore } from '../src/intake/store/referral-store.ts';
import { readReferrableServices } from '../src/content-model/services-file.ts';
import { readSettingsFile } from '../src/content-model/settings-file.ts';

const settings = readSettingsFile();
const environment = settingOrStop(() => intakeEnvironment(process.env, settings));
const trustProxy = settingOrStop(() => trustProxyFromEnvironment());
const hubPublicKey = environment.hubPublicKey ?? stopWithoutPublicKey();
const port = Number(process.env.PORT ?? 4322);
const siteOrigin = process.env.SITE_ORIGIN ?? settings.siteUrl;

const template = await referralPageTemplate('/refer/');
const reportTemplate = await referralPageTemplate('/report-hate-crime/');
const translatedTemplates = new Map<string, string | undefined>();
const translatedReportTemplates = new Map<string, string | undefined>();
for (const { code } of settings.translations.languages) {
  translatedTemplates.set(code, await referralPageTemplate(`/${code}/refer/`));
  translatedReportTemplates.set(code, await referralPageTemplate(`/${code}/report-hate-crime/`));
}
const store = await openReferralStore(environment.store);
const app = await createIntakeServer(
  {
    store,
    hubPublicKey,
    repeatKey: environment.repeatKey,
    collectionKeys: environment.collectionKeys,
    commsKeys: environment.commsKeys,
    // On a static host no server of ours sees pages being read: the pages send each read here (PAGE_READS_BEACON).
    ...(settings.insight.countPageReads ? { countReadsByBeacon: { store } } : {}),
    keepReferencesDays: environment.keepReferencesDays,
    siteOrigin,
    hubPhone: settings.hub.phone,
    formPage: referralFormPage(settings, () => template, readReferrableServices()),
    formPages: formPagesByLanguage(settings, (lang) => () => translatedTemplates.get(lang), readReferrableServices()),
    reportPage: hateCrimeReportPage(settings, () => reportTemplate),
    reportPages: reportPagesByLanguage(settings, (lang) => () => translatedReportTemplates.get(lang)),
    logRequests: process.env.INTAKE_LOG !== 'off',
    ...(process.env.INTAKE_PER_MINUTE ? { perMinute: Number(process.env.INTAKE_PER_MINUTE) } : {}),
  },
  { trustProxy },
);
await app.listen({ port, host: process.env.HOST ?? '127.0.0.1' });
const address = app.server.address();
const listening = typeof address === 'object' && address ? address.port : port;
console.log(
  `The hub intake is listening on http://127.0.0.1:${listening}/api/referrals, storing to ${environment.storeName}.`,
);
console.log(
  environment.collectionKeys.length > 0
    ? `Hub staff can collect referrals (collection key from ${environment.collectionKeySource}).`
    : 'Collection from the hub is off: set HUB_COLLECTION_KEY to turn it on (see docs/hub-staff.md).',
);
if (environment.repeatKeySource !== 'INTAKE_REPEAT_KEY') {
  console.log(
    'INTAKE_REPEAT_KEY is not set: a form sent twice is recognised only until this intake restarts, and only by this intake.',
  );
}
closeOnSignals(app, store);

/** The intake cannot seal referrals without the hub's public key, so it does not start. */
function stopWithoutPublicKey(): never {
  console.error(
    'The intake needs the hub\'s public key: set HUB_PUBLIC_KEY, or HUB_PUBLIC_KEY_FILE (make one with "npm run hub:keygen").',
  );
  process.exit(1);
}

/**
 * Forms sent without JavaScript get the site's /refer/ page back, with their
 * errors or the confirmation. On its own, the intake fetches that page from
 * the site once at start-up and points its links back at the site.
 */
async function referralPageTemplate(path: string): Promise<string | undefined> {
  const address =
    path === '/refer/' && process.env.REFERRAL_PAGE_URL
      ? process.env.REFERRAL_PAGE_URL
      : new URL(path, process.env.REFERRAL_PAGE_URL ?? siteOrigin).href;
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return (await response.text()).replace('<head>', `<head><base href="${new URL('/', address).href}">`);
  } catch (error) {
    console.warn(
      `Could not fetch the referral page from ${address} (${String(error)}): forms sent without JavaScript will get a plain answer.`,
    );
    return undefined;
  }
}

/** On SIGINT or SIGTERM, finish the requests under way, then close the database cleanly, then stop. */
function closeOnSignals(server: FastifyInstance, referrals: ReferralStore): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void server
        .close()
        .then(() => referrals.close())
        .then(() => process.exit(0));
    });
  }
}
