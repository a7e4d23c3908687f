/**
 * The referral form's script. The form works without it (it posts to the
 * intake, which answers with the errors or the confirmation). With it:
 * questions appear only when they apply, the details box counts characters,
 * answers are checked in the browser with the same schema as the intake,
 * and the form is sent in place, retrying with the same idempotency key if
 * the connection drops, so nothing typed is lost and nothing is sent twice.
 * Nothing is kept in browser storage.
 */
import {
  FORM_REGION,
  PAGE_REGION,
  renderConfirmation,
  renderReferralForm,
  type FormValues,
  type ReferralFormContext,
} from './form-markup.ts';
import { ageOn, checkReferral, dateOfBirth, type FieldError } from './schema.ts';

import { inThamesValley } from '../../shared/postcodes.ts';

const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000];
const FORM_EXTRAS = ['idempotencyKey', 'timeTakenMs', 'website'];
/** When the page opened, by the browser's own timer: how long the form took does not depend on the device's clock. */
const openedAt = performance.now();
let announceTimer: ReturnType<typeof setTimeout> | undefined;

interface Confirmation {
  hubPhone: string;
  callsFrom: string;
  contactWithinWorkingDays: number;
}

/**
 * The answers in the form; questions that do not apply are left out unless `everything` (to show them again as typed).
 */
function formValues(form: HTMLFormElement, everything = false): FormValues {
  const values: Record<string, string | string[]> = {};
  for (const element of Array.from(form.elements)) {
    if (
      !(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) ||
      !element.name ||
      (element.disabled && !everything)
    )
      continue;
    if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
      if (!element.checked) continue;
      if (element.type === 'checkbox') {
        const list = values[element.name];
        values[element.name] = Array.isArray(list) ? [...list, element.value] : [element.value];
        continue;
      }
    }
    values[element.name] = element.value;
  }
  return values;
}

/** The value of a radio group or text field, as currently chosen. */
function currentValue(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name);
  if (field instanceof RadioNodeList) return field.value;
  return field instanceof HTMLInputElement ? field.value : '';
}

function isUnder18(form: HTMLFormElement): boolean {
  const birth = dateOfBirth(
    currentValue(form, 'dobDay').trim(),
    currentValue(form, 'dobMonth').trim(),
    currentValue(form, 'dobYear').trim(),
    new Date(),
  );
  if (birth.date) return ageOn(birth.date, new Date()) < 18;
  const band = currentValue(form, 'ageBand');
  return band === 'under-12' || band === '12-17';
}

/** Does a block's condition ("referrerType=self|professional", or "under18") hold? */
function conditionHolds(form: HTMLFormElement, condition: string): boolean {
  if (condition === 'under18') return isUnder18(form);
  const [name = '', wanted = ''] = condition.split('=');
  return wanted.split('|').includes(currentValue(form, name));
}

/** Show the questions that apply; hide (and leave out of sending) those that do not, keeping what was typed. */
function updateConditionalQuestions(form: HTMLFormElement): void {
  const blocks = Array.from(form.querySelectorAll<HTMLElement>('[data-show-when]'));
  // Outer blocks first, so an inner block inside a hidden one stays hidden.
  for (const block of blocks) {
    const insideHidden = block.parentElement?.closest<HTMLElement>('[data-show-when][hidden]');
    const show = !insideHidden && conditionHolds(form, block.dataset.showWhen ?? '');
    block.hidden = !show;
    for (const field of Array.from(block.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')))
      field.disabled = !show;
  }
}

function updateCharacterCount(group: HTMLElement, announce: boolean): void {
  const max = Number(group.dataset.characterCount);
  const field = group.querySelector('textarea');
  const message = group.querySelector<HTMLElement>('[data-character-count-message]');
  const announcement = group.querySelector<HTMLElement>('[data-character-count-announcement]');
  if (!field || !message) return;
  const left = max - field.value.length;
  const text =
    left >= 0
      ? `You have ${left} character${left === 1 ? '' : 's'} remaining`
      : `You have ${-left} character${left === -1 ? '' : 's'} too many`;
  message.textContent = text;
  // Screen readers hear the count once typing pauses, not at every key.
  if (announce && announcement) {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (announcement.textContent = text), 1000);
  }
}

function updatePostcodeNotice(form: HTMLFormElement): void {
  const notice = document.querySelector<HTMLElement>('[data-outside-area]');
  const answer = inThamesValley(currentValue(form, 'postcode'));
  if (notice) notice.hidden = answer !== false;
}

/** Tick what a link asked for: /refer/?interest=restorative-justice or /refer/?service=<slug>. */
function applyPreselection(form: HTMLFormElement): void {
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
}

function setUp(form: HTMLFormElement): void {
  form.classList.add('referral--enhanced');
  const key = form.querySelector<HTMLInputElement>('[data-idempotency-key]');
  if (key && !key.value) key.value = crypto.randomUUID();
  updateConditionalQuestions(form);
  updatePostcodeNotice(form);
  for (const group of Array.from(form.querySelectorAll<HTMLElement>('[data-character-count]')))
    updateCharacterCount(group, false);
  form.addEventListener('change', () => updateConditionalQuestions(form));
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    const counted = target.closest<HTMLElement>('[data-character-count]');
    if (counted) updateCharacterCount(counted, true);
    if ((target as HTMLInputElement).name === 'postcode') updatePostcodeNotice(form);
    if (['dobDay', 'dobMonth', 'dobYear'].includes((target as HTMLInputElement).name)) updateConditionalQuestions(form);
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Start the referral page, marked `data-referral-page`: the form, and the confirmation that replaces it. */
export function setUpReferralForm(page: HTMLElement): void {
  const region = page.querySelector<HTMLElement>('[data-referral-form-region]');
  if (!region) return;
  const context = JSON.parse(page.dataset.formContext ?? '{}') as ReferralFormContext;
  const confirmation = JSON.parse(page.dataset.confirmation ?? '{}') as Confirmation;
  const baseTitle = document.title.replace(/^Error: /, '');
  let sending = false;

  const showForm = (values: FormValues, errors: FieldError[]) => {
    region.innerHTML = FORM_REGION.start + renderReferralForm(context, values, errors) + FORM_REGION.end;
    document.title = errors.length ? `Error: ${baseTitle}` : baseTitle;
    attach();
    region.querySelector<HTMLElement>('[data-error-summary]')?.focus();
  };

  const showStatus = (form: HTMLFormElement, message: string) => {
    const status = form.querySelector<HTMLElement>('[data-referral-status]');
    if (status) status.textContent = message;
  };

  const showConfirmation = (reference: string, forSomeoneElse: boolean, alreadySent = false) => {
    page.innerHTML =
      PAGE_REGION.start +
      renderConfirmation({ reference, forSomeoneElse, alreadySent, ...confirmation }) +
      PAGE_REGION.end;
    document.title = `Referral sent – ${baseTitle.split(' – ').slice(1).join(' – ') || baseTitle}`;
    page.querySelector<HTMLElement>('[data-confirmation-heading]')?.focus();
    window.scrollTo(0, 0);
  };

  const send = async (form: HTMLFormElement, values: FormValues) => {
    const callUs = `call the hub on ${context.hubPhone}`;
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt += 1) {
      try {
        const response = await fetch(context.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(values),
          credentials: 'omit',
        });
        const answer = (await response.json().catch(() => ({}))) as {
          reference?: string;
          message?: string;
          errors?: FieldError[];
        };
        if ((response.status === 200 || response.status === 201 || response.status === 409) && answer.reference) {
          showConfirmation(answer.reference, values.referrerType !== 'self', response.status === 409);
          return;
        }
        if (response.status === 400 && answer.errors) {
          showForm(formValues(form, true), answer.errors);
          return;
        }
        if (response.status >= 500 && attempt < RETRY_DELAYS_MS.length) {
          showStatus(form, 'Still sending. Please keep this page open…');
          await wait(RETRY_DELAYS_MS[attempt]!);
          continue;
        }
        showStatus(
          form,
          answer.message
            ? `${answer.message} Everything you typed is still here.`
            : `Your referral was not sent. Everything you typed is still here. You can try again, or ${callUs}.`,
        );
        return;
      } catch {
        // The connection failed: try again with the same key, so the hub never gets it twice.
        if (attempt < RETRY_DELAYS_MS.length) {
          showStatus(form, 'Still sending. Please keep this page open…');
          await wait(RETRY_DELAYS_MS[attempt]!);
        }
      }
    }
    showStatus(
      form,
      `We could not send your referral. Check your internet connection and try again: everything you typed is still here. Or ${callUs}.`,
    );
  };

  function attach(): void {
    const form = region!.querySelector<HTMLFormElement>('[data-referral-form]');
    if (!form) return;
    setUp(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (sending) return;
      const values = formValues(form);
      const answers = Object.fromEntries(Object.entries(values).filter(([name]) => !FORM_EXTRAS.includes(name)));
      const checked = checkReferral(answers);
      if (!checked.ok) {
        showForm(formValues(form, true), checked.errors);
        return;
      }
      const timeTaken = form.querySelector<HTMLInputElement>('[data-time-taken]');
      if (timeTaken) timeTaken.value = String(Math.round(performance.now() - openedAt));
      values.timeTakenMs = timeTaken?.value ?? '';
      sending = true;
      const button = form.querySelector<HTMLButtonElement>('[data-referral-submit]');
      if (button) button.disabled = true;
      showStatus(form, 'Sending your referral…');
      void send(form, values).finally(() => {
        sending = false;
        if (button?.isConnected) button.disabled = false;
      });
    });
  }

  const firstForm = region.querySelector<HTMLFormElement>('[data-referral-form]');
  if (firstForm) applyPreselection(firstForm);
  attach();
}
