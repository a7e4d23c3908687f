/**
 * Where the report's figures come from when the comms team runs it on their own computer: the intake, over HTTPS,
 * with each request signed with their key (the same signed requests hub staff use to collect referrals), so the
 * comms team never needs access to the server and nobody else can ask for the figures.
 */
import { intakeProblem, sendSigned, type FetchLike, type Outcome } from '../hub/collection-api.ts';
import { intakeAddress } from '../hub/remote-source.ts';
import { CollectionError } from '../hub/referral-source.ts';
import type { PageFeedback } from '../intake/store/referral-store.ts';
import { COMMS_INSIGHT_PATH } from '../intake/comms-insight.ts';
import type { DayReads } from './insight.ts';

/** What the intake hands over for a period. */
export interface IntakeFigures {
  feedback: PageFeedback[];
  reads: DayReads[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readFeedback(item: unknown): PageFeedback | undefined {
  if (!isRecord(item)) return undefined;
  const { day, page, useful, whatWasWrong, lang } = item;
  if (typeof day !== 'string' || !DAY.test(day) || typeof page !== 'string') return undefined;
  if ((useful !== 'yes' && useful !== 'no') || typeof whatWasWrong !== 'string' || typeof lang !== 'string')
    return undefined;
  return { day, page, useful, whatWasWrong, lang };
}

function readReads(item: unknown): DayReads | undefined {
  if (!isRecord(item)) return undefined;
  const { day, page, reads } = item;
  if (typeof day !== 'string' || !DAY.test(day) || typeof page !== 'string') return undefined;
  return typeof reads === 'number' && Number.isInteger(reads) && reads >= 0 ? { day, page, reads } : undefined;
}

/** The intake's answer, checked; undefined when any part of it is not what the intake sends. */
export function readIntakeFigures(body: unknown): IntakeFigures | undefined {
  if (!isRecord(body) || !Array.isArray(body.feedback) || !Array.isArray(body.reads)) return undefined;
  const feedback = body.feedback.map(readFeedback);
  const reads = body.reads.map(readReads);
  if (feedback.some((item) => !item) || reads.some((item) => !item)) return undefined;
  return { feedback: feedback as PageFeedback[], reads: reads as DayReads[] };
}

/** The figures for the days from `from` to `to`, from the intake at `baseUrl`, or what went wrong in plain words. */
export async function figuresFromIntake(
  baseUrl: string,
  signingSecretKey: Uint8Array,
  period: { from: string; to: string },
  options: { fetch?: FetchLike; now?: () => Date } = {},
): Promise<Outcome<IntakeFigures>> {
  let address: URL;
  try {
    address = intakeAddress(baseUrl);
  } catch (error) {
    return { ok: false, problem: error instanceof CollectionError ? error.message : String(error) };
  }
  const connection = {
    address: address.href,
    fetch:
      options.fetch ??
      ((url: string, init: Parameters<FetchLike>[1]) =>
        fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(30_000) })),
    ...(options.now ? { now: options.now } : {}),
    advice: {
      checkKey:
        'Check you gave the comms team’s private key with --private-key, that this computer’s clock is right, and that the intake’s COMMS_COLLECTION_KEY is the one "npm run comms:keygen" printed with it.',
      checkConnection: `Check the address given with --from-intake (${address.origin}), that this computer is online, and that the intake is running.`,
      checkAddress: `Check the address given with --from-intake (${address.href}): it is the intake’s address, not the website’s.`,
    },
    attempts: 2,
  };
  const path = `${COMMS_INSIGHT_PATH}?from=${period.from}&to=${period.to}`;
  const reply = await sendSigned(connection, { method: 'GET', path, body: '' }, signingSecretKey);
  const figures = typeof reply === 'object' && reply.status === 200 ? readIntakeFigures(reply.body) : undefined;
  if (figures) return { ok: true, value: figures };
  return { ok: false, problem: intakeProblem(reply, connection.advice) };
}
