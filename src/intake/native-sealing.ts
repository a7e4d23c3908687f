/**
 * Sealing on the intake with libsodium's native binding (sodium-native).
 * The sealed boxes are exactly libsodium's, the same as src/hub/sealing.ts
 * makes and opens with libsodium-wrappers (WebAssembly, which also runs in
 * the hub page's browser), but about six times faster: sealing was most of
 * what each referral cost the intake. Synchronous, so nothing waits on it.
 */
import sodium from 'sodium-native';

/** A function that seals a referral, given as JSON text, so only the hub's private key opens it. */
export type Sealer = (json: string) => Uint8Array;

/**
 * A sealer for the hub's public key (base64, URL-safe, as "npm run hub:keygen" prints it). Throws at once, with a
 * message saying where a good key comes from, when the key is not one.
 */
export function hubSealer(publicKey: string): Sealer {
  const key = Buffer.from(publicKey.trim(), 'base64url');
  if (key.length !== sodium.crypto_box_PUBLICKEYBYTES || key.toString('base64url') !== publicKey.trim()) {
    throw new Error('The hub\'s public key is not a valid key: it should be the text "npm run hub:keygen" printed.');
  }
  return (json) => {
    const message = Buffer.from(json, 'utf8');
    const sealed = Buffer.alloc(message.length + sodium.crypto_box_SEALBYTES);
    sodium.crypto_box_seal(sealed, message, key);
    return new Uint8Array(sealed.buffer, sealed.byteOffset, sealed.length);
  };
}
