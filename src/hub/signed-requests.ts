/**
 * Collection requests signed by the hub. Hub staff collect referrals from
 * their own computer: each request carries a signature made with the hub's
 * signing key, over the method, the address, the time, a one-off random
 * value and a digest of the body. The intake checks it with the public half
 * (HUB_COLLECTION_KEY), refuses one that is too old or too far in the
 * future, and remembers each one-off value until the request would be too
 * old anyway, so a captured request cannot be sent again.
 *
 * Works in Node and in the browser (the hub page signs its requests with it).
 */
import { ready } from './hub-keys.ts';

/** The request header that carries the signature. */
export const SIGNATURE_HEADER = 'x-hub-signature';
/** How far a request's time may be from the intake's clock, either way: allows for computers' clocks drifting. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
/** Names this scheme inside what is signed, so a signature made for anything else never passes. */
const SCHEME = 'victims-first-hub-collection-1';

/** What is signed: the request as the intake receives it. */
export interface RequestToSign {
  method: string;
  /** The path and query, exactly as sent (e.g. "/api/hub/referrals?limit=100"). */
  path: string;
  /** The body as sent, or "" for none. */
  body: string;
}

/** The header to send: time, one-off value and signature, for the request given. */
export async function signCollectionRequest(
  request: RequestToSign,
  signingSecretKey: Uint8Array,
  now: Date = new Date(),
): Promise<Record<string, string>> {
  const lib = await ready();
  const time = Math.floor(now.getTime() / 1000);
  const once = lib.to_base64(lib.randombytes_buf(18));
  const signature = lib.crypto_sign_detached(await signedText(request, time, once), signingSecretKey);
  return { [SIGNATURE_HEADER]: `t=${time}, n=${once}, s=${lib.to_base64(signature)}` };
}

/** A checked request: valid, with its one-off value and until when it must be remembered; or why it is refused. */
export type SignatureCheck = { ok: true; once: string; rememberUntil: Date } | { ok: false; reason: string };

/**
 * Whether a request was signed by one of the hub's collection keys (more than one while keys are being rotated), at
 * a time close to now. The caller must still check the one-off value was not used before (see `rememberUntil`).
 */
export async function checkCollectionSignature(
  header: string | undefined,
  request: RequestToSign,
  collectionKeys: readonly string[],
  now: Date = new Date(),
): Promise<SignatureCheck> {
  const lib = await ready();
  const parts = parseHeader(header);
  if (!parts) return { ok: false, reason: 'The request is not signed.' };
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (Math.abs(nowSeconds - parts.time) > SIGNATURE_TOLERANCE_SECONDS) {
    return {
      ok: false,
      reason: "The request's time is more than 5 minutes from the intake's: check this computer's clock.",
    };
  }
  let signature: Uint8Array;
  try {
    signature = lib.from_base64(parts.signature);
  } catch {
    return { ok: false, reason: 'The signature could not be read.' };
  }
  const text = await signedText(request, parts.time, parts.once);
  const signedByHub = collectionKeys.some((key) => {
    try {
      return lib.crypto_sign_verify_detached(signature, text, lib.from_base64(key.trim()));
    } catch {
      return false;
    }
  });
  if (!signedByHub) return { ok: false, reason: "The request was not signed with the hub's key." };
  return {
    ok: true,
    once: parts.once,
    rememberUntil: new Date((parts.time + SIGNATURE_TOLERANCE_SECONDS + 1) * 1000),
  };
}

/** The exact bytes signed: the scheme, method, path, time, one-off value and a digest of the body, one per line. */
async function signedText(request: RequestToSign, time: number, once: string): Promise<Uint8Array> {
  const lib = await ready();
  const bodyDigest = lib.to_base64(lib.crypto_generichash(32, lib.from_string(request.body), null));
  return lib.from_string(
    [SCHEME, request.method.toUpperCase(), request.path, String(time), once, bodyDigest].join('\n'),
  );
}

/** "t=…, n=…, s=…" read into its parts, or undefined when it is not that shape. */
function parseHeader(header: string | undefined): { time: number; once: string; signature: string } | undefined {
  const match = /^t=(\d{1,12}), n=([A-Za-z0-9_-]{16,64}), s=([A-Za-z0-9_-]{40,200})$/.exec((header ?? '').trim());
  if (!match) return undefined;
  return { time: Number(match[1]), once: match[2]!, signature: match[3]! };
}
