/**
 * The hub intake: receives referrals from the site's form, as an ordinary
 * form post (no JavaScript) or as JSON (the form's script), checks them with
 * the same schema as the form, seals them for the hub and stores them.
 * It answers "received" only once the referral is durably stored. The hub's
 * collection routes (hub-routes.ts) live in the same plugin scope.
 *
 * Nothing about the person is logged or echoed back: errors name fields,
 * never the values typed into them.
 */
import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import cors from '@fastify/cors';
import formBody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  errorSummary,
  ERROR_REGION,
  FORM_REGION,
  PAGE_REGION,
  referralFormContext,
  renderConfirmation,
  renderReferralForm,
  replaceRegion,
  type ConfirmationDetails,
  type FormValues,
  type ReferralFormContext,
} from '../features/referral/form-markup.ts';
import type { Settings } from '../content-model/schemas/settings.ts';
import type { FieldError } from '../features/referral/answers.ts';
import { checkReferral, REFERRAL_FIELD_NAMES, type Referral } from '../features/referral/schema.ts';
import {
  checkHateCrimeReport,
  REPORT_FIELD_NAMES,
  reportRecord,
  supportReferral,
} from '../features/referral/hate-crime-report/schema.ts';
import {
  confirmationChoices,
  HATE_CRIME_REPORTS_PATH,
  renderReportConfirmation,
  renderReportForm,
  REPORT_SENT,
  reportFormContext,
  type ReportFormContext,
} from '../features/referral/hate-crime-report/report-markup.ts';
import { SIGNATURE_HEADER } from '../hub/signed-requests.ts';
import { registerHubRoutes } from './hub-routes.ts';
import { addFeedbackRoute, isFeedbackRequest, sendFeedbackAnswer } from './page-feedback-route.ts';
import { addPageReadBeaconRoute } from './page-read-beacon-route.ts';
import type { CountReadsOptions } from './page-read-tally.ts';
import { hubSealer, type Sealer } from './native-sealing.ts';
import type { RecordResult, ReferralStore } from './store/referral-store.ts';
import { escapeHtml } from '../shared/html.ts';
import { fillIn, sayFrom, translatable } from '../shared/sentences.ts';

/** Where the form posts referrals. */
export const REFERRALS_PATH = '/api/referrals';
/** Where the hate crime report form posts reports. */
export { HATE_CRIME_REPORTS_PATH };
/** Where monitoring asks whether the intake is up. */
export const HEALTH_PATH = '/api/health';
/** A referral is a few kilobytes at most; anything far bigger is not from the form. */
export const BODY_LIMIT_BYTES = 64 * 1024;
/** People do not fill in the form in under this time; scripts do. Faster referrals are kept but flagged for the hub. */
export const FASTEST_HUMAN_MS = 3000;
/** A form sent again within this time (a double click, Back and send again) is stored once. */
export const REPEAT_WINDOW_MS = 30 * 60 * 1000;
/** How long collected referrals' references are kept when the settings do not say (settings: referral.retentionDays). */
export const DEFAULT_KEEP_REFERENCES_DAYS = 30;
/** Monitoring is told "unavailable" when the database has not answered within this time. */
export const HEALTH_CHECK_TIMEOUT_MS = 5000;

/** What the hub is told about how a referral was sent: kept, but worth a second look. */
export type ReferralFlag = 'sent-very-quickly' | 'time-not-measured';

/** Fields the form adds besides the referral itself. */
const FORM_EXTRAS = ['idempotencyKey', 'timeTakenMs', 'website'] as const;
const REFERRAL_FIELDS = new Set<string>([...REFERRAL_FIELD_NAMES, ...FORM_EXTRAS]);
const REPORT_FIELDS = new Set<string>([...REPORT_FIELD_NAMES, ...FORM_EXTRAS]);
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

/**
 * Used when no repeat key is given: random for this run, so a form sent once before a restart and again after it
 * is stored twice.
 */
const REPEAT_KEY_FOR_THIS_RUN = new Uint8Array(randomBytes(32));

/** What the intake needs: where to store, the key to seal with, and what its answers say. */
export interface IntakeOptions {
  store: ReferralStore;
  /** The hub's public key: the intake can seal referrals but never open them. */
  hubPublicKey: string;
  /**
   * Keys the hash that recognises a form sent twice (INTAKE_REPEAT_KEY). Never stored in the database. Intakes
   * sharing one database need the same key. Without one, a random key for this run is used.
   */
  repeatKey?: Uint8Array;
  /** The hub's collection keys, to check its signed collection requests; none means collection is not set up. */
  collectionKeys?: readonly string[];
  /**
   * Count page reads the site's pages send (`POST /api/reads`), for a site on a static host; absent when the site's
   * own server counts them (npm start) or counting is off.
   */
  countReadsByBeacon?: CountReadsOptions;
  /** The comms team's collection keys (COMMS_COLLECTION_KEY): their report fetches page feedback and page reads. */
  commsKeys?: readonly string[];
  /** How many days a collected referral's reference is kept (settings: referral.retentionDays). */
  keepReferencesDays?: number;
  /**
   * The site's own origin. Its script may post from there through CORS, and it is the only other site a browser may
   * post a referral from.
   */
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
  formPage?: FormPage;
  /**
   * The same page in each other language the site offers (/pl/refer/ …), by language code: a form sent without
   * JavaScript from one of them is answered in its language (the form sends its language in `formLanguage`).
   */
  formPages?: Readonly<Record<string, FormPage>>;
  /** The built /report-hate-crime/ page, to answer reports sent without JavaScript with the same page. */
  reportPage?: ReportPage;
  /** The same page in each other language it is translated into, by language code. */
  reportPages?: Readonly<Record<string, ReportPage>>;
}

/** A built hate crime report page, and the settings it shows. */
export interface ReportPage {
  template: () => string | undefined;
  context: ReportFormContext;
  contactWithinWorkingDays: number;
}

/** The intake's view of the /report-hate-crime/ page: a template, and the settings the page shows. */
export function hateCrimeReportPage(settings: Settings, template: () => string | undefined): ReportPage {
  return {
    template,
    context: reportFormContext(settings),
    contactWithinWorkingDays: settings.referral.contactWithinWorkingDays,
  };
}

/**
 * The report page in each language the site offers, besides English: its template (the built
 * /<code>/report-hate-crime/ page) and the same settings. The words come from the page itself (contextInPage).
 */
export function reportPagesByLanguage(
  settings: Settings,
  templateIn: (lang: string) => () => string | undefined,
): Record<string, ReportPage> {
  return Object.fromEntries(
    settings.translations.languages.map(({ code }) => [code, hateCrimeReportPage(settings, templateIn(code))]),
  );
}

/** A built referral page, and the settings it shows. */
export interface FormPage {
  template: () => string | undefined;
  context: ReferralFormContext;
  contactWithinWorkingDays: number;
  callsFrom: string;
  /** Lines open when the hub is not, and the emergency number, for the confirmation's "talk to someone now". */
  talkNow: ConfirmationDetails['talkNow'];
  emergency: string;
}

/**
 * The form's context as the page gives it to the browser (data-form-context): the words in the page's language and
 * its links, so the intake answers in the same words the page showed. Undefined when the page has none.
 */
export function contextInPage(page: string): ReferralFormContext | undefined {
  const found = /data-form-context="([^"]*)"/.exec(page)?.[1];
  if (!found) return undefined;
  const json = found
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_match, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
  try {
    return JSON.parse(json) as ReferralFormContext;
  } catch {
    return undefined;
  }
}

/** The page a form post came from: its language's page when the site has one, the English page otherwise. */
function pageInLanguageOf<Page>(
  body: unknown,
  english: Page | undefined,
  translated: Readonly<Record<string, Page>> | undefined,
): Page | undefined {
  const lang = body && typeof body === 'object' ? (body as { formLanguage?: unknown }).formLanguage : undefined;
  return (typeof lang === 'string' && lang !== 'en' && translated?.[lang]) || english;
}

/** The intake's view of the /refer/ page: a template, and the settings the page shows. */
export function referralFormPage(
  settings: Settings,
  template: () => string | undefined,
  services: ReferralFormContext['services'] = [],
): FormPage {
  return {
    template,
    context: referralFormContext(settings, services),
    contactWithinWorkingDays: settings.referral.contactWithinWorkingDays,
    callsFrom: settings.hub.callsFrom,
    talkNow: settings.hub.whenClosed,
    emergency: settings.emergency.emergency,
  };
}

/**
 * The referral page in each language the site offers, besides English: its template (the built /<code>/refer/ page)
 * and the same settings. The words come from the page itself (contextInPage).
 */
export function formPagesByLanguage(
  settings: Settings,
  templateIn: (lang: string) => () => string | undefined,
  services: ReferralFormContext['services'] = [],
): Record<string, FormPage> {
  return Object.fromEntries(
    settings.translations.languages.map(({ code }) => [code, referralFormPage(settings, templateIn(code), services)]),
  );
}

/** What the intake answers a submission: the status, and the reference or what went wrong. */
export type IntakeAnswer =
  | { status: 201 | 200; body: { reference: string } }
  | { status: ErrorStatus; body: { message: string; errors?: FieldError[] } }
  | { status: 409; body: { message: string; reference: string } };

/** The statuses a request can fail with before or while its answers are read. */
type ErrorStatus = 400 | 403 | 413 | 415 | 429 | 500;

/**
 * Put the intake's routes (/api/health, /api/referrals, and the hub's collection routes under /api/hub/) on a Fastify
 * server, in their own plugin scope.
 */
export async function registerIntake(app: FastifyInstance, options: IntakeOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  // A public key that is not one would fail every referral: refuse it now, while someone is watching the start.
  sealerFor(options.hubPublicKey);
  await app.register(async (intake) => {
    await registerParsersAndLimits(intake, options);
    answerErrorsPlainly(intake, options);
    if (options.logRequests) logEachRequest(intake);
    addHealthRoute(intake, options.store);
    addFormRoute(intake, options, now, REFERRAL);
    addFormRoute(intake, options, now, HATE_CRIME_REPORT);
    if (options.countReadsByBeacon)
      addPageReadBeaconRoute(intake, {
        ...options.countReadsByBeacon,
        fromAnotherSite: (request) =>
          isFromAnotherSite(request.headers, options.siteOrigin, `${request.protocol}://${request.host}`),
      });
    addFeedbackRoute(
      intake,
      {
        store: options.store,
        siteOrigin: options.siteOrigin,
        fromAnotherSite: (request) =>
          isFromAnotherSite(request.headers, options.siteOrigin, `${request.protocol}://${request.host}`),
      },
      now,
    );
    // Always registered: without collection keys its routes answer 503, saying collection is not set up.
    await registerHubRoutes(intake, {
      store: options.store,
      collectionKeys: options.collectionKeys ?? [],
      commsKeys: options.commsKeys ?? [],
      keepReferencesDays: options.keepReferencesDays ?? DEFAULT_KEEP_REFERENCES_DAYS,
      now,
    });
  });
}

/**
 * A message that ends by saying to call the hub, with the hub's number put in. Each is one whole sentence (marked
 * translatable), so the form page in another language can show it translated.
 */
function withPhone(message: string, hubPhone: string): string {
  return fillIn(message, { phone: hubPhone });
}

/** What people are told when a request fails before its answers are checked, by status. */
function errorMessages(hubPhone: string): Record<ErrorStatus, string> {
  const unreadable = translatable('The form could not be read. Please call the Victims First Hub on {phone}.');
  return {
    400: withPhone(unreadable, hubPhone),
    403: withPhone(
      translatable(
        'Referrals can only be sent from the Victims First website. Please call the Victims First Hub on {phone}.',
      ),
      hubPhone,
    ),
    413: withPhone(
      translatable(
        'This form is too large to send. Shorten the longest answers, or call the Victims First Hub on {phone}.',
      ),
      hubPhone,
    ),
    415: withPhone(unreadable, hubPhone),
    429: withPhone(
      translatable(
        'Too many forms have been sent from this connection. Wait a minute and try again, or call the Victims First Hub on {phone}.',
      ),
      hubPhone,
    ),
    500: withPhone(
      translatable(
        'Something went wrong and your form was not received. Please call the Victims First Hub on {phone}.',
      ),
      hubPhone,
    ),
  };
}

/** What the feedback's script is told when a request fails before its answers are checked, by status. */
const FEEDBACK_ERRORS: Record<ErrorStatus, string> = {
  400: translatable('The feedback could not be read.'),
  403: translatable('Feedback can only be sent from the Victims First website.'),
  413: translatable('The feedback is too long to send.'),
  415: translatable('The feedback could not be read.'),
  429: translatable('Too much feedback has been sent from this connection. Wait a minute and try again.'),
  500: translatable('Something went wrong and the feedback was not kept.'),
};

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
  // The form's script posts; the hub page (on the site, when the intake is on a subdomain) also gets and signs.
  await intake.register(cors, {
    origin: [options.siteOrigin],
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', SIGNATURE_HEADER],
  });
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
    if (isFeedbackRequest(request)) {
      const body = { message: FEEDBACK_ERRORS[status] };
      return sendFeedbackAnswer(request, reply, { status, body }, options.siteOrigin);
    }
    const kind = kindOf(request);
    const message = status === 403 ? withPhone(kind.fromAnotherSite, options.hubPhone) : messages[status];
    return sendAnswer(request, reply, { status, body: { message } }, options, kind);
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

/**
 * Whether the intake can store referrals: "ok" once the database has answered, else 503 "unavailable". Nothing more
 * (how many referrals wait is for the hub's signed routes, not for anyone who asks). Not rate-limited, so monitoring
 * never uses up people's allowance.
 */
function addHealthRoute(intake: FastifyInstance, store: ReferralStore): void {
  intake.get(HEALTH_PATH, async (_request, reply) => {
    try {
      await withinTime(store.check(), HEALTH_CHECK_TIMEOUT_MS);
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}

/** The promise, or a rejection once the time is up: a database that does not answer is as bad as one that fails. */
async function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('The database did not answer in time.')), ms);
  });
  try {
    return await Promise.race([promise, timeUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** A form's route: refused from other websites, otherwise checked, sealed and stored. */
function addFormRoute(intake: FastifyInstance, options: IntakeOptions, now: () => Date, kind: SubmissionKind): void {
  intake.post(
    kind.path,
    { bodyLimit: BODY_LIMIT_BYTES, config: { rateLimit: {} } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const ownOrigin = `${request.protocol}://${request.host}`;
      if (isFromAnotherSite(request.headers, options.siteOrigin, ownOrigin)) {
        const message = withPhone(kind.fromAnotherSite, options.hubPhone);
        return sendAnswer(request, reply, { status: 403, body: { message } }, options, kind);
      }
      const answer = await receiveSubmission(kind, request.body, options, now());
      return sendAnswer(request, reply, answer, options, kind);
    },
  );
}

/**
 * Whether a post comes from another website, and so must be refused (another site could otherwise make a visitor's
 * browser send a referral, or open /refer/ with its own answers filled in).
 *
 * Browsers say where a request comes from in Sec-Fetch-Site (Fetch Metadata), whatever the page's referrer policy:
 * "same-origin", "same-site" and "none" (typed or bookmarked) are allowed; "cross-site" only when Origin is exactly
 * the site's own origin (the site's script posting through CORS to an intake on another domain). Origin alone cannot
 * decide: a page with a no-referrer policy makes its form posts say "null", which the site's own pages also do.
 *
 * Without Sec-Fetch-Site (tools such as curl, very old browsers) the Origin header decides as before: absent, "null",
 * the site's or the intake's own origin is allowed.
 */
export function isFromAnotherSite(
  headers: { origin?: string | undefined; 'sec-fetch-site'?: string | string[] | undefined },
  siteOrigin: string,
  ownOrigin: string,
): boolean {
  const origin = headers.origin;
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined) {
    if (fetchSite === 'same-origin' || fetchSite === 'same-site' || fetchSite === 'none') return false;
    // "cross-site", or anything a browser would not send.
    return origin !== siteOrigin;
  }
  return Boolean(origin && origin !== 'null' && origin !== siteOrigin && origin !== ownOrigin);
}

/** The answer as the form's page for a form post when there is one (a new submission is 200 there), else as JSON. */
function sendAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: IntakeAnswer,
  options: IntakeOptions,
  kind: SubmissionKind,
) {
  const page = isFormPost(request) ? kind.answerAsPage(answer, request.body, options) : undefined;
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
  const formPage = pageInLanguageOf(body, options.formPage, options.formPages);
  return formPage
    ? answerWithFormPage(answer, body, formPage, {
        sent: 'Referral sent',
        confirmation: (sent, values, context) =>
          renderConfirmation({
            ...sent,
            forSomeoneElse: values.referrerType !== 'self',
            hubPhone: options.hubPhone,
            callsFrom: formPage.callsFrom,
            contactWithinWorkingDays: formPage.contactWithinWorkingDays,
            talkNow: formPage.talkNow,
            emergency: formPage.emergency,
            ...(context.words ? { words: context.words } : {}),
            ...(context.links ? { links: context.links } : {}),
          }),
        form: (context, values, errors) => renderReferralForm(context, values, errors, { withSummary: false }),
      })
    : undefined;
}

/** How one kind of form answers with its page: what its confirmation says, and how its form is drawn. */
interface FormPageAnswer<Context> {
  /** The confirmation's title, such as "Referral sent". */
  sent: string;
  confirmation: (sent: { reference: string; alreadySent: boolean }, values: FormValues, context: Context) => string;
  form: (context: Context, values: FormValues, errors: FieldError[]) => string;
}

/**
 * A form's page as the answer to a form sent without JavaScript: the confirmation (its title first), or the form
 * with what was typed and the errors, the summary at the top (a problem that is not about one answer goes there too,
 * in the same box) and a title starting "Error:". Undefined when there is no built page to use.
 */
function answerWithFormPage<Context extends ReferralFormContext | ReportFormContext>(
  answer: IntakeAnswer,
  body: unknown,
  page: { template: () => string | undefined; context: Context },
  kind: FormPageAnswer<Context>,
): string | undefined {
  const template = page.template();
  if (!template) return undefined;
  const context = (contextInPage(template) as Context | undefined) ?? page.context;
  const say = sayFrom(context.words, { isolateValues: context.dir === 'rtl' });
  // A post refused as coming from another website gets an empty form: that website chose the answers, not the person.
  const values = (body && typeof body === 'object' && answer.status !== 403 ? body : {}) as FormValues;
  if (answer.status === 201 || answer.status === 200 || answer.status === 409) {
    const sent = { reference: answer.body.reference, alreadySent: answer.status === 409 };
    return replaceRegion(template, PAGE_REGION, kind.confirmation(sent, values, context)).replace(
      /<title>[^<]*– /,
      `<title>${escapeHtml(say(kind.sent))} – `,
    );
  }
  const errors: FieldError[] = 'errors' in answer.body && answer.body.errors ? answer.body.errors : [];
  const message = 'message' in answer.body ? answer.body.message : '';
  const summary = errorSummary(errors.length > 0 ? errors : [{ field: 'form', message }], context.words);
  const withErrors = replaceRegion(
    replaceRegion(template, ERROR_REGION, summary),
    FORM_REGION,
    kind.form(context, values, errors),
  );
  return withErrors.replace('<title>', `<title>${escapeHtml(say('Error:'))} `);
}

/** Check, seal and store one referral. */
export async function receiveReferral(
  body: unknown,
  options: IntakeOptions,
  receivedAt: Date,
  hubPhone: string,
): Promise<IntakeAnswer> {
  return receiveSubmission(REFERRAL, body, { ...options, hubPhone }, receivedAt);
}

/** Check, seal and store one submission of a kind. */
export async function receiveSubmission(
  kind: SubmissionKind,
  body: unknown,
  options: IntakeOptions,
  receivedAt: Date,
): Promise<IntakeAnswer> {
  const submission = readSubmission(body, options.hubPhone, kind.fields);
  if (!submission.ok) return submission.answer;
  const checked = kind.check(submission.answers, receivedAt, options);
  if (!checked.ok) return checked.answer;
  const result = await sealAndStore(checked.sealed, submission, options, receivedAt);
  return recordedAnswer(result, withPhone(kind.alreadySent, options.hubPhone));
}

/** A submission split into the referral's answers and what the form adds to them. */
interface Submission {
  ok: true;
  answers: Record<string, unknown>;
  idempotencyKey: string | undefined;
  /** What the hub is told about how the form was sent (too fast, or not timed). */
  flags: ReferralFlag[];
}

/** Refused = not an answer of this kind: its status and message. */
type Refused = { ok: false; answer: IntakeAnswer };

const SOME_ANSWERS_WRONG = translatable('There is a problem with some answers.');

/**
 * The form's own fields taken off the answers and checked: nothing it does not ask for, the hidden field absent or
 * empty, the idempotency key well formed.
 */
function readSubmission(body: unknown, hubPhone: string, allowed: ReadonlySet<string>): Submission | Refused {
  const refuse = (message: string): Refused => ({ ok: false, answer: { status: 400, body: { message } } });
  const unreadable = withPhone(
    translatable('The form could not be read. Please call the Victims First Hub on {phone}.'),
    hubPhone,
  );
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(unreadable);
  const submitted = body as Record<string, unknown>;
  if (Object.keys(submitted).some((field) => !allowed.has(field))) {
    return refuse(
      withPhone(
        translatable('The form sent answers it does not ask for. Please call the Victims First Hub on {phone}.'),
        hubPhone,
      ),
    );
  }
  // A field people never see, filled in (or sent as anything but one empty text): a script, not a person.
  if (submitted.website !== undefined && submitted.website !== '')
    return refuse(
      withPhone(translatable('We could not accept this form. Please call the Victims First Hub on {phone}.'), hubPhone),
    );
  const flags = timingFlags(submitted.timeTakenMs);
  const key = submitted.idempotencyKey === '' ? undefined : submitted.idempotencyKey;
  if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
    return refuse(unreadable);
  }
  const { idempotencyKey: _key, timeTakenMs: _timeTaken, website: _website, ...answers } = submitted;
  return { ok: true, answers, idempotencyKey: key, flags };
}

/**
 * How long the form took, measured by the browser's own timer (so its clock being wrong does not matter), as flags
 * for the hub to judge: too fast, or not measured at all (the script did not run, or the time was left out or is not
 * a number: leaving it out must not avoid the "too fast" flag). Either way the referral is kept.
 */
function timingFlags(timeTakenMs: unknown): ReferralFlag[] {
  const text =
    typeof timeTakenMs === 'number' ? String(timeTakenMs) : typeof timeTakenMs === 'string' ? timeTakenMs.trim() : '';
  if (!/^\d{1,15}(?:\.\d{1,6})?$/.test(text)) return ['time-not-measured'];
  return Number(text) < FASTEST_HUMAN_MS ? ['sent-very-quickly'] : [];
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
      {
        field: 'serviceInterest',
        message: translatable('Choose a service from the list, or choose "Not sure, or no"'),
      },
    ];
    return { ok: false, answer: { status: 400, body: { message: SOME_ANSWERS_WRONG, errors } } };
  }
  return { ok: true, referral: checked.referral };
}

/**
 * What is sealed for the hub, after when it came: `"referral":{…}` for a referral; for a hate crime report,
 * `"kind":"hate-crime-report","hateCrimeReport":{…}` and, when support was asked for, `"referral":{…}` too. The same
 * text is hashed (with the repeat key) to recognise the same answers sent again.
 */
interface Sealable {
  members: string;
}

/** Seal the submission (with when it came, and any flag) for the hub, and store it once. */
async function sealAndStore(
  { members }: Sealable,
  { idempotencyKey, flags }: Submission,
  options: IntakeOptions,
  receivedAt: Date,
): Promise<RecordResult> {
  const flagged = flags.length > 0 ? `,"flags":${JSON.stringify(flags)}` : '';
  const sealed = sealerFor(options.hubPublicKey)(
    `{"receivedAt":${JSON.stringify(receivedAt.toISOString())},${members}${flagged}}`,
  );
  // Without an idempotency key (a form sent without JavaScript), the answers hash recognises the same form sent
  // again within the window, so it is stored once.
  return options.store.record({
    ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
    answersHash: answersHash(members, options.repeatKey ?? REPEAT_KEY_FOR_THIS_RUN),
    sealed,
    receivedAt,
    repeatWindowMs: REPEAT_WINDOW_MS,
  });
}

/** One sealer per public key, so the key is read once, not for every referral. */
const sealers = new Map<string, Sealer>();
function sealerFor(publicKey: string): Sealer {
  let sealer = sealers.get(publicKey);
  if (!sealer) sealers.set(publicKey, (sealer = hubSealer(publicKey)));
  return sealer;
}

/**
 * A keyed hash (HMAC-SHA256) of the checked answers: the same answers give the same hash, but without the key, which
 * is never in the database, no one can test a guess of someone's answers against it.
 */
export function answersHash(answers: string, repeatKey: Uint8Array): string {
  return createHmac('sha256', secretKeyFor(repeatKey)).update(answers).digest('base64url');
}

/**
 * The checked answers as JSON, made once for both the hash and the sealed referral. The schema gives the form's
 * fields in its own order, whatever order they were sent in, so the same answers always give the same text.
 */
export function answersText(referral: Referral): string {
  return JSON.stringify(referral);
}

/** The repeat key as a key object, made once: making one for every referral was a noticeable share of its cost. */
const secretKeys = new WeakMap<Uint8Array, KeyObject>();
function secretKeyFor(repeatKey: Uint8Array): KeyObject {
  let key = secretKeys.get(repeatKey);
  if (!key) secretKeys.set(repeatKey, (key = createSecretKey(repeatKey)));
  return key;
}

/** 201 with the reference for a new submission, 200 for a repeat, 409 for different answers under the same key. */
function recordedAnswer(result: RecordResult, alreadySent: string): IntakeAnswer {
  // The key is a random secret of this page: whoever has it sent the first one, so they may see its reference.
  if (result.status === 'conflict') return { status: 409, body: { reference: result.reference, message: alreadySent } };
  return { status: result.status === 'stored' ? 201 : 200, body: { reference: result.reference } };
}

/**
 * A kind of submission the intake takes: its route and fields, how its answers are checked and what of them is
 * sealed, its own messages, and how a form sent without JavaScript is answered with its page.
 */
export interface SubmissionKind {
  path: string;
  /** Every field its form sends: anything else refuses the submission. */
  fields: ReadonlySet<string>;
  check(
    answers: Record<string, unknown>,
    receivedAt: Date,
    options: IntakeOptions,
  ): { ok: true; sealed: Sealable } | Refused;
  /** Said when a browser on another website posts it; `{phone}` is the hub's number. */
  fromAnotherSite: string;
  /** Said when the same page sent it before with different answers. */
  alreadySent: string;
  answerAsPage(answer: IntakeAnswer, body: unknown, options: IntakeOptions): string | undefined;
}

/** The referral from /refer/. */
const REFERRAL: SubmissionKind = {
  path: REFERRALS_PATH,
  fields: REFERRAL_FIELDS,
  check: (answers, receivedAt, options) => {
    const checked = checkAnswers(answers, receivedAt, options);
    return checked.ok ? { ok: true, sealed: { members: `"referral":${answersText(checked.referral)}` } } : checked;
  },
  fromAnotherSite: translatable(
    'Referrals can only be sent from the Victims First website. Please call the Victims First Hub on {phone}.',
  ),
  alreadySent: translatable(
    'This referral was already sent. To change an answer, call the Victims First Hub on {phone} and give the reference.',
  ),
  answerAsPage: (answer, body, options) => answerAsPage(answer, body, options),
};

/**
 * The hate crime report from /report-hate-crime/. Sealed with its kind; the report holds the reporter's details only
 * when they chose to pass them to the police (reportRecord); a report asking for support carries its referral too.
 */
const HATE_CRIME_REPORT: SubmissionKind = {
  path: HATE_CRIME_REPORTS_PATH,
  fields: REPORT_FIELDS,
  check: (answers, receivedAt) => {
    const checked = checkHateCrimeReport(answers, receivedAt);
    if (!checked.ok)
      return { ok: false, answer: { status: 400, body: { message: SOME_ANSWERS_WRONG, errors: checked.errors } } };
    const referral = supportReferral(checked.report);
    const members = [
      '"kind":"hate-crime-report"',
      `"hateCrimeReport":${JSON.stringify(reportRecord(checked.report))}`,
      ...(referral ? [`"referral":${JSON.stringify(referral)}`] : []),
    ].join(',');
    return { ok: true, sealed: { members } };
  },
  fromAnotherSite: translatable(
    'Reports can only be sent from the Victims First website. Please call the Victims First Hub on {phone}.',
  ),
  alreadySent: translatable(
    'This report was already sent. To change an answer, call the Victims First Hub on {phone} and give the reference.',
  ),
  answerAsPage: reportAnswerAsPage,
};

/** The kind of submission a request is for, by its route. */
function kindOf(request: FastifyRequest): SubmissionKind {
  return (request.routeOptions.url ?? request.url).startsWith(HATE_CRIME_REPORTS_PATH) ? HATE_CRIME_REPORT : REFERRAL;
}

/**
 * The /report-hate-crime/ page again, for a report sent without JavaScript (its language's page where there is one):
 * the confirmation, or the form with what was typed and the errors. Undefined when there is no built page to use.
 */
export function reportAnswerAsPage(answer: IntakeAnswer, body: unknown, options: IntakeOptions): string | undefined {
  const reportPage = pageInLanguageOf(body, options.reportPage, options.reportPages);
  return reportPage
    ? answerWithFormPage(answer, body, reportPage, {
        sent: REPORT_SENT,
        confirmation: (sent, values, context) =>
          renderReportConfirmation({
            ...sent,
            ...confirmationChoices(values),
            hubPhone: options.hubPhone,
            callsFrom: reportPage.context.callsFrom,
            contactWithinWorkingDays: reportPage.contactWithinWorkingDays,
            emergency: reportPage.context.emergency,
            ...(context.words ? { words: context.words } : {}),
            ...(context.links ? { links: context.links } : {}),
            ...(context.dir ? { dir: context.dir } : {}),
          }),
        form: (context, values, errors) => renderReportForm(context, values, errors, { withSummary: false }),
      })
    : undefined;
}
