/**
 * `npm run comms:keygen`: a key for the comms team's report. Writes two files into a folder (default
 * data/comms-keys/, open to its owner only), never over a key already there:
 *
 * - comms-private-key.txt (readable by its owner only): stays with the comms team. It signs the report's requests.
 * - comms-collection-key.txt: the intake checks those requests with it (COMMS_COLLECTION_KEY).
 *
 *   npm run comms:keygen                  # into data/comms-keys/
 *   npm run comms:keygen -- --out ./keys  # somewhere else (read from the folder the command was run in)
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCommsKeys } from '../src/comms-report/comms-keys.ts';
import { writeNewFile } from '../src/hub/key-files.ts';
import { COMMS_COLLECTION_KEY_FILE, COMMS_PRIVATE_KEY_FILE, DEFAULT_COMMS_KEY_FOLDER } from '../src/intake/config.ts';

let values: { out?: string };
try {
  ({ values } = parseArgs({ options: { out: { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nUse: npm run comms:keygen -- --out /path/to/folder`);
  process.exit(1);
}
const folder = values.out ? path.resolve(process.env.INIT_CWD || process.cwd(), values.out) : DEFAULT_COMMS_KEY_FOLDER;
const privateFile = path.join(folder, COMMS_PRIVATE_KEY_FILE);
const publicFile = path.join(folder, COMMS_COLLECTION_KEY_FILE);
if (existsSync(privateFile) || existsSync(publicFile)) {
  console.error(
    `There is already a key in ${folder}. Move it somewhere safe first, or choose another folder with --out.`,
  );
  process.exit(1);
}

const keys = await generateCommsKeys();
try {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeNewFile(privateFile, `${keys.privateKey}\n`, 0o600);
  writeNewFile(publicFile, `${keys.collectionKey}\n`, 0o644);
} catch (error) {
  console.error(`The key could not be written in ${folder} (${(error as { code?: string }).code ?? String(error)}).`);
  process.exit(1);
}
console.log(`Key written to ${folder}:`);
console.log(`  ${privateFile}: the private key, readable by you only. Keep it with the comms team.`);
console.log(`  ${publicFile}: the public key, for the intake.`);
console.log('');
console.log('Give the intake this setting (it is safe to share: it cannot make a request, nor open anything):');
console.log(`  COMMS_COLLECTION_KEY=${keys.collectionKey}`);
