/**
 * `npm run serve`: serve the built site at http://localhost:4321/ (PORT to
 * change it), with the hub intake beside it at /api/, storing to SQLite
 * (INTAKE_DATABASE) or PostgreSQL (DATABASE_URL).
 *
 * The intake needs the hub's public key (HUB_PUBLIC_KEY or
 * HUB_PUBLIC_KEY_FILE). Without one, and only when this computer alone can
 * reach the server (HOST unset or loopback, and a localhost SITE_ORIGIN), a
 * key pair for local use is made in HUB_KEY_FOLDER (default data/hub-keys/),
 * with the collection key, so a fresh machine works at once and the local
 * hub page can collect. Anywhere else it refuses to start and writes
 * nothing: a server others can reach must never hold the private key.
 *
 * When Site settings say so (insight.countPageReads), it counts how many
 * times each page is read each day into the same store: no address, user
 * agent or cookie, and not when the browser asks not to be tracked.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  COLLECTION_KEY_FILE,
  DEFAULT_KEY_FOLDER,
  intakeEnvironment,
  mayMakeLocalKeys,
  PRIVATE_KEY_FILE,
  PUBLIC_KEY_FILE,
  settingOrStop,
  trustProxyFromEnvironment,
  type IntakeEnvironment,
} from '../src/intake/config.ts';
import {
  formPagesByLanguage,
  hateCrimeReportPage,
  referralFormPage,
  reportPagesByLanguage,
} from '../src/intake/intake.ts';
import { openReferralStore } from '../src/intake/store/open-store.ts';
import { generateHubKeys, hubKeysFromPrivateKey } from '../src/hub/hub-keys.ts';
import { writeKeyFiles } from '../src/hub/key-files.ts';
import { readReferrableServices } from '../src/content-model/services-file.ts';
import { readSettingsFile } from '../src/content-model/settings-file.ts';
import { createSiteServer } from '../src/hosting/site-server.ts';

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST || 'localhost';
const siteOrigin = process.env.SITE_ORIGIN ?? `http://localhost:${port}`;
const settings = readSettingsFile();
const trustProxy = settingOrStop(() => trustProxyFromEnvironment());

// Local keys live in HUB_KEY_FOLDER (default data/hub-keys/), unless a key is given outright.
const folder = process.env.HUB_KEY_FOLDER ?? DEFAULT_KEY_FOLDER;
const localKeyFiles = {
  HUB_PUBLIC_KEY_FILE: path.join(folder, PUBLIC_KEY_FILE),
  HUB_COLLECTION_KEY_FILE: path.join(folder, COLLECTION_KEY_FILE),
};
const readEnvironment = (): IntakeEnvironment =>
  settingOrStop(() => intakeEnvironment({ ...localKeyFiles, ...process.env }, settings));

let environment = readEnvironment();
const local = process.env.NODE_ENV !== 'production' && mayMakeLocalKeys({ host: process.env.HOST, siteOrigin });
if (!environment.hubPublicKey) {
  if (!local) stopWithoutPublicKey();
  await makeLocalKeys();
  environment = settingOrStop(() => intakeEnvironment({ ...process.env, ...localKeyFiles }, settings));
} else if (local && environment.collectionKeys.length === 0) {
  await addLocalCollectionKey();
  environment = readEnvironment();
}

/** A page of the built site, read each time it is needed (a rebuild changes it); undefined when it was not built. */
function builtPage(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

const store = await openReferralStore(environment.store);
const app = await createSiteServer({
  root: 'dist',
  trustProxy,
  // How many times each page is read each day, and nothing about who read it (src/intake/page-reads.ts).
  ...(settings.insight.countPageReads ? { countReads: { store } } : {}),
  intake: {
    store,
    hubPublicKey: environment.hubPublicKey!,
    repeatKey: environment.repeatKey,
    collectionKeys: environment.collectionKeys,
    commsKeys: environment.commsKeys,
    keepReferencesDays: environment.keepReferencesDays,
    siteOrigin,
    hubPhone: settings.hub.phone,
    logRequests: process.env.INTAKE_LOG !== 'off',
    // Forms sent without JavaScript get the /refer/ page back, with their errors or the confirmation.
    formPage: referralFormPage(settings, () => builtPage('dist/refer/index.html'), readReferrableServices()),
    // …and forms sent from /<code>/refer/ get that page back, in its language.
    formPages: formPagesByLanguage(
      settings,
      (lang) => () => builtPage(`dist/${lang}/refer/index.html`),
      readReferrableServices(),
    ),
    // Hate crime reports sent without JavaScript get the /report-hate-crime/ page back.
    reportPage: hateCrimeReportPage(settings, () => builtPage('dist/report-hate-crime/index.html')),
    // …and from /<code>/report-hate-crime/, in its language.
    reportPages: reportPagesByLanguage(
      settings,
      (lang) => () => builtPage(`dist/${lang}/report-hate-crime/index.html`),
    ),
  },
});
await app.listen({ port, host });
const address = app.server.address();
const listening = typeof address === 'object' && address ? address.port : port;
console.log(`Victims First is running at http://localhost:${listening}/ (press Ctrl+C to stop)`);
console.log(
  `The hub intake is at http://localhost:${listening}/api/referrals, storing to ${environment.storeName} (key: ${environment.keySource}).`,
);
console.log(
  settings.insight.countPageReads
    ? 'Counting how many times each page is read each day (no cookie, address or device details): insight.countPageReads in Site settings.'
    : 'Page reads are not counted (insight.countPageReads is off in Site settings).',
);
if (environment.collectionKeys.length === 0)
  console.log('Collection from the hub is off: set HUB_COLLECTION_KEY to turn it on (see docs/hub-staff.md).');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}

/** A server others can reach is never given a private key: it is told to use the hub's public key, and stops. */
function stopWithoutPublicKey(): never {
  console.error(
    [
      "The intake needs the hub's public key: set HUB_PUBLIC_KEY (and HUB_COLLECTION_KEY, so hub staff can collect referrals).",
      'A key pair is made here only for a server that no other computer can reach (HOST unset or localhost, and SITE_ORIGIN a localhost address),',
      'because the private key must never be on a server others can reach. Nothing was written. See docs/hub-staff.md.',
    ].join('\n'),
  );
  process.exit(1);
}

/** A key pair for this computer only, with its collection key; never over keys already there. */
async function makeLocalKeys(): Promise<void> {
  if (existsSync(localKeyFiles.HUB_PUBLIC_KEY_FILE)) return;
  const keys = await generateHubKeys();
  try {
    writeKeyFiles(
      {
        private: path.join(folder, PRIVATE_KEY_FILE),
        public: localKeyFiles.HUB_PUBLIC_KEY_FILE,
        collection: localKeyFiles.HUB_COLLECTION_KEY_FILE,
      },
      keys,
    );
  } catch (error) {
    // A private key left without its public key is never overwritten: it may still open referrals.
    console.error(
      `Could not make local keys in ${folder}/ (${(error as { code?: string }).code ?? String(error)}): move what is there somewhere safe, or set HUB_KEY_FOLDER to another folder.`,
    );
    process.exit(1);
  }
  console.log(
    `Made a key pair for local use in ${folder}/ (for a real hub, see "npm run hub:keygen" in docs/hub-staff.md).`,
  );
}

/** Local keys made before collection existed: their collection key, from the local private key, if it is there. */
async function addLocalCollectionKey(): Promise<void> {
  const privateFile = path.join(folder, PRIVATE_KEY_FILE);
  if (!existsSync(privateFile) || existsSync(localKeyFiles.HUB_COLLECTION_KEY_FILE)) return;
  let keys: Awaited<ReturnType<typeof hubKeysFromPrivateKey>>;
  try {
    keys = await hubKeysFromPrivateKey(readFileSync(privateFile, 'utf8'));
  } catch {
    return; // Not a private key: collection stays off, as the start-up message says.
  }
  if (keys.publicKey !== environment.hubPublicKey) return;
  writeFileSync(localKeyFiles.HUB_COLLECTION_KEY_FILE, `${keys.collectionKey}\n`);
  console.log(`Added the collection key for the local key pair in ${folder}/.`);
}
