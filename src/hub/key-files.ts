/**
 * Writing the hub's keys into their files: the private key readable by its
 * owner only, the two public keys for the intake. Each file is written new,
 * never over a key already there, because referrals sealed for a key can
 * only ever be opened with it. Used by `npm run hub:keygen` and by the local
 * server's keys for this computer. Node only.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { HubKeys } from './hub-keys.ts';

/** Where each of the hub's keys goes. */
export interface KeyFiles {
  private: string;
  public: string;
  collection: string;
}

/**
 * Write the keys, the private key first, so a failure never leaves public keys that nothing can open. Throws (with
 * the file system's code, such as EEXIST) when a file is already there or cannot be written.
 */
export function writeKeyFiles(files: KeyFiles, keys: HubKeys): void {
  mkdirSync(path.dirname(files.private), { recursive: true, mode: 0o700 });
  writeNewFile(files.private, `${keys.privateKey}\n`, 0o600);
  writeNewFile(files.public, `${keys.publicKey}\n`, 0o644);
  writeNewFile(files.collection, `${keys.collectionKey}\n`, 0o644);
}

/** Write a file that must not exist yet, with the given permissions (also the comms team's key, scripts/comms-keygen.ts). */
export function writeNewFile(file: string, content: string, mode: number): void {
  const handle = openSync(file, 'wx', mode);
  try {
    writeSync(handle, content);
  } finally {
    closeSync(handle);
  }
}
