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
import { checkReferral, REFERRAL_FIELD_NAMES, type FieldError } from '../features/referral/schema.ts';
import { sealForHub } from './sealing.ts';
import { canonicalJson, type ReferralStore } from './store.ts';

export const REFERRALS_PATH = '/api/referrals';
export const HEALTH_PATH = '/api/health';
/** A referral is a few kilobytes at most; anything far bigger is not from the form. */
export const BODY_LIMIT_BYTES = 64 * 1024;
/** People do not fill in the form in under this time; scripts do. Faster referrals are kept but flagged for the hub. */
export const FASTEST_HUMAN_MS = 3000;

/** Fields the form adds besides the referral itself. */
const FORM_EXTRAS = ['idempotencyKey', 'timeTakenMs', 'website'] as const;
const ALLOWED_FIELDS = new Set<string>([...REFERRAL_FIELD_NAMES, ...FORM_EXTRAS]);
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

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

export type IntakeAnswer =
  | { status: 201 | 200; body: { reference: string } }
  | { status: 400 | 413 | 415 | 429 | 500; body: { message: string; errors?: FieldError[] } }
  | { status: 409; body: { message: string; reference: string } };

export async function registerIntake(app: FastifyInstance, options: IntakeOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const callUs = `Please call the Victims First Hub on ${options.hubPhone}.`;
  const orCallUs = `or call the Victims First Hub on ${options.hubPhone}.`;

  await app.register(async (intake) => {
    // Only the two ways the form sends: as a web form, or as JSON from its script.
    intake.removeContentTypeParser('text/plain');
    await intake.register(formBody, { bodyLimit: BODY_LIMIT_BYTES });
    await intake.register(cors, { origin: [options.siteOrigin], methods: ['POST'] });
    // Counted per address: behind a proxy, set TRUST_PROXY so the address is the person's, not the proxy's.
    await intake.register(rateLimit, {
      global: false,
      max: options.perMinute ?? 20,
      timeWindow: '1 minute',
      errorResponseBuilder: () => ({ statusCode: 429, message: '' }),
    });

    // Answer bad requests plainly, without repeating anything that was sent; a form sent without JavaScript gets the
    // page back.
    intake.setErrorHandler((error: { statusCode?: number }, request, reply) => {
      const status = (
        error.statusCode && [413, 415, 429].includes(error.statusCode)
          ? error.statusCode
          : error.statusCode && error.statusCode < 500
            ? 400
            : 500
      ) as 400 | 413 | 415 | 429 | 500;
      const message =
        status === 413
          ? `This form is too large to send. Shorten the longest answers, ${orCallUs}`
          : status === 415
            ? `The form could not be read. ${callUs}`
            : status === 429
              ? `Too many forms have been sent from this connection. Wait a minute and try again, ${orCallUs}`
              : status === 400
                ? `The form could not be read. ${callUs}`
                : `Something went wrong and your form was not received. ${callUs}`;
      const answer: IntakeAnswer = { status, body: { message } };
      const page = isFormPost(request) ? answerAsPage(answer, request.body, options) : undefined;
      if (page) return reply.code(status).type('text/html; charset=utf-8').send(page);
      return reply.code(status).send({ message });
    });

    if (options.logRequests) {
      intake.addHook('onResponse', async (request, reply) => {
        console.log(
          `${request.method} ${request.routeOptions.url ?? 'unknown'} ${reply.statusCode} ${reply.elapsedTime.toFixed(0)}ms`,
        );
      });
    }

    intake.get(HEALTH_PATH, async () => ({ status: 'ok', waiting: options.store.count() }));

    intake.post(
      REFERRALS_PATH,
      { bodyLimit: BODY_LIMIT_BYTES, config: { rateLimit: {} } },
      async (request: FastifyRequest, reply: FastifyReply) => {
        // Browsers say which site a form came from: one that names another site is refused. (With the site's
        // no-referrer policy a browser's own form post says "null", so that cannot be told apart and is allowed.)
        const origin = request.headers.origin;
        const ownOrigin = `${request.protocol}://${request.host}`;
        if (origin && origin !== 'null' && origin !== options.siteOrigin && origin !== ownOrigin) {
          return reply
            .code(403)
            .send({ message: `Referrals can only be sent from the Victims First website. ${callUs}` });
        }
        const answer = await receiveReferral(request.body, options, now(), callUs);
        const page = isFormPost(request) ? answerAsPage(answer, request.body, options) : undefined;
        if (page)
          return reply
            .code(answer.status === 201 ? 200 : answer.status)
            .type('text/html; charset=utf-8')
            .send(page);
        return reply.code(answer.status).send(answer.body);
      },
    );
  });
}

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
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { status: 400, body: { message: `The form could not be read. ${callUs}` } };
  const submitted = body as Record<string, unknown>;
  if (Object.keys(submitted).some((field) => !ALLOWED_FIELDS.has(field))) {
    return { status: 400, body: { message: `The form sent answers it does not ask for. ${callUs}` } };
  }
  // A field people never see, filled in: a script, not a person.
  if (typeof submitted.website === 'string' && submitted.website.trim() !== '')
    return { status: 400, body: { message: `We could not accept this form. ${callUs}` } };
  // How long the form took, measured by the browser's own timer (so its clock being wrong does not matter).
  // Empty when the script did not run. Too fast is kept, but flagged for the hub to judge.
  const timeTaken = Number(submitted.timeTakenMs);
  const suspiciouslyFast =
    submitted.timeTakenMs !== undefined &&
    submitted.timeTakenMs !== '' &&
    Number.isFinite(timeTaken) &&
    timeTaken >= 0 &&
    timeTaken < FASTEST_HUMAN_MS;

  const key = submitted.idempotencyKey === '' ? undefined : submitted.idempotencyKey;
  if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
    return { status: 400, body: { message: `The form could not be read. ${callUs}` } };
  }

  const { idempotencyKey: _key, timeTakenMs: _timeTaken, website: _website, ...answers } = submitted;
  const checked = checkReferral(answers, receivedAt);
  if (!checked.ok)
    return { status: 400, body: { message: 'There is a problem with some answers.', errors: checked.errors } };
  // A chosen service must be one the form offers, so the hub never gets a name it does not know.
  const offered = options.formPage?.context.services ?? [];
  const chosen = checked.referral.serviceInterest;
  if (chosen && offered.length > 0 && !offered.some((service) => service.value === chosen)) {
    const errors: FieldError[] = [
      { field: 'serviceInterest', message: 'Choose a service from the list, or choose "Not sure, or no"' },
    ];
    return { status: 400, body: { message: 'There is a problem with some answers.', errors } };
  }

  const canonicalBody = canonicalJson(checked.referral);
  const sealed = await sealForHub(
    {
      receivedAt: receivedAt.toISOString(),
      referral: checked.referral,
      ...(suspiciouslyFast ? { flags: ['sent-very-quickly'] } : {}),
    },
    options.hubPublicKey,
  );
  // Without a key (a form sent without JavaScript), the store uses the referral itself: sending it twice stores it
  // once.
  const result = options.store.record({
    ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
    canonicalBody,
    sealed,
    receivedAt,
  });
  // The key is a random secret of this page: whoever has it sent the first referral, so they may see its reference.
  if (result.status === 'conflict') {
    return {
      status: 409,
      body: {
        reference: result.reference,
        message: `This referral was already sent. To change an answer, call the Victims First Hub on ${options.hubPhone} and give the reference.`,
      },
    };
  }
  return { status: result.status === 'stored' ? 201 : 200, body: { reference: result.reference } };
}
