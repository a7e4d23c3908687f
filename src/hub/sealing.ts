/**
 * Sealing referrals for the hub: libsodium sealed boxes. The intake holds
 * only the hub's public key, so it can seal but never open what it stores;
 * hub staff open referrals with the private key when they collect them.
 */
import type sodium from 'libsodium-wrappers';
import { ready } from './hub-keys.ts';

/** The hub's key pair: the public key seals, the private key opens. */
export interface HubKeyPair {
  /** Base64 (URL-safe, no padding), safe to put in the intake's configuration. */
  publicKey: string;
  /** Base64 (URL-safe, no padding). Keep it with the hub, never on the intake's server. */
  privateKey: string;
}

/** A key from its text, or an error that says which key is wrong and where a good one comes from. */
function decodeKey(lib: typeof sodium, key: string, what: string): Uint8Array {
  try {
    const bytes = lib.from_base64(key.trim());
    if (bytes.length !== lib.crypto_box_PUBLICKEYBYTES) throw new Error('wrong length');
    return bytes;
  } catch {
    throw new Error(`The hub's ${what} is not a valid key: it should be the text "npm run hub:keygen" printed.`);
  }
}

/** Seal a referral (any JSON value) so only the hub's private key can open it. */
export async function sealForHub(value: unknown, publicKey: string): Promise<Uint8Array> {
  const lib = await ready();
  return lib.crypto_box_seal(lib.from_string(JSON.stringify(value)), decodeKey(lib, publicKey, 'public key'));
}

/** Open a sealed referral with the hub's key pair. Throws if it was not sealed for this key or was altered. */
export async function openSealed(sealed: Uint8Array, keys: HubKeyPair): Promise<unknown> {
  const lib = await ready();
  const opened = lib.crypto_box_seal_open(
    sealed,
    decodeKey(lib, keys.publicKey, 'public key'),
    decodeKey(lib, keys.privateKey, 'private key'),
  );
  return JSON.parse(lib.to_string(opened));
}
