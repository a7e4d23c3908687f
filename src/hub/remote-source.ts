/**
 * Referrals collected from the intake over the network, for hub staff on
 * their own computer: every request is signed with the hub's key (see
 * collection-api.ts, which this adapts for the command), so only the hub can
 * take referrals off the intake, and the private key never goes near the
 * server.
 *
 * What the command adds: only an https:// address, an answer within 30
 * seconds, a request sent once more when its connection drops, and
 * CollectionErrors whose advice names the command's options.
 */
import {
  acknowledge,
  getWaiting,
  type CollectionAdvice,
  type FetchLike,
  type IntakeConnection,
  type Outcome,
} from './collection-api.ts';
import type { HubKeys } from './hub-keys.ts';
import { CollectionError, type ReferralSource } from './referral-source.ts';

/** How long to wait for the intake to answer. */
const ANSWER_WITHIN_MS = 30_000;

/** What the remote source needs besides the address and the keys; for tests. */
export interface RemoteSourceOptions {
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * The intake at `baseUrl` as a source of referrals. Refuses an address that is not https:// (except this computer's
 * own, for testing), because the requests carry the hub's signatures and the answers carry sealed referrals.
 */
export function remoteSource(
  baseUrl: string,
  keys: Pick<HubKeys, 'signingSecretKey'>,
  options: RemoteSourceOptions = {},
): ReferralSource {
  const address = intakeAddress(baseUrl);
  const connection: IntakeConnection = {
    address: address.href,
    fetch: answeringInTime(options.fetch ?? fetch),
    ...(options.now ? { now: options.now } : {}),
    advice: commandAdvice(address),
    // A connection the intake closed while idle fails exactly as a dropped one: the request is sent once more.
    attempts: 2,
  };
  return {
    async waiting(limit) {
      const { waiting, referrals } = valueOf(await getWaiting(connection, keys.signingSecretKey, limit));
      return { waiting, referrals: referrals.map(({ reference, sealed }) => ({ reference, sealed })) };
    },
    async acknowledge(references) {
      return valueOf(await acknowledge(connection, keys.signingSecretKey, references));
    },
  };
}

/** The intake's address, checked: a web address, https:// unless it is this computer. */
export function intakeAddress(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new CollectionError(
      `"${baseUrl}" is not a web address: give the intake's address, such as https://intake.example.org`,
    );
  }
  const thisComputer = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && thisComputer)) {
    // Paths are added to the address, so it ends with a slash.
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    url.search = '';
    url.hash = '';
    return url;
  }
  throw new CollectionError(
    `The intake's address must start with https:// so nobody can read or change what is sent: use https://${url.host}${url.pathname === '/' ? '' : url.pathname}`,
  );
}

/**
 * Node's fetch, as the command uses it: a signed request goes only where hub staff said (a redirect is reported, not
 * followed), and the intake has 30 seconds to answer.
 */
function answeringInTime(fetchAnswer: typeof fetch): FetchLike {
  return (url, init) =>
    fetchAnswer(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
}

/** What to check, in the command's terms: its options and the address given. */
function commandAdvice(address: URL): CollectionAdvice {
  return {
    checkKey:
      "Check you gave the hub's current private key with --private-key, that this computer's clock is right, and that the intake's HUB_COLLECTION_KEY is the one \"npm run hub:keygen\" printed with it.",
    checkConnection: `Check the address given with --from (${address.origin}), that this computer is online, and that the intake is running.`,
    checkAddress: `Check the address given with --from (${address.href}): it is the intake's address, not the website's.`,
  };
}

/** The value asked for, or a CollectionError saying what went wrong: the command prints it as it is. */
function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new CollectionError(outcome.problem);
  return outcome.value;
}
