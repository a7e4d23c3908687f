/**
 * The hub page's connection to the intake: the collection API (../collection-api.ts, shared with the command) with
 * what the browser adds. Nothing about the browser goes with a request (no cookies, no cached answer, no address it
 * came from), and the advice speaks of the key file staff chose on the page.
 */
import type { CollectionAdvice, FetchLike, IntakeConnection, SignedRequestInit } from '../collection-api.ts';

/** What the page's `fetch` is called with: the signed request, and options that send nothing of the browser's. */
export type BrowserRequestInit = SignedRequestInit & {
  credentials: 'omit';
  cache: 'no-store';
  referrerPolicy: 'no-referrer';
};

/** What the page needs of `fetch`: the browser's own, or a stand-in in tests. */
export type BrowserFetch = (url: string, init: BrowserRequestInit) => ReturnType<FetchLike>;

/** What to check, in the hub page's terms: the key file chosen, this computer, the web team. */
const HUB_PAGE_ADVICE: CollectionAdvice = {
  checkKey:
    'Check you chose the hub’s private key file (not the public key file, and not an old key), and that this computer’s clock is right.',
  checkConnection: 'Check this computer is connected to the internet, then try again.',
  checkAddress:
    'Try again. If it keeps happening, tell the web team: the intake’s address in the site’s settings may be wrong.',
};

/**
 * The intake's origin, from the referral form's endpoint in the site's settings: a path ("/api/referrals") means the
 * intake is beside the site, on the page's own origin; a full address means the intake is there.
 */
export function intakeOrigin(referralEndpoint: string, pageAddress: string): string {
  return new URL(referralEndpoint, pageAddress).origin;
}

/** The intake at `origin` as the page reaches it, for `getWaiting` and `acknowledge` in the collection API. */
export function hubPageConnection(origin: string, fetch: BrowserFetch, now?: () => Date): IntakeConnection {
  return {
    address: origin,
    fetch: (url, init) =>
      fetch(url, { ...init, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' }),
    ...(now ? { now } : {}),
    advice: HUB_PAGE_ADVICE,
  };
}
