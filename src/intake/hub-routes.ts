/**
 * The intake's two routes for hub staff collecting referrals from their own
 * computer: list the sealed referrals waiting, and acknowledge those the
 * hub has safely (the intake then erases them); and the comms team's one,
 * the figures for their report, signed with their own key. Every request must be
 * signed with the hub's key (src/hub/signed-requests.ts), recently, and
 * only once; the intake holds only the public half, HUB_COLLECTION_KEY, so
 * it can check a request but never make one, and it still cannot open a
 * referral.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ACKNOWLEDGE_PATH, BATCH_LIMIT, REFERENCE_SHAPE, WAITING_PATH } from '../hub/collection-api.ts';
import { COMMS_INSIGHT_PATH } from './comms-insight.ts';
import { ready } from '../hub/hub-keys.ts';
import { checkCollectionSignature, SIGNATURE_HEADER } from '../hub/signed-requests.ts';
import type { ReferralStore } from './store/referral-store.ts';

/** Referrals listed when the hub does not say how many. */
export const DEFAULT_LIST_LIMIT = 100;
/** 500 references are about 6 KB of JSON; anything far bigger is not from the hub. */
export const HUB_BODY_LIMIT_BYTES = 64 * 1024;
/** Requests allowed per address per minute: a collection makes a few; guessing at signatures gets nowhere fast. */
export const HUB_REQUESTS_PER_MINUTE = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the hub's routes need. */
export interface HubRoutesOptions {
  store: ReferralStore;
  /** The hub's collection keys (HUB_COLLECTION_KEY): more than one while keys are being changed. None: collection is off. */
  collectionKeys: readonly string[];
  /** Days to keep an acknowledged referral's reference (settings: referral.retentionDays), so a late retry finds it. */
  keepReferencesDays: number;
  /**
   * The comms team's collection keys (COMMS_COLLECTION_KEY), for their report's figures (page feedback and page
   * reads); none: that route answers that it is not set up.
   */
  commsKeys?: readonly string[];
  /** The clock, for tests. */
  now?: () => Date;
}

/** What the hub is told when a request is refused or fails, by status. */
const MESSAGES = {
  400: 'The request could not be read.',
  413: 'The request is too large: acknowledge at most 500 referrals at a time.',
  415: 'The request must be sent as JSON.',
  429: 'Too many requests: wait a minute and try again.',
  500: 'Something went wrong on the intake: nothing was changed. Try again later.',
  503: 'Collection is not set up on this intake: it needs HUB_COLLECTION_KEY, the key "npm run hub:keygen" printed.',
  commsNotSetUp:
    'The comms report is not set up on this intake: it needs COMMS_COLLECTION_KEY, the key "npm run comms:keygen" printed.',
  period: 'Send from= and to= as dates written YYYY-MM-DD, from on or before to, at most 400 days apart.',
  replayed: 'This request was already used once: each collection request works only once. Run the collection again.',
} as const;

/** Put the hub's collection routes on a Fastify server, in their own plugin scope (their own parser and errors). */
export async function registerHubRoutes(app: FastifyInstance, options: HubRoutesOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  await app.register(async (hub) => {
    keepBodiesAsSent(hub);
    await limitRequests(hub);
    answerErrorsPlainly(hub);
    neverCached(hub);
    const routeConfig = { config: { rateLimit: { max: HUB_REQUESTS_PER_MINUTE, timeWindow: '1 minute' } } };
    hub.get(WAITING_PATH, routeConfig, async (request, reply) => {
      if (!(await signedByHub(request, reply, options, now()))) return reply;
      return listWaiting(request, reply, options.store);
    });
    hub.post(ACKNOWLEDGE_PATH, { ...routeConfig, bodyLimit: HUB_BODY_LIMIT_BYTES }, async (request, reply) => {
      if (!(await signedByHub(request, reply, options, now()))) return reply;
      return acknowledge(request, reply, options, now());
    });
    // The comms team's figures: signed with their own key, which cannot reach referrals (nor the hub's reach these).
    hub.get(COMMS_INSIGHT_PATH, routeConfig, async (request, reply) => {
      const signer = { keys: options.commsKeys ?? [], notSetUp: MESSAGES.commsNotSetUp };
      if (!(await signedWith(signer, request, reply, options.store, now()))) return reply;
      return insightFor(request, reply, options.store);
    });
  });
}

/**
 * JSON is kept as the text sent, because the signature covers those exact bytes; it is parsed only once the
 * signature is checked. Nothing else is accepted.
 */
function keepBodiesAsSent(hub: FastifyInstance): void {
  hub.removeAllContentTypeParsers();
  hub.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: HUB_BODY_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );
}

/** A light rate limit; uses the intake's rate limiter when these routes sit in its scope, else one of their own. */
async function limitRequests(hub: FastifyInstance): Promise<void> {
  if (hub.hasDecorator('rateLimit')) return;
  await hub.register(rateLimit, { global: false, errorResponseBuilder: () => ({ statusCode: 429, message: '' }) });
}

/** Failures answered with a short plain message, never with what was sent. */
function answerErrorsPlainly(hub: FastifyInstance): void {
  hub.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const code = error.statusCode;
    const status = code === 413 || code === 415 || code === 429 ? code : code && code < 500 ? 400 : 500;
    return reply.code(status).send({ message: MESSAGES[status] });
  });
}

/** Answers carry referrals (sealed) and references: no browser or proxy may keep a copy. */
function neverCached(hub: FastifyInstance): void {
  hub.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Cache-Control', 'no-store');
    return payload;
  });
}

/**
 * Whether the request was signed by the hub, recently, and not sent before. When not, the answer (401, or 503 when
 * collection is not set up) is already sent and nothing has changed.
 */
async function signedByHub(
  request: FastifyRequest,
  reply: FastifyReply,
  options: HubRoutesOptions,
  at: Date,
): Promise<boolean> {
  return signedWith({ keys: options.collectionKeys, notSetUp: MESSAGES[503] }, request, reply, options.store, at);
}

/** Whether the request was signed with one of these keys, recently, and not sent before; else it is answered. */
async function signedWith(
  signer: { keys: readonly string[]; notSetUp: string },
  request: FastifyRequest,
  reply: FastifyReply,
  store: ReferralStore,
  at: Date,
): Promise<boolean> {
  if (signer.keys.length === 0) {
    await reply.code(503).send({ message: signer.notSetUp });
    return false;
  }
  const header = request.headers[SIGNATURE_HEADER];
  const check = await checkCollectionSignature(
    typeof header === 'string' ? header : undefined,
    { method: request.method, path: request.url, body: typeof request.body === 'string' ? request.body : '' },
    signer.keys,
    at,
  );
  if (!check.ok) {
    await reply.code(401).send({ message: check.reason });
    return false;
  }
  // Remembered before acting, so the same request sent again is refused even while this one is still running.
  if (!(await store.useOnce(check.once, check.rememberUntil, at))) {
    await reply.code(401).send({ message: MESSAGES.replayed });
    return false;
  }
  return true;
}

/** The referrals waiting, oldest first, sealed (the intake cannot open them), and how many wait in all. */
async function listWaiting(request: FastifyRequest, reply: FastifyReply, store: ReferralStore) {
  const limit = listLimit((request.query as Record<string, unknown>).limit);
  if (limit === undefined) {
    return reply.code(400).send({ message: `The limit must be a whole number from 1 to ${BATCH_LIMIT}.` });
  }
  const lib = await ready();
  const referrals = await store.waiting(limit);
  const waiting = await store.waitingCount();
  return reply.send({
    waiting,
    referrals: referrals.map((item) => ({
      reference: item.reference,
      receivedAt: item.receivedAt,
      sealed: lib.to_base64(item.sealed),
    })),
  });
}

/**
 * The comms team's figures for the days asked for (`?from=YYYY-MM-DD&to=YYYY-MM-DD`): page feedback (already without
 * personal details) and page reads per day and page. Nothing in either identifies anyone, and nothing is removed:
 * several people may read the report.
 */
async function insightFor(request: FastifyRequest, reply: FastifyReply, store: ReferralStore) {
  const { from, to } = request.query as Record<string, unknown>;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (
    typeof from !== 'string' ||
    typeof to !== 'string' ||
    !day.test(from) ||
    !day.test(to) ||
    from > to ||
    Date.parse(to) - Date.parse(from) > 400 * DAY_MS
  ) {
    return reply.code(400).send({ message: MESSAGES.period });
  }
  const upTo = <T extends { day: string }>(items: readonly T[]) => items.filter((item) => item.day <= to);
  return reply.send({
    from,
    to,
    feedback: upTo(await store.feedbackSince(from)),
    reads: upTo(await store.readsSince(from)),
  });
}

/** `?limit=N` read: the default when absent, at most 500; undefined when it is not a positive whole number. */
function listLimit(value: unknown): number | undefined {
  if (value === undefined) return DEFAULT_LIST_LIMIT;
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value) || Number(value) < 1) return undefined;
  return Math.min(Number(value), BATCH_LIMIT);
}

/**
 * The hub has these referrals safely: the store erases their sealed contents now, and forgets references
 * acknowledged longer ago than the retention period.
 */
async function acknowledge(request: FastifyRequest, reply: FastifyReply, options: HubRoutesOptions, at: Date) {
  const references = referencesFrom(request.body);
  if (!references) {
    return reply.code(400).send({
      message: `Send {"references": [...]}: at most ${BATCH_LIMIT} references such as "7KXM-QD4R".`,
    });
  }
  const acknowledged = await options.store.acknowledge(references, at);
  await options.store.forgetAcknowledgedBefore(new Date(at.getTime() - options.keepReferencesDays * DAY_MS));
  return reply.send({ acknowledged });
}

/** The references in the body sent, or undefined unless it is exactly `{ "references": [...] }` of well-shaped ones. */
function referencesFrom(body: unknown): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof body === 'string' ? body : '');
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const { references, ...rest } = parsed as { references?: unknown };
  if (Object.keys(rest).length > 0 || !Array.isArray(references) || references.length > BATCH_LIMIT) return undefined;
  if (!references.every((reference) => typeof reference === 'string' && REFERENCE_SHAPE.test(reference))) {
    return undefined;
  }
  return [...new Set(references as string[])];
}
