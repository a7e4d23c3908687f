/**
 * The comms team's key: it signs their requests for the figures the intake keeps (page feedback and page reads), so
 * the intake can tell them from anyone else's, as the hub's key does for referrals. Ed25519, from a random 32-byte
 * seed kept in one file. The intake holds only the public half (COMMS_COLLECTION_KEY): it can check a request but
 * never make one. It is a different key from the hub's: it cannot collect or open a referral, and the hub's key
 * cannot fetch the comms team's figures.
 */
import { ready } from '../hub/hub-keys.ts';

export interface CommsKeys {
  /** Base64 (URL-safe, no padding): the seed. Stays with the comms team. */
  privateKey: string;
  /** Base64 (URL-safe, no padding): the intake checks the comms team's requests with it (COMMS_COLLECTION_KEY). */
  collectionKey: string;
  /** Ed25519 secret key (64 bytes) made from the seed: signs requests. */
  signingSecretKey: Uint8Array;
}

/** What the comms team is told about a file that is not their private key; never anything from the file. */
export const NOT_A_COMMS_KEY =
  'This is not the comms team’s private key: the file should hold one line of letters, numbers, "-" and "_", as "npm run comms:keygen" wrote it.';

/** A new key for the comms team. */
export async function generateCommsKeys(): Promise<CommsKeys> {
  const lib = await ready();
  return keysFromSeed(lib, lib.randombytes_buf(lib.crypto_sign_SEEDBYTES));
}

/** The comms team's keys from the text of their private key file. */
export async function commsKeysFromPrivateKey(privateKeyText: string): Promise<CommsKeys> {
  const lib = await ready();
  let seed: Uint8Array;
  try {
    seed = lib.from_base64(privateKeyText.trim());
  } catch {
    throw new Error(NOT_A_COMMS_KEY);
  }
  if (seed.length !== lib.crypto_sign_SEEDBYTES) throw new Error(NOT_A_COMMS_KEY);
  return keysFromSeed(lib, seed);
}

function keysFromSeed(lib: Awaited<ReturnType<typeof ready>>, seed: Uint8Array): CommsKeys {
  const pair = lib.crypto_sign_seed_keypair(seed);
  return {
    privateKey: lib.to_base64(seed),
    collectionKey: lib.to_base64(pair.publicKey),
    signingSecretKey: pair.privateKey,
  };
}
