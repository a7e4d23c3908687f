/**
 * The referral form's decisions, without the page: which answers to send,
 * whether a question applies, what the character count says, and what to do
 * with the intake's reply (show the confirmation, show the errors, try again
 * after a pause, or stop and say why). referral-form.browser.ts wires these to
 * the page; here they are plain, so they can be tested without a browser.
 */
import type { FormValues } from './form-markup.ts';
import { ageOn, dateOfBirth, type FieldError } from './answers.ts';
import { sayFrom, translatable, type Say } from '../../shared/sentences.ts';

/** English, for callers that give no language. */
const english = sayFrom();

/** Reads the current answer to a question by its name: a text box's value, or the radio chosen ('' if none). */
export type ReadAnswer = (name: string) => string;

/** Fields the form adds besides the answers: they are sent, but not checked as answers. */
export const FORM_EXTRAS: readonly string[] = ['idempotencyKey', 'timeTakenMs', 'website'];

/** One field of the form as the browser holds it. */
export interface FormField {
  name: string;
  value: string;
  type: string;
  checked: boolean;
  disabled: boolean;
}

/**
 * The answers in the form: text, the chosen radio, and ticked boxes as lists.
 * Questions that do not apply (disabled) are left out, unless `everything`
 * is asked for, to show the form again just as it was typed.
 */
export function collectAnswers(fields: Iterable<FormField>, everything = false): FormValues {
  const values: Record<string, string | string[]> = {};
  for (const field of fields) {
    if (!field.name || (field.disabled && !everything)) continue;
    if (field.type === 'radio' || field.type === 'checkbox') {
      if (!field.checked) continue;
      if (field.type === 'checkbox') {
        const list = values[field.name];
        values[field.name] = Array.isArray(list) ? [...list, field.value] : [field.value];
        continue;
      }
    }
    values[field.name] = field.value;
  }
  return values;
}

/** The answers alone, without the fields the form adds, to check with the schema. */
export function answersToCheck(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !FORM_EXTRAS.includes(name)));
}

/** Whether the person is under 18: from the date of birth if it is a real date, otherwise from the age group. */
export function isUnder18(read: ReadAnswer, today: Date): boolean {
  const birth = dateOfBirth(read('dobDay').trim(), read('dobMonth').trim(), read('dobYear').trim(), today);
  if (birth.date) return ageOn(birth.date, today) < 18;
  const band = read('ageBand');
  return band === 'under-12' || band === '12-17';
}

/**
 * Whether a block's condition holds: "under18", or "<question>=<answer>|<answer>…" (any of the answers). A checkbox
 * group's answer is its ticked boxes' values joined by commas (no answer the forms offer has a comma in it).
 */
export function conditionHolds(condition: string, read: ReadAnswer, today: Date): boolean {
  if (condition === 'under18') return isUnder18(read, today);
  const [name = '', wanted = ''] = condition.split('=');
  const given = read(name).split(',');
  return wanted.split('|').some((answer) => given.includes(answer));
}

/** What the count under a box says: how many characters are left, or how many too many, in the form's language. */
export function characterCountMessage(maxLength: number, length: number, say: Say = english): string {
  const left = maxLength - length;
  if (left === 1 || left === -1)
    return left > 0 ? say('You have 1 character remaining') : say('You have 1 character too many');
  return left >= 0
    ? say('You have {count} characters remaining', { count: left })
    : say('You have {count} characters too many', { count: -left });
}

/** How long to wait before each new try when the connection or the intake fails: 1, 2, 4 then 8 seconds. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000];
export const SENDING = translatable('Sending your referral…');
export const STILL_SENDING = translatable('Still sending. Please keep this page open…');

/** What a form says while and after sending, in English: each form names what it sends (a referral, a report). */
export interface SendingMessages {
  sending: string;
  /** The connection failed every time; `{phone}` is the hub's number. */
  couldNotSend: string;
  /** The intake refused it without saying why; `{phone}` is the hub's number. */
  notSent: string;
}

/** The referral form's. */
export const REFERRAL_MESSAGES: SendingMessages = {
  sending: SENDING,
  couldNotSend: translatable(
    'We could not send your referral. Check your internet connection and try again: everything you typed is still here. Or call the hub on {phone}.',
  ),
  notSent: translatable(
    'Your referral was not sent. Everything you typed is still here. You can try again, or call the hub on {phone}.',
  ),
};

/** What the intake says back (any part may be missing). */
export interface IntakeReply {
  reference?: string;
  message?: string;
  errors?: FieldError[];
}

/** The intake's reply from a body read as JSON; anything that is not an object says nothing. */
export function readReply(body: unknown): IntakeReply {
  return body && typeof body === 'object' ? (body as IntakeReply) : {};
}

/** How one try went: the intake replied, or the connection failed before it could. */
export type Attempt = { status: number; reply: IntakeReply } | 'connection failed';

/** What to do after a try. */
export type NextStep =
  | { kind: 'confirmation'; reference: string; alreadySent: boolean }
  | { kind: 'errors'; errors: FieldError[] }
  | { kind: 'retry'; afterMs: number }
  | { kind: 'stop'; message: string };

/**
 * What to do after try number `attempt` (0 for the first). A reference means
 * it arrived (409: it had arrived before); 400 with errors means answers to
 * fix; a failed connection or a failing intake (5xx) means try again, with the
 * same idempotency key, until the delays run out; anything else means stop.
 */
export function nextStep(
  attempt: Attempt,
  tryNumber: number,
  hubPhone: string,
  say: Say = english,
  messages: SendingMessages = REFERRAL_MESSAGES,
): NextStep {
  const canRetry = tryNumber < RETRY_DELAYS_MS.length;
  if (attempt === 'connection failed') {
    if (canRetry) return { kind: 'retry', afterMs: RETRY_DELAYS_MS[tryNumber]! };
    return { kind: 'stop', message: say(messages.couldNotSend, { phone: hubPhone }) };
  }
  const { status, reply } = attempt;
  if ((status === 200 || status === 201 || status === 409) && reply.reference)
    return { kind: 'confirmation', reference: reply.reference, alreadySent: status === 409 };
  if (status === 400 && reply.errors) return { kind: 'errors', errors: reply.errors };
  if (status >= 500 && canRetry) return { kind: 'retry', afterMs: RETRY_DELAYS_MS[tryNumber]! };
  return {
    kind: 'stop',
    message: reply.message
      ? `${say(reply.message)} ${say('Everything you typed is still here.')}`
      : say(messages.notSent, { phone: hubPhone }),
  };
}

/** What sending needs from the page: a way to post once, to wait, and to tell the person it is still going. */
export interface Sender {
  post(): Promise<Attempt>;
  wait(ms: number): Promise<void>;
  showStatus(message: string): void;
  hubPhone: string;
  /** Says the messages in the form's language. */
  say?: Say;
  /** What the form says it sends; the referral form's unless given. */
  messages?: SendingMessages;
}

/** Send, trying again after each pause while the connection or the intake fails, and say how it ended. */
export async function sendWithRetries(sender: Sender): Promise<Exclude<NextStep, { kind: 'retry' }>> {
  for (let tryNumber = 0; ; tryNumber += 1) {
    const step = nextStep(await sender.post(), tryNumber, sender.hubPhone, sender.say, sender.messages);
    if (step.kind !== 'retry') return step;
    sender.showStatus((sender.say ?? english)(STILL_SENDING));
    await sender.wait(step.afterMs);
  }
}
