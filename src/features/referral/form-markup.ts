/**
 * The referral form as HTML, from one function: the static /refer/ page
 * renders it empty; the intake renders it again with what the person typed
 * and the errors (when the form was sent without JavaScript); the form's
 * script renders it again after checking in the browser. So the markup, the
 * error summary and every message are the same wherever they appear.
 *
 * Patterns follow the GOV.UK Design System: an error summary that links to
 * each field, a message above each field in error, fieldsets with legends
 * for groups, and questions that appear only when they apply (without
 * JavaScript they are all shown, each saying when to answer it).
 *
 * The questions are data (questions.ts); this file draws them. Everything
 * goes through the `html` template, which escapes every value put into it,
 * so nothing a person typed can become markup.
 */
import type { Settings } from '../../content-model/schemas/settings.ts';
import { telHref } from '../../shared/phone.ts';
import { attributes, fill, html, type Markup } from '../../shared/html.ts';
import { sayFrom, translatable, type Say, type Words } from '../../shared/sentences.ts';
import {
  ABOUT_THE_PERSON,
  AGREEING,
  CONTACTING_THEM_SAFELY,
  WHAT_HAPPENED,
  WHAT_WOULD_HELP,
  WHO_NEEDS_SUPPORT,
  type ChoiceQuestion,
  type DateQuestion,
  type DetailsQuestion,
  type FormPart,
  type OnlyWhen,
  type ServiceQuestion,
  type Slot,
  type TextQuestion,
} from './questions.ts';
import type { FieldError } from './answers.ts';

/**
 * What any form drawn here needs: where it posts, the numbers it quotes, and its language. The referral form and the
 * hate crime report (src/features/referral/hate-crime-report/) are both drawn, checked, posted and confirmed by this code.
 */
export interface FormContext {
  /** Where the form posts. */
  endpoint: string;
  hubPhone: string;
  emergency: string;
  silentSolutionCode: string;
  /** Services a person can ask to be referred to (content/services with "referrable"), by file name. */
  services?: readonly { value: string; label: string }[];
  /** The language of the page the form is on ("en", "pl" …): sent with the referral so the hub can book an interpreter. */
  lang?: string;
  /** The form's sentences in that language (English sentence → translation); none for English. */
  words?: Words;
  /** The page's direction: numbers put into right-to-left sentences are isolated so they keep their order. */
  dir?: 'ltr' | 'rtl';
  /** The site's pages the form links to, where they are translated: English address → the address in this language. */
  links?: Readonly<Record<string, string>>;
}

/** What the referral form needs from the site: besides any form's, the number the hub calls from and the services. */
export interface ReferralFormContext extends FormContext {
  /** The number the hub calls from. */
  callsFrom: string;
  services: readonly { value: string; label: string }[];
}

/** The form's context from the site settings: where it posts, and the numbers it quotes. */
export function referralFormContext(
  settings: Settings,
  services: ReferralFormContext['services'] = [],
  language: { lang: string; words: Words } = { lang: 'en', words: {} },
): ReferralFormContext {
  return {
    ...language,
    services,
    endpoint: settings.referral.endpoint,
    hubPhone: settings.hub.phone,
    callsFrom: settings.hub.callsFrom,
    emergency: settings.emergency.emergency,
    silentSolutionCode: settings.emergency.silentSolutionCode,
  };
}

/** What the person typed: text, or lists for checkboxes. */
export type FormValues = Record<string, string | string[] | undefined>;

/** One drawing of a form: what was typed, the errors by field, and the services on offer. */
export interface Build {
  values: FormValues;
  errors: Map<string, string>;
  services: NonNullable<FormContext['services']>;
  /** Says the form's English sentences in the page's language. */
  say: Say;
  /** A page of the site in the form's language where it is translated. */
  href: (english: string) => string;
}

/** The answer to a text box or radio group (the first, if a list arrived). */
function typed(build: Build, name: string): string {
  const found = build.values[name];
  return Array.isArray(found) ? (found[0] ?? '') : (found ?? '');
}

/** The ticked boxes of a checkbox group (a single ticked box arrives as text). */
function ticked(build: Build, name: string): string[] {
  const found = build.values[name];
  return Array.isArray(found) ? found : found ? [found] : [];
}

/** The message above a field in error; "Error:" is for screen readers, as the colour is not heard. */
function errorMessage(build: Build, name: string): Markup | undefined {
  const message = build.errors.get(name);
  if (!message) return undefined;
  const words = html`<span class="visually-hidden">${build.say('Error:')}</span> ${build.say(message)}`;
  return html`<p id="${name}-error" class="referral__error-message">${words}</p>`;
}

/** The ids a field is described by: its hint, then its error; undefined leaves the attribute out. */
function describedBy(build: Build, name: string, hintId?: string): string | undefined {
  const ids = [hintId, build.errors.has(name) ? `${name}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The class of a question's outer box, marked when the question is in error. */
function groupClass(build: Build, name: string): string {
  return `referral__group${build.errors.has(name) ? ' referral__group--error' : ''}`;
}

/** A question's hint, under its label or legend. */
function hintFor(build: Build, id: string, hint: string | undefined): Markup | undefined {
  return hint ? html`<p id="${id}" class="referral__hint">${build.say(hint)}</p>` : undefined;
}

/** A one-line text box with its label, hint and error. */
function textField(build: Build, question: TextQuestion): Markup {
  const { name, label, hint, type = 'text', autocomplete = 'off', width = 'long', inputmode, spellcheck } = question;
  const inError = build.errors.has(name);
  return html`<div class="${groupClass(build, name)}">
    <label class="referral__label" for="${name}">${build.say(label)}</label>
    ${hintFor(build, `${name}-hint`, hint)} ${errorMessage(build, name)}
    <input
      ${attributes({
        class: `referral__input referral__input--${width}${inError ? ' referral__input--error' : ''}`,
        id: name,
        name,
        type,
        value: typed(build, name),
        autocomplete,
        inputmode,
        spellcheck: spellcheck === false ? 'false' : undefined,
        'aria-describedby': describedBy(build, name, hint ? `${name}-hint` : undefined),
      })}
    />
  </div>`;
}

/** The three boxes of a date, in one fieldset. */
function dateField(build: Build, question: DateQuestion): Markup {
  // The schema reports a problem with the date on its first box.
  const name = question.boxes[0]?.name ?? question.id;
  const hintId = `${question.id}-hint`;
  const inError = build.errors.has(name);
  const boxes = question.boxes.map(
    (box) =>
      html`<div class="referral__date-item">
        <label class="referral__label" for="${box.name}">${build.say(box.label)}</label>
        <input
          ${attributes({
            class: `referral__input referral__input--${box.width}${inError ? ' referral__input--error' : ''}`,
            id: box.name,
            name: box.name,
            type: 'text',
            inputmode: 'numeric',
            autocomplete: 'off',
            value: typed(build, box.name),
          })}
        />
      </div>`,
  );
  return html`<div class="${groupClass(build, name)}">
    <fieldset class="referral__fieldset" aria-describedby="${describedBy(build, name, hintId)}">
      <legend class="referral__legend referral__legend--s">${build.say(question.legend)}</legend>
      ${hintFor(build, hintId, question.hint)} ${errorMessage(build, name)}
      <div class="referral__date">${boxes}</div>
    </fieldset>
  </div>`;
}

/** The list of services a person can ask to be referred to; nothing when there are none. */
function serviceChoice(build: Build, question: ServiceQuestion): Markup | undefined {
  if (build.services.length === 0) return undefined;
  const { name, label, hint } = question;
  const chosen = typed(build, name);
  const options = [{ value: '', label: build.say(question.noService) }, ...build.services].map(
    (option) =>
      html`<option ${attributes({ value: option.value, selected: option.value === chosen })}>${option.label}</option>`,
  );
  return html`<div class="${groupClass(build, name)}">
    <label class="referral__label" for="${name}">${build.say(label)}</label>
    ${hintFor(build, `${name}-hint`, hint)} ${errorMessage(build, name)}
    <select
      ${attributes({
        class: 'referral__select',
        id: name,
        name,
        'aria-describedby': describedBy(build, name, `${name}-hint`),
        'data-service-interest': true,
      })}
    >
      ${options}
    </select>
  </div>`;
}

/** A box for longer text; the script turns the limit below it into a count of what is left. */
function detailsField(build: Build, question: DetailsQuestion): Markup {
  const { name, label, hint, maxLength } = question;
  const inError = build.errors.has(name);
  const box = attributes({
    class: `referral__textarea${inError ? ' referral__input--error' : ''}`,
    id: name,
    name,
    rows: 6,
    autocomplete: 'off',
    'aria-describedby': [`${name}-hint`, `${name}-count`, inError ? `${name}-error` : ''].filter(Boolean).join(' '),
  });
  const limit = build.say('You can enter up to {count} characters', { count: maxLength });
  return html`<div class="${groupClass(build, name)}" data-character-count="${maxLength}">
    <label class="referral__label" for="${name}">${build.say(label)}</label>
    ${hintFor(build, `${name}-hint`, hint)} ${errorMessage(build, name)}
    <textarea ${box}>${typed(build, name)}</textarea>
    <p class="referral__hint" id="${name}-count" data-character-count-message>${limit}</p>
    <p class="visually-hidden" aria-live="polite" data-character-count-announcement></p>
  </div>`;
}

/** Short answers to a radio group sit side by side. */
function sideBySide(question: ChoiceQuestion): boolean {
  return (
    question.kind === 'radio' &&
    question.options.length <= 3 &&
    question.options.every((option) => option.label.length < 12)
  );
}

/** A radio or checkbox group in a fieldset, its legend the question. */
function choiceGroup(build: Build, question: ChoiceQuestion): Markup {
  const { kind, name, legend, hint, options } = question;
  const chosen = kind === 'radio' ? [typed(build, name)] : ticked(build, name);
  const items = options.map((option, index) => {
    // The first answer takes the question's own id, so the error summary's link lands on it.
    const id = index === 0 ? name : `${name}-${index + 1}`;
    return html`<div class="referral__choice">
      <input
        ${attributes({
          class: 'referral__choice-input',
          id,
          name,
          type: kind,
          value: option.value,
          checked: chosen.includes(option.value),
          'aria-describedby': option.hint ? `${id}-item-hint` : undefined,
        })}
      />
      <label class="referral__choice-label" for="${id}">${build.say(option.label)}</label>
      ${option.hint && html`<p id="${id}-item-hint" class="referral__hint referral__choice-hint">${build.say(option.hint)}</p>`}
    </div>`;
  });
  const fieldset = attributes({
    class: 'referral__fieldset',
    'aria-describedby': describedBy(build, name, hint ? `${name}-hint` : undefined),
  });
  return html`<div class="${groupClass(build, name)}">
    <fieldset ${fieldset}>
      <legend class="referral__legend referral__legend--s">${build.say(legend)}</legend>
      ${hintFor(build, `${name}-hint`, hint)} ${errorMessage(build, name)}
      <div class="referral__choices${sideBySide(question) ? ' referral__choices--inline' : ''}">${items}</div>
    </fieldset>
  </div>`;
}

/**
 * A block of questions that only applies after a certain answer. Without
 * JavaScript it is shown, led by `when`; the script hides it until it applies.
 */
function onlyWhen(build: Build, block: OnlyWhen, slots: Slots): Markup {
  return html`<div class="referral__conditional" data-show-when="${block.showWhen}">
    <p class="referral__when" data-when-text>${build.say(block.when)}</p>
    ${parts(build, block.parts, slots)}
  </div>`;
}

/** Words a section puts between its questions, by the name of their place in the data. */
export type Slots = Partial<Record<Slot['name'], Markup>>;

/** Draw questions, blocks and slots from the data, in order. */
export function parts(build: Build, list: readonly FormPart[], slots: Slots = {}): (Markup | undefined)[] {
  return list.map((part) => {
    switch (part.kind) {
      case 'text':
        return textField(build, part);
      case 'radio':
      case 'checkbox':
        return choiceGroup(build, part);
      case 'date':
        return dateField(build, part);
      case 'service':
        return serviceChoice(build, part);
      case 'details':
        return detailsField(build, part);
      case 'only-when':
        return onlyWhen(build, part, slots);
      case 'slot':
        return slots[part.name];
    }
  });
}

/** One numbered section of the form, its heading naming it for screen readers. */
export function section(id: string, heading: string, content: Markup): Markup {
  return html`<section class="referral__section" aria-labelledby="section-${id}">
    <h2 id="section-${id}">${heading}</h2>
    ${content}
  </section>`;
}

/** 1. Who needs support: the person asking, and for whom. */
function whoNeedsSupport(build: Build): Markup {
  return section('who', build.say('1. Who needs support'), html`${parts(build, WHO_NEEDS_SUPPORT)}`);
}

/** Victim Support's free line, for people outside Thames Valley. */
const VICTIM_SUPPORT_PHONE = '0808 168 9111';
/** Where people outside Thames Valley find their own police and crime commissioner. */
const FIND_YOUR_PCC = 'https://www.apccs.police.uk/find-your-pcc/';

/** 2. About the person: with the notice shown when the postcode looks outside Thames Valley. */
function aboutThePerson(build: Build): Markup {
  const findYourPcc = html`<a href="${FIND_YOUR_PCC}">${build.say('find the police and crime commissioner for your area')}</a>`;
  const outsideArea = fill(
    build.say(
      'This postcode looks like it is outside Thames Valley. You can still send this form if the crime happened in Thames Valley. Otherwise, Victim Support can help anywhere in England and Wales: call free on {phone}, any time. You can also {link}.',
    ),
    { phone: VICTIM_SUPPORT_PHONE, link: findYourPcc },
  );
  const notice = html`<div class="referral__notice" data-outside-area hidden><p>${outsideArea}</p></div>`;
  return section(
    'person',
    build.say('2. About the person who needs support'),
    html`<p class="referral__hint">${build.say('If you are asking for yourself, answer about you.')}</p>
      ${parts(build, ABOUT_THE_PERSON, { 'outside-area-notice': notice })}`,
  );
}

/** 3. Contacting them safely: led by the number the hub calls from, so the person can recognise it. */
function contactingThemSafely(build: Build, context: ReferralFormContext): Markup {
  const intro = fill(
    build.say('The hub will call from {number}. Tell us what is safe, so nobody else finds out about this.'),
    { number: html`<strong dir="ltr">${context.callsFrom}</strong>` },
  );
  return section(
    'contact',
    build.say('3. Contacting them safely'),
    html`<p>${intro}</p>
      ${parts(build, CONTACTING_THEM_SAFELY)}`,
  );
}

/** 4. What happened: with what to do if anyone is in danger now, before asking about it. */
function whatHappened(build: Build, context: ReferralFormContext): Markup {
  const { emergency, silentSolutionCode } = context;
  const danger = html`<strong>${build.say('If anyone is in danger now, call {emergency}.', { emergency })}</strong>
    ${build.say(
      'If you cannot speak, call {emergency} from a mobile and press {code} when asked. This form is not watched all the time.',
      { emergency, code: silentSolutionCode },
    )}`;
  const warning = html`<div class="referral__warning"><p>${danger}</p></div>`;
  const intro = build.say(
    'You do not need to give details. The hub will not ask anyone to tell their story again and again.',
  );
  return section(
    'what',
    build.say('4. What happened'),
    html`<p>${intro}</p>
      ${parts(build, WHAT_HAPPENED, { 'danger-warning': warning })}`,
  );
}

/** 5. What would help. */
function whatWouldHelp(build: Build): Markup {
  return section('help', build.say('5. What would help'), html`${parts(build, WHAT_WOULD_HELP)}`);
}

/** 6. Agreeing to this referral, after a link to the privacy notice. */
function agreeing(build: Build): Markup {
  const privacy = fill(build.say('Read the {link} to see how the hub uses and protects this information.'), {
    link: html`<a href="${build.href('/privacy/')}">${build.say('privacy notice')}</a>`,
  });
  return section(
    'consent',
    build.say('6. Agreeing to this referral'),
    html`<p>${privacy}</p>
      ${parts(build, AGREEING)}`,
  );
}

/** The error summary: first on the page, linking to each field in error, in the form's language. */
export function errorSummary(errors: readonly FieldError[], words: Words = {}): string {
  return errorSummaryBox(errors, sayFrom(words))?.text ?? '';
}

/** The error summary as markup; undefined when there are no errors. */
function errorSummaryBox(errors: readonly FieldError[], say: Say): Markup | undefined {
  if (errors.length === 0) return undefined;
  // A problem with the form as a whole ("form") has no field to link to.
  const items = errors.map((error) =>
    error.field === 'form'
      ? html`<li>${say(error.message)}</li>`
      : html`<li><a href="#${error.field}">${say(error.message)}</a></li>`,
  );
  return html`<div
    class="referral__error-summary"
    aria-labelledby="error-summary-title"
    tabindex="-1"
    data-error-summary
  >
    <h2 class="referral__error-summary-title" id="error-summary-title">${say('There is a problem')}</h2>
    <p>${say('Nothing has been sent yet. Your answers are still here. Check these questions, then send the form again.')}</p>
    <ul class="referral__error-summary-list">
      ${items}
    </ul>
  </div>`;
}

/** A form to draw: its sections (questions from data, with the words each section writes itself) and its button. */
export interface FormDrawing<Context extends FormContext> {
  sections(build: Build, context: Context): readonly Markup[];
  /** The send button's words, in English (said in the page's language). */
  submitLabel: string;
}

/** The referral form's sections, in order. */
const REFERRAL_DRAWING: FormDrawing<ReferralFormContext> = {
  sections: (build, context) => [
    whoNeedsSupport(build),
    aboutThePerson(build),
    contactingThemSafely(build, context),
    whatHappened(build, context),
    whatWouldHelp(build),
    agreeing(build),
  ],
  submitLabel: translatable('Send referral'),
};

/** The whole referral form, with what was typed and the errors; the error summary comes first. */
export function renderReferralForm(
  context: ReferralFormContext,
  values: FormValues = {},
  errors: readonly FieldError[] = [],
  /** Leave the summary out, for a page that shows it at the top (ERROR_REGION). */
  options: { withSummary?: boolean } = {},
): string {
  return renderForm(REFERRAL_DRAWING, context, values, errors, options);
}

/**
 * Any form, with what was typed and the errors; the error summary comes first. The same frame for every form: the
 * hidden trap for scripts, the idempotency key, the time taken, the language, the status line and the button.
 */
export function renderForm<Context extends FormContext>(
  drawing: FormDrawing<Context>,
  context: Context,
  values: FormValues = {},
  errors: readonly FieldError[] = [],
  /** Leave the summary out, for a page that shows it at the top (ERROR_REGION). */
  { withSummary = true }: { withSummary?: boolean } = {},
): string {
  const build: Build = {
    values,
    errors: new Map(errors.map((error) => [error.field, error.message])),
    services: context.services ?? [],
    say: sayFrom(context.words, { isolateValues: context.dir === 'rtl' }),
    href: (english) => context.links?.[english] ?? english,
  };
  return html`${withSummary ? errorSummaryBox(errors, build.say) : undefined}
    <form class="referral" action="${context.endpoint}" method="post" novalidate autocomplete="off" data-referral-form>
      <div class="referral__trap" aria-hidden="true">
        <label for="website">${build.say('Leave this empty')}</label>
        <input id="website" name="website" type="text" value="" tabindex="-1" autocomplete="off" />
      </div>
      <input type="hidden" name="idempotencyKey" value="${typed(build, 'idempotencyKey')}" data-idempotency-key />
      <input type="hidden" name="timeTakenMs" value="" data-time-taken />
      <input type="hidden" name="formLanguage" value="${context.lang ?? 'en'}" />
      ${drawing.sections(build, context)}
      <div class="referral__status" role="status" data-referral-status></div>
      <button type="submit" class="button referral__submit" data-referral-submit>${build.say(drawing.submitLabel)}</button>
    </form>`.text;
}

/** What the confirmation says: the reference, who the hub will contact, and the hub's numbers. */
export interface ConfirmationDetails {
  reference: string;
  /**
   * The same page sent this referral before, with different answers: show its reference, and how to change an answer.
   */
  alreadySent?: boolean;
  forSomeoneElse: boolean;
  hubPhone: string;
  callsFrom: string;
  contactWithinWorkingDays: number;
  /** Lines to call while the hub is closed (settings: hub.whenClosed), offered to anyone who needs to talk now. */
  talkNow: readonly { name: string; phone: string }[];
  /** The emergency number, 999. */
  emergency: string;
  /** The form's sentences in the page's language. */
  words?: Words;
  /** The site's pages it links to, in the page's language where translated (as in the form's context). */
  links?: Readonly<Record<string, string>>;
  /** The page's direction, as in the form's context. */
  dir?: 'ltr' | 'rtl';
}

/** Markers around the parts of the built /refer/ page that the intake and the script replace. */
export const PAGE_REGION = { start: '<!--referral-page-start-->', end: '<!--referral-page-end-->' } as const;
/** Markers around the form (and its error summary) in the built /refer/ page. */
export const FORM_REGION = { start: '<!--referral-form-start-->', end: '<!--referral-form-end-->' } as const;
/**
 * Markers at the top of the page, above its heading, where the error summary goes (as GOV.UK places it): on a
 * phone the form starts far down the page, and a summary there is out of sight when the page comes back.
 */
export const ERROR_REGION = { start: '<!--referral-errors-start-->', end: '<!--referral-errors-end-->' } as const;

/** Put new content between a region's markers in a page. */
export function replaceRegion(page: string, region: { start: string; end: string }, content: string): string {
  const start = page.indexOf(region.start);
  const end = page.indexOf(region.end);
  if (start < 0 || end < start) throw new Error('The referral page has lost its markers: rebuild the site.');
  return page.slice(0, start + region.start.length) + content + page.slice(end);
}

/** The confirmation: the reference to quote, what happens next, and what to do if nobody calls. */
export function renderConfirmation(details: ConfirmationDetails): string {
  const { reference, hubPhone, callsFrom, contactWithinWorkingDays: days } = details;
  const say = sayFrom(details.words, { isolateValues: details.dir === 'rtl' });
  const phone = html`<a href="${telHref(hubPhone)}">${hubPhone}</a>`;
  const alreadySent = say(
    'This referral had already been sent, so your latest changes were not. To change an answer, call the hub on {phone} and give the reference number.',
    { phone: hubPhone },
  );
  // Whole sentences, so each language can word them its own way.
  const contact = details.forSomeoneElse
    ? days === 1
      ? say('The Victims First Hub will try to contact the person within 1 working day, in the way you chose.')
      : say('The Victims First Hub will try to contact the person within {days} working days, in the way you chose.', {
          days,
        })
    : days === 1
      ? say('The Victims First Hub will try to contact you within 1 working day, in the way you chose.')
      : say('The Victims First Hub will try to contact you within {days} working days, in the way you chose.', {
          days,
        });
  const talk = details.forSomeoneElse
    ? say('They will talk about what would help, and put the person in touch with the right support.')
    : say('They will talk about what would help, and put you in touch with the right support.');
  const keepSafe = fill(
    say('Keep the reference somewhere safe. If someone might look at this device, you may want to {link}.'),
    {
      link: html`<a href="${details.links?.['/cover-your-tracks/'] ?? '/cover-your-tracks/'}">${say('cover your tracks')}</a>`,
    },
  );
  return html`<div class="referral__confirmation" data-referral-confirmation>
      <h1 class="referral__confirmation-title" tabindex="-1" data-confirmation-heading>${say('Referral sent')}</h1>
      <p>${say('Your reference number is')}</p>
      <p class="referral__reference"><strong data-reference dir="ltr">${reference}</strong></p>
    </div>
    ${details.alreadySent && html`<p class="referral__notice">${alreadySent}</p>`}
    <h2>${say('What happens next')}</h2>
    <ol>
      <li>${contact}</li>
      <li>${fill(say('The hub calls from {number}.'), { number: html`<strong dir="ltr">${callsFrom}</strong>` })}</li>
      <li>${talk}</li>
    </ol>
    <h2>${say('If you do not hear from the hub')}</h2>
    <p>${fill(say('Call the hub on {phone} and give the reference number above.'), { phone })}</p>
    <p>${keepSafe}</p>
    <h2>${say('While you wait')}</h2>
    <p>
      ${fill(
        say('Until the hub gets in touch, {link} may help: ways to feel calmer, and a plan for staying safe and well.'),
        {
          link: html`<a href="${details.links?.['/while-you-wait/'] ?? '/while-you-wait/'}">${say('our page for while you wait')}</a>`,
        },
      )}
    </p>
    <h2>${say('If you need to talk to someone now')}</h2>
    <ul>
      ${details.talkNow.map(
        (line) =>
          html`<li>${fill(say('{name}: call {phone}'), {
            name: say(line.name),
            phone: html`<a href="${telHref(line.phone)}" dir="ltr">${line.phone}</a>`,
          })}</li>`,
      )}
      <li>${fill(say('If you are in danger now, call {emergency}.'), {
        emergency: html`<a href="${telHref(details.emergency)}">${details.emergency}</a>`,
      })}</li>
    </ul>`.text;
}
