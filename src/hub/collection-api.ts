/**
 * The intake's collection API, as hub staff's side speaks it: two signed requests, one to get the referrals waiting
 * and one to acknowledge those the hub has saved; the answers read and checked; and every refusal or failure turned
 * into words hub staff can act on. One module for the command (`npm run hub:collect`, in Node) and the hub page (in
 * the browser), so both speak to the intake the same way: the network, the clock and the advice that depends on how
 * staff collect are passed in, and nothing here needs Node or a browser. The adapters are remote-source.ts (the
 * command) and page/intake-client.ts (the page).
 */
import type { SealedReferral } from './case-files.ts';
import { signCollectionRequest, type RequestToSign } from './signed-requests.ts';

/** Where the intake hands over the referrals waiting (signed GET). */
export const WAITING_PATH = '/api/hub/referrals';
/** Where the intake is told which referrals the hub has safely (signed POST). */
export const ACKNOWLEDGE_PATH = '/api/hub/acknowledge';
/** The most the intake hands over, or acknowledges, in one request. */
export const BATCH_LIMIT = 500;
/** The shape of a reference as the API carries it ("7KXM-QD4R"): the intake refuses others, the ledger skips them. */
export const REFERENCE_SHAPE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;
/** The longest message from the intake that is repeated: a longer one is cut, so it cannot fill the screen. */
const LONGEST_MESSAGE = 300;

/** A referral as the intake hands it over: still sealed, with its reference and when it arrived. */
export interface WaitingReferral extends SealedReferral {
  receivedAt: string;
}

/** One answer to "what is waiting": how many wait in all, and the oldest of them, at most one batch. */
export interface WaitingBatch {
  /** How many referrals wait on the intake in all, these included. */
  waiting: number;
  referrals: WaitingReferral[];
}

/** What a request came to: the value asked for, or what went wrong, in plain words. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: string };

/** What one request is sent with: its method, its headers (the signature among them) and its body, if it has one. */
export interface SignedRequestInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** What the API needs of `fetch`: the platform's own, with the options the platform adds, or a stand-in in tests. */
export type FetchLike = (url: string, init: SignedRequestInit) => Promise<{ status: number; text(): Promise<string> }>;

/** What hub staff are told to check, which depends on how they collect: with the command, or on the hub page. */
export interface CollectionAdvice {
  /** When the intake refuses the request's signature: the key, how it was given, and the clock. */
  checkKey: string;
  /** When the intake cannot be reached, or does not answer in time. */
  checkConnection: string;
  /** When what answered is not the intake's collection: nothing there, a redirect, an answer that cannot be read. */
  checkAddress: string;
}

/** Where the intake is, how to reach it, and what to tell hub staff when that goes wrong. */
export interface IntakeConnection {
  /** The intake's address; the routes' paths go after any path it has ("https://example.org/intake/"). */
  address: string;
  fetch: FetchLike;
  /** The clock the requests are signed with; the intake refuses times more than 5 minutes from its own. */
  now?: () => Date;
  advice: CollectionAdvice;
  /**
   * How many times a request is sent when its connection fails (not when it times out), signed afresh each time:
   * both requests are safe to repeat (listing changes nothing; acknowledging twice acknowledges once). 1 if not given.
   */
  attempts?: number;
}

/** What came back from the intake: its status and JSON body (undefined when it is not JSON), or that nothing came. */
export type Reply = { status: number; body: unknown } | 'unreachable' | 'timed-out';

/** The signed request for the oldest referrals waiting, at most `limit` (the intake allows at most 500). */
export function waitingRequest(limit: number = BATCH_LIMIT): RequestToSign {
  const count = Math.max(1, Math.min(BATCH_LIMIT, Math.floor(limit)));
  return { method: 'GET', path: `${WAITING_PATH}?limit=${count}`, body: '' };
}

/**
 * The signed requests that acknowledge these references, at most 500 to a request as the intake allows. Each body is
 * the exact text that is signed and sent.
 */
export function acknowledgeRequests(references: readonly string[]): RequestToSign[] {
  const requests: RequestToSign[] = [];
  for (let start = 0; start < references.length; start += BATCH_LIMIT) {
    const body = JSON.stringify({ references: references.slice(start, start + BATCH_LIMIT) });
    requests.push({ method: 'POST', path: ACKNOWLEDGE_PATH, body });
  }
  return requests;
}

/** Send one request, and again while its connection fails and attempts are left (also the comms report's request). */
export async function sendSigned(
  connection: IntakeConnection,
  request: RequestToSign,
  signingSecretKey: Uint8Array,
): Promise<Reply> {
  const attempts = connection.attempts ?? 1;
  for (let attempt = 1; ; attempt += 1) {
    const reply = await sendOnce(connection, request, signingSecretKey);
    if (reply !== 'unreachable' || attempt >= attempts) return reply;
  }
}

/**
 * Send one request, signed now with the hub's signing key over exactly the path (after the intake's own, if its
 * address has one) and the body sent.
 */
async function sendOnce(
  connection: IntakeConnection,
  request: RequestToSign,
  signingSecretKey: Uint8Array,
): Promise<Reply> {
  const url = new URL(request.path.slice(1), connection.address);
  const signature = await signCollectionRequest(
    { ...request, path: `${url.pathname}${url.search}` },
    signingSecretKey,
    (connection.now ?? (() => new Date()))(),
  );
  const hasBody = request.method !== 'GET';
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await connection.fetch(url.href, {
      method: request.method,
      headers: { accept: 'application/json', ...(hasBody ? { 'content-type': 'application/json' } : {}), ...signature },
      ...(hasBody ? { body: request.body } : {}),
    });
  } catch (error) {
    return timedOut(error) ? 'timed-out' : 'unreachable';
  }
  return { status: response.status, body: await readJson(response) };
}

/** Whether a request failed because the intake took too long to answer (the platform's timeout stopped it). */
function timedOut(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** The answer's JSON, or undefined when it is not JSON or could not be read. */
async function readJson(response: { text(): Promise<string> }): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Bytes from base64 as libsodium writes it (URL-safe alphabet, no padding), or undefined when it is not that. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A reference as the intake writes them ("7KXM-QD4R"): letters, numbers and dashes, never markup. */
const REFERENCE = /^[A-Za-z0-9-]{1,40}$/;

/** One item of the intake's list, checked; undefined when it is not what the intake sends. */
function readWaitingItem(item: unknown): WaitingReferral | undefined {
  if (!isRecord(item)) return undefined;
  const { reference, receivedAt, sealed } = item;
  if (typeof reference !== 'string' || !REFERENCE.test(reference)) return undefined;
  if (typeof receivedAt !== 'string' || typeof sealed !== 'string') return undefined;
  const bytes = fromBase64Url(sealed);
  return bytes ? { reference, receivedAt, sealed: bytes } : undefined;
}

/** The intake's answer to "what is waiting", checked; undefined when any part of it is not what the intake sends. */
export function readWaitingBatch(body: unknown): WaitingBatch | undefined {
  if (!isRecord(body) || !Array.isArray(body.referrals)) return undefined;
  if (typeof body.waiting !== 'number' || !Number.isInteger(body.waiting) || body.waiting < 0) return undefined;
  const referrals = body.referrals.map(readWaitingItem);
  if (referrals.some((item) => item === undefined)) return undefined;
  return { waiting: body.waiting, referrals: referrals as WaitingReferral[] };
}

/** How many referrals the intake says it acknowledged; undefined when its answer does not say. */
function readAcknowledged(body: unknown): number | undefined {
  const count = isRecord(body) ? body.acknowledged : undefined;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined;
}

/** The intake's own message from an answer, without control characters and not too long; "" when there is none. */
function intakeMessage(body: unknown): string {
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : '';
  const clean = message
    .replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > LONGEST_MESSAGE ? `${clean.slice(0, LONGEST_MESSAGE - 1)}…` : clean;
}

/** What went wrong, for hub staff: the intake's own words where it gave them, and what to do next. */
export function intakeProblem(reply: Reply, advice: CollectionAdvice): string {
  if (reply === 'unreachable') return `Could not reach the intake. ${advice.checkConnection}`;
  if (reply === 'timed-out') return `The intake did not answer in time. ${advice.checkConnection}`;
  const said = intakeMessage(reply.body);
  const saying = said ? ` It said: "${said}"` : '';
  const { status } = reply;
  if (status === 401) return `The intake refused the request.${saying} ${advice.checkKey}`;
  if (status === 503) {
    return `The intake cannot hand over referrals at the moment.${saying} Try again later. If it keeps happening, tell the web team.`;
  }
  if (status === 429) return 'The intake has had too many requests. Wait a minute, then try again.';
  if (status === 404) return `There is no intake collection at this address. ${advice.checkAddress}`;
  if (status >= 300 && status < 400)
    return `The intake's address sends requests somewhere else. ${advice.checkAddress}`;
  if (status >= 200 && status < 300) return `The intake's answer could not be read. ${advice.checkAddress}`;
  return `The intake answered with an error (code ${status}).${saying} Try again in a few minutes. If it keeps happening, tell the web team.`;
}

/** The oldest referrals waiting, still sealed, at most one batch; or what went wrong. */
export async function getWaiting(
  connection: IntakeConnection,
  signingSecretKey: Uint8Array,
  limit: number = BATCH_LIMIT,
): Promise<Outcome<WaitingBatch>> {
  const reply = await sendSigned(connection, waitingRequest(limit), signingSecretKey);
  const batch = typeof reply === 'object' && reply.status === 200 ? readWaitingBatch(reply.body) : undefined;
  return batch ? { ok: true, value: batch } : { ok: false, problem: intakeProblem(reply, connection.advice) };
}

/**
 * Tell the intake the hub has these referrals safely, so it erases them: how many it removed (references no longer
 * waiting are not counted), or what went wrong. Stops at the first request that fails.
 */
export async function acknowledge(
  connection: IntakeConnection,
  signingSecretKey: Uint8Array,
  references: readonly string[],
): Promise<Outcome<number>> {
  let removed = 0;
  for (const request of acknowledgeRequests(references)) {
    const reply = await sendSigned(connection, request, signingSecretKey);
    const count = typeof reply === 'object' && reply.status === 200 ? readAcknowledged(reply.body) : undefined;
    if (count === undefined) return { ok: false, problem: intakeProblem(reply, connection.advice) };
    removed += count;
  }
  return { ok: true, value: removed };
}
