/**
 * `npm run hub:keygen`: a new key pair for the hub. The public key goes to
 * the intake (it seals referrals with it); the private key stays with hub
 * staff (it opens them). Writes both into a folder, default data/hub-keys/,
 * and never overwrites a key that is already there.
 *
 *   npm run hub:keygen                  # into data/hub-keys/
 *   npm run hub:keygen -- --out ./keys  # somewhere else
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_KEY_FOLDER, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../src/intake/config.ts';
import { generateHubKeyPair } from '../src/hub/sealing.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: DEFAULT_KEY_FOLDER } } });
const folder = values.out!;
const publicFile = path.join(folder, PUBLIC_KEY_FILE);
const privateFile = path.join(folder, PRIVATE_KEY_FILE);
if (existsSync(publicFile) || existsSync(privateFile)) {
  console.error(
    `There is already a key in ${folder}. Move it somewhere safe first: referrals sealed with it can only be opened with its private key.`,
  );
  process.exit(1);
}
const keys = await generateHubKeyPair();
mkdirSync(folder, { recursive: true });
writeFileSync(publicFile, `${keys.publicKey}\n`);
writeFileSync(privateFile, `${keys.privateKey}\n`, { mode: 0o600 });
console.log(
  `Public key (give this to the intake as HUB_PUBLIC_KEY, or leave it in ${publicFile}):\n  ${keys.publicKey}`,
);
console.log(`Private key written to ${privateFile} (readable by you only).`);
console.log(
  'Move the private key to the hub\'s secure storage. The intake must never have it: it is needed only by "npm run hub:collect".',
);
