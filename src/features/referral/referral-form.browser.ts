/**
 * The referral form's script. The form works without it (it posts to the
 * intake, which answers with the errors or the confirmation). With it:
 * questions appear only when they apply, the details box counts characters,
 * answers are checked in the browser with the same schema as the intake,
 * and the form is sent in place, retrying with the same idempotency key if
 * the connection drops, so nothing typed is lost and nothing is sent twice.
 * Nothing is kept in browser storage.
 *
 * The decisions are in referral-form.ts; this file reads and changes the page.
 */
import {
  ERROR_REGION,
  errorSummary,
  FORM_REGION,
  PAGE_REGION,
  renderConfirmation,
  renderReferralForm,
  type ConfirmationDetails,
  type FormContext,
  type FormValues,
  type ReferralFormContext,
} from './form-markup.ts';
import {
  answersToCheck,
  characterCountMessage,
  collectAnswers,
  conditionHolds,
  readReply,
  REFERRAL_MESSAGES,
  sendWithRetries,
  type Attempt,
  type ReadAnswer,
  type SendingMessages,
} from './referral-form.ts';
import type { FieldError } from './answers.ts';

import { inThamesValley } from '../../shared/postcodes.ts';
import { sayFrom, type Say } from '../../shared/sentences.ts';

/** Says the form's sentences in the page's language, from the words the page gives (see ReferralForm.astro). */
let say: Say = sayFrom();

/** When the page opened, by the browser's own timer: how long the form took does not depend on the device's clock. */
const openedAt = performance.now();
let announceTimer: ReturnType<typeof setTimeout> | undefined;

/** What checks a form's answers in the browser: the same function the intake uses. */
export type CheckAnswers = (answers: FormValues) => { ok: true } | { ok: false; errors: FieldError[] };

/**
 * A kind of form this script can run: how to draw it, check it (loaded when first needed) and confirm it, and what
 * it says while sending. The referral form is one (below); the hate crime report is another.
 */
export interface FormKind<Context extends FormContext = FormContext> {
  draw(context: Context, values: FormValues, errors: FieldError[], options: { withSummary: boolean }): string;
  loadCheck(): Promise<CheckAnswers>;
  /** The confirmation for a reference, from the page's data-confirmation, the form's context and what was sent. */
  confirm(
    details: { reference: string; alreadySent: boolean; values: FormValues; context: Context },
    confirmation: unknown,
  ): string;
  /** The confirmation page's title, in English. */
  sentTitle: string;
  messages: SendingMessages;
}

/** The referral page as the script sees it; the form inside it is drawn again when errors are shown. */
interface ReferralPage {
  page: HTMLElement;
  region: HTMLElement;
  kind: FormKind;
  context: FormContext;
  /** The page's data-confirmation: what the confirmation shows besides the reference. */
  confirmation: unknown;
  /** The page's title without "Error: ". */
  baseTitle: string;
  /** A referral is on its way: another press of the button does nothing. */
  sending: boolean;
}

/** The answers in the form; questions that do not apply are left out unless `everything` (to show them again). */
function readAnswers(form: HTMLFormElement, everything = false): FormValues {
  // Every kind of field the form has, the list of services included, as a browser sending the form would.
  const fields = Array.from(form.elements)
    .filter(
      (element) =>
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement,
    )
    .map((element) => ({
      name: element.name,
      value: element.value,
      type: element.type,
      checked: element instanceof HTMLInputElement && element.checked,
      disabled: element.disabled,
    }));
  return collectAnswers(fields, everything);
}

/** The current answer to a radio group or text box in the form. */
function answerIn(form: HTMLFormElement): ReadAnswer {
  return (name) => {
    const field = form.elements.namedItem(name);
    // Checkboxes: the ticked ones' values, joined by commas (conditionHolds reads them so).
    const boxes = (field instanceof RadioNodeList ? Array.from(field) : [field]).filter(
      (box): box is HTMLInputElement => box instanceof HTMLInputElement && box.type === 'checkbox',
    );
    if (boxes.length > 0)
      return boxes
        .filter((box) => box.checked)
        .map((box) => box.value)
        .join(',');
    if (field instanceof RadioNodeList) return field.value;
    return field instanceof HTMLInputElement ? field.value : '';
  };
}

/** Show the questions that apply; hide (and leave out of sending) those that do not, keeping what was typed. */
function showQuestionsThatApply(form: HTMLFormElement): void {
  const read = answerIn(form);
  const today = new Date();
  // Outer blocks come first in the page, so an inner block inside a hidden one stays hidden.
  for (const block of Array.from(form.querySelectorAll<HTMLElement>('[data-show-when]'))) {
    const insideHidden = block.parentElement?.closest<HTMLElement>('[data-show-when][hidden]');
    const show = !insideHidden && conditionHolds(block.dataset.showWhen ?? '', read, today);
    block.hidden = !show;
    for (const field of Array.from(block.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')))
      field.disabled = !show;
  }
}

/** Say how many characters are left in a box marked `data-character-count`. */
function countCharacters(group: HTMLElement, announce: boolean): void {
  const field = group.querySelector('textarea');
  const message = group.querySelector<HTMLElement>('[data-character-count-message]');
  const announcement = group.querySelector<HTMLElement>('[data-character-count-announcement]');
  if (!field || !message) return;
  const text = characterCountMessage(Number(group.dataset.characterCount), field.value.length, say);
  message.textContent = text;
  // Screen readers hear the count once typing pauses, not at every key.
  if (announce && announcement) {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (announcement.textContent = text), 1000);
  }
}

/** Show the notice about other help when the postcode looks outside Thames Valley. */
function showPostcodeNotice(form: HTMLFormElement): void {
  const notice = form.querySelector<HTMLElement>('[data-outside-area]');
  if (notice) notice.hidden = inThamesValley(answerIn(form)('postcode')) !== false;
}

/** Tick what a link asked for: /refer/?interest=restorative-justice or /refer/?service=<slug>. */
function preselectFromLink(form: HTMLFormElement): void {
  const params = new URLSearchParams(window.location.search);
  const interest = params.get('interest');
  if (interest) {
    const box = form.querySelector<HTMLInputElement>(`input[name="supportWanted"][value="${CSS.escape(interest)}"]`);
    if (box) box.checked = true;
  }
  const service = params.get('service');
  const choice = form.querySelector<HTMLSelectElement>('select[data-service-interest]');
  // Only a service the list offers: anything else in the link is ignored.
  if (service && choice && Array.from(choice.options).some((option) => option.value === service))
    choice.value = service;
  // Chosen: now take it out of the address, so the tab's history does not name the help or the service.
  if (interest || service)
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.hash}`);
}

/** Bring a newly drawn form to life: its key, the questions that apply, the counts and the notice. */
function startForm(form: HTMLFormElement): void {
  form.classList.add('referral--enhanced');
  const key = form.querySelector<HTMLInputElement>('[data-idempotency-key]');
  // One key for this referral, kept however many times it is sent, so the hub gets it once.
  if (key && !key.value) key.value = crypto.randomUUID();
  showQuestionsThatApply(form);
  showPostcodeNotice(form);
  for (const group of Array.from(form.querySelectorAll<HTMLElement>('[data-character-count]')))
    countCharacters(group, false);
  form.addEventListener('change', () => showQuestionsThatApply(form));
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    const counted = target.closest<HTMLElement>('[data-character-count]');
    if (counted) countCharacters(counted, true);
    const name = (target as HTMLInputElement).name;
    if (name === 'postcode') showPostcodeNotice(form);
    if (['dobDay', 'dobMonth', 'dobYear'].includes(name)) showQuestionsThatApply(form);
  });
}

/** Draw the form again with what was typed and the errors, the summary focused. */
function showErrors(referral: ReferralPage, values: FormValues, errors: FieldError[]): void {
  const top = referral.page.querySelector<HTMLElement>('[data-referral-error-region]');
  if (top) top.innerHTML = ERROR_REGION.start + errorSummary(errors, referral.context.words) + ERROR_REGION.end;
  referral.region.innerHTML =
    FORM_REGION.start + referral.kind.draw(referral.context, values, errors, { withSummary: !top }) + FORM_REGION.end;
  document.title = errors.length ? `${say('Error:')} ${referral.baseTitle}` : referral.baseTitle;
  attachForm(referral);
  const summary = referral.page.querySelector<HTMLElement>('[data-error-summary]');
  if (summary) showWhole(summary, summary);
}

/**
 * Focus an element and scroll so that `shown` starts below the sticky Exit
 * this page bar: focus alone scrolls just enough to reveal the element, which
 * leaves its top, or the label and hint above a field, under the bar. (The
 * page's scroll-padding-top is the bar's room; scrollIntoView honours it.)
 */
function showWhole(focused: HTMLElement, shown: HTMLElement): void {
  focused.focus({ preventScroll: true });
  shown.scrollIntoView({ block: 'start' });
}

/**
 * Following an error's link goes to its whole question, as GOV.UK's error
 * summary does: the question's label, hint and message in view, and the
 * cursor in its first box.
 */
function goToQuestion(event: MouseEvent): void {
  const link = (event.target as Element).closest<HTMLAnchorElement>('[data-error-summary] a[href^="#"]');
  const field = link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
  const question = field?.closest<HTMLElement>('.referral__group');
  if (!field || !question) return;
  event.preventDefault();
  showWhole(field, question);
}

/** Say how sending is going, in the form's status line. */
function showStatus(form: HTMLFormElement, message: string): void {
  const status = form.querySelector<HTMLElement>('[data-referral-status]');
  if (status) status.textContent = message;
}

/** Replace the page with the confirmation, its heading focused. */
function showConfirmation(referral: ReferralPage, reference: string, values: FormValues, alreadySent: boolean) {
  const { page, baseTitle } = referral;
  page.innerHTML =
    PAGE_REGION.start +
    referral.kind.confirm({ reference, alreadySent, values, context: referral.context }, referral.confirmation) +
    PAGE_REGION.end;
  document.title = `${say(referral.kind.sentTitle)} – ${baseTitle.split(' – ').slice(1).join(' – ') || baseTitle}`;
  page.querySelector<HTMLElement>('[data-confirmation-heading]')?.focus();
  window.scrollTo(0, 0);
}

/** Post the answers once: the intake's reply, or a failed connection. */
async function post(endpoint: string, values: FormValues): Promise<Attempt> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(values),
      credentials: 'omit',
    });
    return { status: response.status, reply: readReply(await response.json().catch(() => ({}))) };
  } catch {
    return 'connection failed';
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Send the referral, retrying with the same idempotency key, then show how it ended. */
async function send(referral: ReferralPage, form: HTMLFormElement, values: FormValues): Promise<void> {
  const ended = await sendWithRetries({
    post: () => post(referral.context.endpoint, values),
    wait,
    showStatus: (message) => showStatus(form, message),
    hubPhone: referral.context.hubPhone,
    say,
    messages: referral.kind.messages,
  });
  if (ended.kind === 'confirmation') showConfirmation(referral, ended.reference, values, ended.alreadySent);
  else if (ended.kind === 'errors') showErrors(referral, readAnswers(form, true), ended.errors);
  else showStatus(form, ended.message);
}

/**
 * The check (the schema library), loaded when someone starts on the form rather than with the page: it is most of
 * the form's script, and a person reading the page first, or leaving, never needs it.
 */
let check: Promise<CheckAnswers> | undefined;
const loadCheck = (kind: FormKind) => (check ??= kind.loadCheck());

/** Check the answers in the browser; if they are fine, send them, with the button off until sending ends. */
async function submit(referral: ReferralPage, form: HTMLFormElement): Promise<void> {
  if (referral.sending) return;
  const values = readAnswers(form);
  let checkAnswers: CheckAnswers;
  try {
    checkAnswers = await loadCheck(referral.kind);
  } catch {
    // The connection dropped before the check arrived: the intake checks the answers the same way.
    check = undefined;
    form.submit();
    return;
  }
  if (referral.sending) return;
  const checked = checkAnswers(answersToCheck(values));
  if (!checked.ok) {
    showErrors(referral, readAnswers(form, true), checked.errors);
    return;
  }
  const timeTaken = form.querySelector<HTMLInputElement>('[data-time-taken]');
  if (timeTaken) timeTaken.value = String(Math.round(performance.now() - openedAt));
  values.timeTakenMs = timeTaken?.value ?? '';
  referral.sending = true;
  const button = form.querySelector<HTMLButtonElement>('[data-referral-submit]');
  if (button) button.disabled = true;
  showStatus(form, say(referral.kind.messages.sending));
  void send(referral, form, values).finally(() => {
    referral.sending = false;
    if (button?.isConnected) button.disabled = false;
  });
}

/** Start the form now in the page's region, and send it in place when it is submitted. */
function attachForm(referral: ReferralPage): void {
  const form = referral.region.querySelector<HTMLFormElement>('[data-referral-form]');
  if (!form) return;
  startForm(form);
  // The summary is at the top of the page, outside the form's region.
  referral.page
    .querySelector('[data-error-summary]')
    ?.addEventListener('click', (event) => goToQuestion(event as MouseEvent));
  form.addEventListener('focusin', () => void loadCheck(referral.kind).catch(() => (check = undefined)), {
    once: true,
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(referral, form);
  });
}

/** The referral form, as a kind of form this script runs. */
const REFERRAL_FORM: FormKind<ReferralFormContext> = {
  draw: renderReferralForm,
  loadCheck: async () => {
    const { checkReferral } = await import('./schema.ts');
    return (answers) => checkReferral(answers);
  },
  confirm: ({ reference, alreadySent, values, context }, confirmation) =>
    renderConfirmation({
      reference,
      forSomeoneElse: values.referrerType !== 'self',
      alreadySent,
      ...(confirmation as Pick<
        ConfirmationDetails,
        'hubPhone' | 'callsFrom' | 'contactWithinWorkingDays' | 'talkNow' | 'emergency'
      >),
      ...(context.words ? { words: context.words } : {}),
      ...(context.links ? { links: context.links } : {}),
    }),
  sentTitle: 'Referral sent',
  messages: REFERRAL_MESSAGES,
};

/** Start the referral page, marked `data-referral-page`: the form, and the confirmation that replaces it. */
export function setUpReferralForm(page: HTMLElement): void {
  setUpForm(page, REFERRAL_FORM);
}

/**
 * Start a page with a form of some kind (its markers as the referral page has them): the form, and the confirmation
 * that replaces it.
 */
export function setUpForm<Context extends FormContext>(page: HTMLElement, kind: FormKind<Context>): void {
  const region = page.querySelector<HTMLElement>('[data-referral-form-region]');
  if (!region) return;
  const context = JSON.parse(page.dataset.formContext ?? '{}') as Context;
  say = sayFrom(context.words, { isolateValues: context.dir === 'rtl' });
  const errorPrefix = `${say('Error:')} `;
  const referral: ReferralPage = {
    page,
    region,
    kind: kind as unknown as FormKind,
    context,
    confirmation: JSON.parse(page.dataset.confirmation ?? '{}') as unknown,
    baseTitle: document.title.startsWith(errorPrefix) ? document.title.slice(errorPrefix.length) : document.title,
    sending: false,
  };
  const firstForm = region.querySelector<HTMLFormElement>('[data-referral-form]');
  if (firstForm) preselectFromLink(firstForm);
  attachForm(referral);
}
