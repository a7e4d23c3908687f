/**
 * The hub's keys. One private key file does two jobs: it opens sealed
 * referrals (X25519, libsodium sealed boxes) and it signs collection
 * requests (Ed25519, a key derived from the same secret), so hub staff keep
 * one file. The intake knows only the two public halves: the sealing key,
 * to seal referrals, and the collection key, to check that a collection
 * request came from the hub. Neither lets the server open a referral.
 *
 * Works in Node and in the browser (the hub page uses it to read a chosen key file).
 */
import sodium from 'libsodium-wrappers';

/** Everything the hub's private key gives: what to open referrals with and what to sign requests with. */
export interface HubKeys {
  /** Base64 (URL-safe, no padding): the intake seals referrals with it (HUB_PUBLIC_KEY). */
  publicKey: string;
  /** Base64 (URL-safe, no padding): opens referrals. Stays with the hub. */
  privateKey: string;
  /** Base64 (URL-safe, no padding): the intake checks collection requests with it (HUB_COLLECTION_KEY). */
  collectionKey: string;
  /** Ed25519 secret key (64 bytes), derived from the private key: signs collection requests. */
  signingSecretKey: Uint8Array;
}

/** Separates the signing key from the sealing key made from the same secret (libsodium's keyed BLAKE2b). */
const SIGNING_KEY_CONTEXT = 'victims-first hub collection signing key, version 1';

/** libsodium, once its WebAssembly has loaded. */
export async function ready(): Promise<typeof sodium> {
  await sodium.ready;
  return sodium;
}

/** A new random private key for the hub, and what follows from it. */
export async function generateHubKeys(): Promise<HubKeys> {
  const lib = await ready();
  return hubKeysFromSecret(lib, lib.crypto_box_keypair().privateKey);
}

/**
 * The hub's keys from the text of its private key file. Throws an error that says what is wrong with the file, in
 * words hub staff can act on, never with the key's text in it.
 */
export async function hubKeysFromPrivateKey(privateKeyText: string): Promise<HubKeys> {
  const lib = await ready();
  let secret: Uint8Array;
  try {
    secret = lib.from_base64(privateKeyText.trim());
  } catch {
    throw new Error(NOT_A_PRIVATE_KEY);
  }
  if (secret.length !== lib.crypto_box_SECRETKEYBYTES) throw new Error(NOT_A_PRIVATE_KEY);
  return hubKeysFromSecret(lib, secret);
}

export const NOT_A_PRIVATE_KEY =
  'This is not the hub\'s private key: the file should hold one line of letters, numbers, "-" and "_", as "npm run hub:keygen" wrote it. Check you chose the private key file, not the public one.';

function hubKeysFromSecret(lib: typeof sodium, secret: Uint8Array): HubKeys {
  const seed = lib.crypto_generichash(lib.crypto_sign_SEEDBYTES, secret, lib.from_string(SIGNING_KEY_CONTEXT));
  const signing = lib.crypto_sign_seed_keypair(seed);
  return {
    publicKey: lib.to_base64(lib.crypto_scalarmult_base(secret)),
    privateKey: lib.to_base64(secret),
    collectionKey: lib.to_base64(signing.publicKey),
    signingSecretKey: signing.privateKey,
  };
}
