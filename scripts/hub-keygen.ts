/**
 * `npm run hub:keygen`: a new key for the hub. Writes three files into a
 * folder (default data/hub-keys/, open to its owner only), and never
 * overwrites a key that is already there:
 *
 * - hub-private-key.txt (readable by its owner only): stays with hub staff. It opens referrals and signs
 *   collection requests. The intake must never have it.
 * - hub-public-key.txt: the intake seals referrals with it (HUB_PUBLIC_KEY).
 * - hub-collection-key.txt: the intake checks collection requests with it (HUB_COLLECTION_KEY).
 *
 *   npm run hub:keygen                  # into data/hub-keys/
 *   npm run hub:keygen -- --out ./keys  # somewhere else (read from the folder the command was run in)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTION_KEY_FILE, DEFAULT_KEY_FOLDER, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../src/intake/config.ts';
import { generateHubKeys } from '../src/hub/hub-keys.ts';
import { writeKeyFiles } from '../src/hub/key-files.ts';

let values: { out?: string };
try {
  ({ values } = parseArgs({ options: { out: { type: 'string' } } }));
} catch (error) {
  console.error(
    `${error instanceof Error ? error.message : String(error)}\nUse: npm run hub:keygen -- --out /path/to/folder`,
  );
  process.exit(1);
}
// The default folder is the project's (where the intake looks); a folder given is read from where the command was run.
const folder = values.out ? path.resolve(process.env.INIT_CWD || process.cwd(), values.out) : DEFAULT_KEY_FOLDER;
const files = {
  private: path.join(folder, PRIVATE_KEY_FILE),
  public: path.join(folder, PUBLIC_KEY_FILE),
  collection: path.join(folder, COLLECTION_KEY_FILE),
};
if (Object.values(files).some((file) => existsSync(file))) {
  console.error(
    `There is already a key in ${folder}. Move it somewhere safe first: referrals sealed with it can only be opened with its private key.`,
  );
  process.exit(1);
}

const keys = await generateHubKeys();
try {
  writeKeyFiles(files, keys);
} catch (error) {
  console.error(
    `The keys could not be written in ${folder} (${(error as { code?: string }).code ?? String(error)}). Choose another folder with --out.`,
  );
  process.exit(1);
}

console.log(`Keys written to ${folder}:`);
console.log(`  ${files.private}: the private key, readable by you only. Move it to the hub's secure storage.`);
console.log(`  ${files.public} and ${files.collection}: the two public keys, for the intake.`);
console.log('');
console.log('Give the intake these two settings (they are safe to share; neither can open a referral):');
console.log(`  HUB_PUBLIC_KEY=${keys.publicKey}`);
console.log(`  HUB_COLLECTION_KEY=${keys.collectionKey}`);
console.log('');
console.log(
  'The intake must never have the private key: hub staff use it with "npm run hub:collect" or the hub page to collect referrals.',
);
