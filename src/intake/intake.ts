/**
 * The hub intake: receives referrals from the site's form, as an ordinary
 * form post (no JavaScript) or as JSON (the form's script), checks them with
 * the same schema as the form, seals them for the hub and stores them.
 * It answers "received" only once the referral is on disk.
 *
 * Nothing about the person is logged or echoed back: errors name fields,
 * never the values typed into them.
 */
import cors from '@fastify/cors';
import formBody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  errorSummary,
  FORM_REGION,
  PAGE_REGION,
  referralFormContext,
  renderConfirmation,
  renderReferralForm,
  replaceRegion,
  type FormValues,
  type ReferralFormContext,
} from '../features/referral/form-markup.ts';
import type { Settings } from '../content-model/schemas/settings.ts';
import { checkReferral, REFERRAL_FIELD_NAMES, type FieldError, type Referral } from '../features/referral/schema.ts';
import { sealForHub } from '../hub/sealing.ts';
import { canonicalJson, type RecordResult, type ReferralStore } from './store.ts';

/** Where the form posts referrals. */
export const REFERRALS_PATH = '/api/referrals';
/** Where monitoring asks whether the intake is up. */
export const HEALTH_PATH = '/api/health';
/** A referral is a few kilobytes at most; anything far bigger is not from the form. */
export const BODY_LIMIT_BYTES = 64 * 1024;
/** People do not fill in the form in under this time; scripts do. Faster referrals are kept but flagged for the hub. */
export const FASTEST_HUMAN_MS = 3000;

/** Fields the form adds besides the referral itself. */
const FORM_EXTRAS = ['idempotencyKey', 'timeTakenMs', 'website'] as const;
const ALLOWED_FIELDS = new Set<string>([...REFERRAL_FIELD_NAMES, ...FORM_EXTRAS]);
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

/** What the intake needs: where to store, the key to seal with, and what its answers say. */
export interface IntakeOptions {
  store: ReferralStore;
  /** The hub's public key: the intake can seal referrals but never open them. */
  hubPublicKey: string;
  /** The site's own origin, the only one allowed to post from a script. */
  siteOrigin: string;
  /** The hub's phone number, for messages that ask people to call instead. */
  hubPhone: string;
  /** Submissions allowed per address per minute. */
  perMinute?: number;
  /** The clock, for tests. */
  now?: () => Date;
  /** Print one line per request (method, path, status, time): never anything about the person. */
  logRequests?: boolean;
  /**
   * The built /refer/ page, to answer forms sent without JavaScript with the
   * same page: the errors and what was typed, or the confirmation.
   */
  formPage?: {
    template: () => string | undefined;
    context: ReferralFormContext;
    contactWithinWorkingDays: number;
    callsFrom: string;
  };
}

/** The intake's view of the /refer/ page: a template, and the settings the page shows. */
export function referralFormPage(
  settings: Settings,
  template: () => string | undefined,
  services: ReferralFormContext['services'] = [],
): NonNullable<IntakeOptions['formPage']> {
  return {
    template,
    context: referralFormContext(settings, services),
    contactWithinWorkingDays: settings.referral.contactWithinWorkingDays,
    callsFrom: settings.hub.callsFrom,
  };
}

/** What the intake answers a submission: the status, and the reference or what went wrong. */
export type IntakeAnswer =
  | { status: 201 | 200; body: { reference: string } }
  | { status: ErrorStatus; body: { message: string; errors?: FieldError[] } }
  | { status: 409; body: { message: string; reference: string } };

/** The statuses a request can fail with before or while its answers are read. */
type ErrorStatus = 400 | 413 | 415 | 429 | 500;

/** Put the intake's routes (/api/health, /api/referrals) on a Fastify server, in their own plugin scope. */
export async function registerIntake(app: FastifyInstance, options: IntakeOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  await app.register(async (intake) => {
    await registerParsersAndLimits(intake, options);
    answerErrorsPlainly(intake, options);
    if (options.logRequests) logEachRequest(intake);
    addHealthRoute(intake, options.store);
    addReferralRoute(intake, options, now);
  });
}

/** The sentence that ends most messages: people can always call the hub instead. */
function callUs(hubPhone: string): string {
  return `Please call the Victims First Hub on ${hubPhone}.`;
}

/** What people are told when a request fails before its answers are checked, by status. */
function errorMessages(hubPhone: string): Record<ErrorStatus, string> {
  const orCallUs = `or call the Victims First Hub on ${hubPhone}.`;
  return {
    400: `The form could not be read. ${callUs(hubPhone)}`,
    413: `This form is too large to send. Shorten the longest answers, ${orCallUs}`,
    415: `The form could not be read. ${callUs(hubPhone)}`,
    429: `Too many forms have been sent from this connection. Wait a minute and try again, ${orCallUs}`,
    500: `Something went wrong and your form was not received. ${callUs(hubPhone)}`,
  };
}

/**
 * The status to answer an error with: its own for too large (413), a type the form never sends (415) and too many
 * (429); 400 for any other refusal of the request; 500 when the intake itself failed.
 */
function errorStatus(error: { statusCode?: number }): ErrorStatus {
  const code = error.statusCode;
  if (code && [413, 415, 429].includes(code)) return code as 413 | 415 | 429;
  if (code && code < 500) return 400;
  return 500;
}

/** Only the two ways the form sends (a web form, or JSON from its script), each size-limited, and a rate limit. */
async function registerParsersAndLimits(intake: FastifyInstance, options: IntakeOptions): Promise<void> {
  // Fastify reads plain text by default; the form never sends it.
  intake.removeContentTypeParser('text/plain');
  await intake.register(formBody, { bodyLimit: BODY_LIMIT_BYTES });
  await intake.register(cors, { origin: [options.siteOrigin], methods: ['POST'] });
  // Counted per address: behind a proxy, set TRUST_PROXY so the address is the person's, not the proxy's.
  await intake.register(rateLimit, {
    global: false,
    max: options.perMinute ?? 20,
    timeWindow: '1 minute',
    // Thrown to the error handler below, which writes the message.
    errorResponseBuilder: () => ({ statusCode: 429, message: '' }),
  });
}

/**
 * Answer bad requests plainly, without repeating anything that was sent; a form sent without JavaScript gets the page
 * back.
 */
function answerErrorsPlainly(intake: FastifyInstance, options: IntakeOptions): void {
  const messages = errorMessages(options.hubPhone);
  intake.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const status = errorStatus(error);
    return sendAnswer(request, reply, { status, body: { message: messages[status] } }, options);
  });
}

/** One line per request (method, route, status, time), never anything about the person. */
function logEachRequest(intake: FastifyInstance): void {
  intake.addHook('onResponse', async (request, reply) => {
    console.log(
      `${request.method} ${request.routeOptions.url ?? 'unknown'} ${reply.statusCode} ${reply.elapsedTime.toFixed(0)}ms`,
    );
  });
}

/** Up, and how many referrals wait for the hub; not rate-limited, so monitoring never uses up people's allowance. */
function addHealthRoute(intake: FastifyInstance, store: ReferralStore): void {
  intake.get(HEALTH_PATH, async () => ({ status: 'ok', waiting: store.count() }));
}

/** The form's route: refused from other websites, otherwise checked, sealed and stored. */
function addReferralRoute(intake: FastifyInstance, options: IntakeOptions, now: () => Date): void {
  intake.post(
    REFERRALS_PATH,
    { bodyLimit: BODY_LIMIT_BYTES, config: { rateLimit: {} } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      if (isFromAnotherSite(request, options.siteOrigin)) {
        return reply
          .code(403)
          .send({ message: `Referrals can only be sent from the Victims First website. ${callUs(options.hubPhone)}` });
      }
      const answer = await receiveReferral(request.body, options, now(), callUs(options.hubPhone));
      return sendAnswer(request, reply, answer, options);
    },
  );
}

/**
 * Browsers say which site a form came from: one that names another site is refused. (With the site's no-referrer
 * policy a browser's own form post says "null", so that cannot be told apart and is allowed.)
 */
function isFromAnotherSite(request: FastifyRequest, siteOrigin: string): boolean {
  const origin = request.headers.origin;
  const ownOrigin = `${request.protocol}://${request.host}`;
  return Boolean(origin && origin !== 'null' && origin !== siteOrigin && origin !== ownOrigin);
}

/** The answer as the /refer/ page for a form post when there is one (a new referral is 200 there), else as JSON. */
function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: IntakeAnswer, options: IntakeOptions) {
  const page = isFormPost(request) ? answerAsPage(answer, request.body, options) : undefined;
  if (page)
    return reply
      .code(answer.status === 201 ? 200 : answer.status)
      .type('text/html; charset=utf-8')
      .send(page);
  return reply.code(answer.status).send(answer.body);
}

/** Sent as an ordinary web form, so the person is looking at the answer as a page. */
function isFormPost(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

/**
 * The /refer/ page again, for a form sent without JavaScript: the
 * confirmation, or the form with what was typed and the errors (title
 * starting "Error:"). Undefined when there is no built page to use.
 */
export function answerAsPage(answer: IntakeAnswer, body: unknown, options: IntakeOptions): string | undefined {
  const formPage = options.formPage;
  const template = formPage?.template();
  if (!formPage || !template) return undefined;
  const values = (body && typeof body === 'object' ? body : {}) as FormValues;
  if (answer.status === 201 || answer.status === 200 || answer.status === 409) {
    const confirmation = renderConfirmation({
      reference: answer.body.reference,
      alreadySent: answer.status === 409,
      forSomeoneElse: values.referrerType !== 'self',
      hubPhone: options.hubPhone,
      callsFrom: formPage.callsFrom,
      contactWithinWorkingDays: formPage.contactWithinWorkingDays,
    });
    return replaceRegion(template, PAGE_REGION, confirmation).replace(/<title>[^<]*– /, '<title>Referral sent – ');
  }
  const errors: FieldError[] = 'errors' in answer.body && answer.body.errors ? answer.body.errors : [];
  const form = renderReferralForm(formPage.context, values, errors);
  // A problem that is not about one answer still goes at the top, in the same summary box.
  const message = 'message' in answer.body ? answer.body.message : '';
  const general = errors.length === 0 ? errorSummary([{ field: 'form', message }]) : '';
  return replaceRegion(template, FORM_REGION, general + form).replace('<title>', '<title>Error: ');
}

/** Check, seal and store one submission. */
export async function receiveReferral(
  body: unknown,
  options: IntakeOptions,
  receivedAt: Date,
  callUs: string,
): Promise<IntakeAnswer> {
  const submission = readSubmission(body, callUs);
  if (!submission.ok) return submission.answer;
  const checked = checkAnswers(submission.answers, receivedAt, options);
  if (!checked.ok) return checked.answer;
  const result = await sealAndStore(checked.referral, submission, options, receivedAt);
  return recordedAnswer(result, options.hubPhone);
}

/** A submission split into the referral's answers and what the form adds to them. */
interface Submission {
  ok: true;
  answers: Record<string, unknown>;
  idempotencyKey: string | undefined;
  suspiciouslyFast: boolean;
}

/** Refused = not an answer of this kind: its status and message. */
type Refused = { ok: false; answer: IntakeAnswer };

const SOME_ANSWERS_WRONG = 'There is a problem with some answers.';

/**
 * The form's own fields taken off the answers and checked: nothing it does not ask for, the hidden field empty, the
 * idempotency key well formed.
 */
function readSubmission(body: unknown, callUs: string): Submission | Refused {
  const refuse = (message: string): Refused => ({ ok: false, answer: { status: 400, body: { message } } });
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(`The form could not be read. ${callUs}`);
  const submitted = body as Record<string, unknown>;
  if (Object.keys(submitted).some((field) => !ALLOWED_FIELDS.has(field))) {
    return refuse(`The form sent answers it does not ask for. ${callUs}`);
  }
  // A field people never see, filled in: a script, not a person.
  if (typeof submitted.website === 'string' && submitted.website.trim() !== '')
    return refuse(`We could not accept this form. ${callUs}`);
  const suspiciouslyFast = sentTooFast(submitted.timeTakenMs);
  const key = submitted.idempotencyKey === '' ? undefined : submitted.idempotencyKey;
  if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
    return refuse(`The form could not be read. ${callUs}`);
  }
  const { idempotencyKey: _key, timeTakenMs: _timeTaken, website: _website, ...answers } = submitted;
  return { ok: true, answers, idempotencyKey: key, suspiciouslyFast };
}

/**
 * How long the form took, measured by the browser's own timer (so its clock being wrong does not matter). Empty when
 * the script did not run. Too fast is kept, but flagged for the hub to judge.
 */
function sentTooFast(timeTakenMs: unknown): boolean {
  const timeTaken = Number(timeTakenMs);
  return (
    timeTakenMs !== undefined &&
    timeTakenMs !== '' &&
    Number.isFinite(timeTaken) &&
    timeTaken >= 0 &&
    timeTaken < FASTEST_HUMAN_MS
  );
}

/** The answers checked with the form's own schema, and a chosen service checked against those the form offers. */
function checkAnswers(
  answers: Record<string, unknown>,
  receivedAt: Date,
  options: IntakeOptions,
): { ok: true; referral: Referral } | Refused {
  const checked = checkReferral(answers, receivedAt);
  if (!checked.ok)
    return { ok: false, answer: { status: 400, body: { message: SOME_ANSWERS_WRONG, errors: checked.errors } } };
  // A chosen service must be one the form offers, so the hub never gets a name it does not know.
  const offered = options.formPage?.context.services ?? [];
  const chosen = checked.referral.serviceInterest;
  if (chosen && offered.length > 0 && !offered.some((service) => service.value === chosen)) {
    const errors: FieldError[] = [
      { field: 'serviceInterest', message: 'Choose a service from the list, or choose "Not sure, or no"' },
    ];
    return { ok: false, answer: { status: 400, body: { message: SOME_ANSWERS_WRONG, errors } } };
  }
  return { ok: true, referral: checked.referral };
}

/** Seal the referral (with when it came, and any flag) for the hub, and store it once. */
async function sealAndStore(
  referral: Referral,
  { idempotencyKey, suspiciouslyFast }: Submission,
  options: IntakeOptions,
  receivedAt: Date,
): Promise<RecordResult> {
  const canonicalBody = canonicalJson(referral);
  const sealed = await sealForHub(
    {
      receivedAt: receivedAt.toISOString(),
      referral,
      ...(suspiciouslyFast ? { flags: ['sent-very-quickly'] } : {}),
    },
    options.hubPublicKey,
  );
  // Without a key (a form sent without JavaScript), the store uses the referral itself: sending it twice stores it
  // once.
  return options.store.record({
    ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
    canonicalBody,
    sealed,
    receivedAt,
  });
}

/** 201 with the reference for a new referral, 200 for a repeat, 409 for different answers under the same key. */
function recordedAnswer(result: RecordResult, hubPhone: string): IntakeAnswer {
  // The key is a random secret of this page: whoever has it sent the first referral, so they may see its reference.
  if (result.status === 'conflict') {
    return {
      status: 409,
      body: {
        reference: result.reference,
        message: `This referral was already sent. To change an answer, call the Victims First Hub on ${hubPhone} and give the reference.`,
      },
    };
  }
  return { status: result.status === 'stored' ? 201 : 200, body: { reference: result.reference } };
}
