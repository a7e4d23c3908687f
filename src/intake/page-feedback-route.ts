/**
 * `POST /api/feedback`: answers to "Was this page useful?" from the widget at the foot of the site's pages.
 *
 * Feedback is not a referral: it holds nothing about the person, so it is not sealed for the hub, has no reference
 * and is not collected with referrals. What is kept is the UK day (never the time), the page, yes or no, the text
 * with anything shaped like an email address, a phone number or a postcode replaced by "[removed]", and the page's
 * language. Never the client's address, user agent or a cookie (the intake has none to keep), and the log line is
 * the route, the status and the time taken, as for every route.
 *
 * Sent with JavaScript, it answers JSON; sent as an ordinary form, it sends the person back to the page they were on,
 * to `#page-feedback-sent` or `#page-feedback-not-sent`, which the page shows with CSS alone.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  checkFeedback,
  FEEDBACK_FIELD_NAMES,
  FEEDBACK_NOT_SENT_ID,
  FEEDBACK_SENT_ID,
  PAGE_FEEDBACK_PATH,
  SITE_PATH,
} from '../features/page-feedback/feedback.ts';
import { removePersonalDetails } from '../features/page-feedback/personal-details.ts';
import { translatable } from '../shared/sentences.ts';
import { addDays } from '../shared/dates.ts';
import { ukTime } from '../shared/uk-time.ts';
import type { ReferralStore } from './store/referral-store.ts';

/**
 * How long feedback is kept: a year and a month, so the comms team can compare a month with the same month a year
 * before. Older feedback is forgotten on the first feedback of each day.
 */
export const KEEP_FEEDBACK_DAYS = 400;

/** Feedback is a word, a choice and at most 1,000 characters: a much smaller limit than a referral's. */
export const FEEDBACK_BODY_LIMIT_BYTES = 8 * 1024;

const ALLOWED_FIELDS = new Set(FEEDBACK_FIELD_NAMES);

/** What the route needs of the intake's settings. */
export interface FeedbackRouteOptions {
  store: ReferralStore;
  /** Where the site is, to send a form sent without JavaScript back to its page. */
  siteOrigin: string;
  /** Whether a request comes from another website (the intake's Fetch Metadata check). */
  fromAnotherSite: (request: FastifyRequest) => boolean;
}

/** What the intake answers: stored (and whether personal details were taken out), or why not. */
export type FeedbackAnswer =
  | { status: 201; body: { stripped: boolean } }
  | {
      status: 400 | 403 | 413 | 415 | 429 | 500;
      body: { message: string; errors?: { field: string; message: string }[] };
    };

/** Put the feedback route on the intake, in its plugin scope (so it shares the parsers, CORS and rate limit). */
export function addFeedbackRoute(intake: FastifyInstance, options: FeedbackRouteOptions, now: () => Date): void {
  let forgottenOn: string | undefined;
  /** Once a day, forget feedback older than KEEP_FEEDBACK_DAYS. A failure is tried again with the next feedback. */
  const forgetOldFeedback = async (at: Date) => {
    const today = ukTime(at).date;
    if (forgottenOn === today) return;
    forgottenOn = today;
    const oldest = addDays(today, -KEEP_FEEDBACK_DAYS);
    await options.store.forgetFeedbackBefore(oldest).catch(() => {
      forgottenOn = undefined;
    });
  };
  intake.post(
    PAGE_FEEDBACK_PATH,
    { bodyLimit: FEEDBACK_BODY_LIMIT_BYTES, config: { rateLimit: {} } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const answer = options.fromAnotherSite(request)
        ? refused(403, translatable('Feedback can only be sent from the Victims First website.'))
        : await receiveFeedback(request.body, options.store, now());
      if (answer.status === 201) await forgetOldFeedback(now());
      return sendFeedbackAnswer(request, reply, answer, options.siteOrigin);
    },
  );
}

/** Check and keep one answer, without anything that could identify the person. */
export async function receiveFeedback(body: unknown, store: ReferralStore, at: Date): Promise<FeedbackAnswer> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return refused(400, translatable('The feedback could not be read.'));
  const sent = body as Record<string, unknown>;
  // A field the form does not have, or the trap for scripts filled in: not a person using the form.
  if (Object.keys(sent).some((field) => !ALLOWED_FIELDS.has(field)) || (sent.website ?? '') !== '')
    return refused(400, translatable('The feedback could not be read.'));
  const { website: _trap, ...answers } = sent;
  const checked = checkFeedback(answers);
  if (!checked.ok) {
    return {
      status: 400,
      body: { message: translatable('There is a problem with the feedback.'), errors: checked.errors },
    };
  }
  const { page, useful, whatWasWrong, formLanguage } = checked.feedback;
  const cleaned = removePersonalDetails(whatWasWrong);
  await store.recordFeedback({ day: ukTime(at).date, page, useful, whatWasWrong: cleaned.text, lang: formLanguage });
  return { status: 201, body: { stripped: cleaned.removed } };
}

function refused(status: 400 | 403 | 413 | 415 | 429 | 500, message: string): FeedbackAnswer {
  return { status, body: { message } };
}

/**
 * The answer: JSON for the widget's script; for an ordinary form, back to the page it was sent from (only a path on
 * this site, else the home page), at the message saying whether it was sent.
 */
export function sendFeedbackAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: FeedbackAnswer,
  siteOrigin: string,
) {
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
    return reply.code(answer.status).send(answer.body);
  const sentFrom = (request.body as { page?: unknown } | undefined)?.page;
  const page = typeof sentFrom === 'string' && SITE_PATH.test(sentFrom) ? sentFrom : '/';
  const target = answer.status === 201 ? FEEDBACK_SENT_ID : FEEDBACK_NOT_SENT_ID;
  return reply
    .code(303)
    .header('location', new URL(`${page}#${target}`, siteOrigin).href)
    .send();
}

/** Whether a request is for the feedback route: its errors are answered the feedback's way. */
export function isFeedbackRequest(request: FastifyRequest): boolean {
  return (request.routeOptions.url ?? request.url).startsWith(PAGE_FEEDBACK_PATH);
}
