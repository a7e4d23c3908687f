/**
 * `npm run serve`: serve the built site at http://localhost:4321/ (PORT to
 * change it), with the hub intake beside it at /api/ on an embedded store.
 *
 * The intake needs the hub's public key. Without one (HUB_PUBLIC_KEY or
 * HUB_PUBLIC_KEY_FILE), a key pair for local use is made in HUB_KEY_FOLDER
 * (default data/hub-keys/), so a fresh machine works at once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_KEY_FOLDER, intakeEnvironment, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../src/intake/config.ts';
import { referralFormPage } from '../src/intake/intake.ts';
import { openReferralStore } from '../src/intake/store.ts';
import { generateHubKeyPair } from '../src/hub/sealing.ts';
import { readReferrableServices } from '../src/content-model/services-file.ts';
import { readSettingsFile } from '../src/content-model/settings-file.ts';
import { createSiteServer } from '../src/hosting/site-server.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const port = Number(process.env.PORT ?? 4321);
const settings = readSettingsFile();

// Local keys live in HUB_KEY_FOLDER (default data/hub-keys/), unless a key is given outright.
const folder = process.env.HUB_KEY_FOLDER ?? DEFAULT_KEY_FOLDER;
let environment = intakeEnvironment({ HUB_PUBLIC_KEY_FILE: path.join(folder, PUBLIC_KEY_FILE), ...process.env });
if (!environment.hubPublicKey) {
  if (process.env.NODE_ENV === 'production') {
    console.error(
      "The intake needs the hub's public key: set HUB_PUBLIC_KEY. A production server must never hold the private key, so none is made here.",
    );
    process.exit(1);
  }
  const publicFile = path.join(folder, PUBLIC_KEY_FILE);
  if (!existsSync(publicFile)) {
    const keys = await generateHubKeyPair();
    mkdirSync(folder, { recursive: true });
    writeFileSync(publicFile, `${keys.publicKey}\n`);
    writeFileSync(path.join(folder, PRIVATE_KEY_FILE), `${keys.privateKey}\n`, { mode: 0o600 });
    console.log(
      `Made a key pair for local use in ${folder}/ (for a real hub, see "npm run hub:keygen" in docs/hub-staff.md).`,
    );
  }
  environment = intakeEnvironment({ ...process.env, HUB_PUBLIC_KEY_FILE: publicFile });
}

const store = openReferralStore(environment.database);
const app = await createSiteServer({
  root: 'dist',
  intake: {
    store,
    hubPublicKey: environment.hubPublicKey!,
    siteOrigin: process.env.SITE_ORIGIN ?? `http://localhost:${port}`,
    hubPhone: settings.hub.phone,
    logRequests: process.env.INTAKE_LOG !== 'off',
    // Forms sent without JavaScript get the /refer/ page back, with their errors or the confirmation.
    formPage: referralFormPage(settings, () => readFileSync('dist/refer/index.html', 'utf8'), readReferrableServices()),
  },
});
await app.listen({ port, host: process.env.HOST ?? 'localhost' });
console.log(`Victims First is running at http://localhost:${port}/ (press Ctrl+C to stop)`);
console.log(
  `The hub intake is at http://localhost:${port}/api/referrals, storing to ${environment.database} (key: ${environment.keySource}).`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app.close().then(() => {
      store.close();
      process.exit(0);
    });
  });
}
