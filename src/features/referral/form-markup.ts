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
 */
import type { Settings } from '../../content-model/schemas/settings.ts';
import { telHref } from '../../shared/phone.ts';
import { crimeTypes } from '../../content-model/vocabularies.ts';
import type { FieldError } from './schema.ts';
import { MAX_DETAILS_LENGTH } from './schema.ts';

export interface ReferralFormContext {
  /** Where the form posts. */
  endpoint: string;
  hubPhone: string;
  /** The number the hub calls from. */
  callsFrom: string;
  emergency: string;
  silentSolutionCode: string;
  /** Services a person can ask to be referred to (content/services with "referrable"), by file name. */
  services: readonly { value: string; label: string }[];
}

/** The form's context from the site settings: where it posts, and the numbers it quotes. */
export function referralFormContext(
  settings: Settings,
  services: ReferralFormContext['services'] = [],
): ReferralFormContext {
  return {
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

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const value = (values: FormValues, name: string): string => {
  const found = values[name];
  return Array.isArray(found) ? (found[0] ?? '') : (found ?? '');
};
const ticked = (values: FormValues, name: string): string[] => {
  const found = values[name];
  return Array.isArray(found) ? found : found ? [found] : [];
};

interface Build {
  values: FormValues;
  errors: Map<string, string>;
}

function errorMessage(build: Build, name: string): string {
  const message = build.errors.get(name);
  return message
    ? `<p id="${name}-error" class="referral__error-message"><span class="visually-hidden">Error:</span> ${escapeHtml(message)}</p>`
    : '';
}

function describedBy(build: Build, name: string, hint?: string): string {
  const ids = [hint ? `${name}-hint` : '', build.errors.has(name) ? `${name}-error` : ''].filter(Boolean);
  return ids.length ? ` aria-describedby="${ids.join(' ')}"` : '';
}

function groupClass(build: Build, name: string): string {
  return `referral__group${build.errors.has(name) ? ' referral__group--error' : ''}`;
}

interface TextFieldOptions {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  width?: 'short' | 'medium' | 'long';
  inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  spellcheck?: boolean;
}

function textField(build: Build, options: TextFieldOptions): string {
  const { name, label, hint, type = 'text', autocomplete = 'off', width = 'long', inputmode, spellcheck } = options;
  return `<div class="${groupClass(build, name)}">
  <label class="referral__label" for="${name}">${escapeHtml(label)}</label>
  ${hint ? `<p id="${name}-hint" class="referral__hint">${escapeHtml(hint)}</p>` : ''}
  ${errorMessage(build, name)}
  <input class="referral__input referral__input--${width}${build.errors.has(name) ? ' referral__input--error' : ''}" id="${name}" name="${name}" type="${type}" value="${escapeHtml(value(build.values, name))}" autocomplete="${autocomplete}"${inputmode ? ` inputmode="${inputmode}"` : ''}${spellcheck === false ? ' spellcheck="false"' : ''}${describedBy(build, name, hint)}>
</div>`;
}

function selectField(
  build: Build,
  name: string,
  label: string,
  hint: string,
  options: readonly { value: string; label: string }[],
): string {
  const chosen = value(build.values, name);
  return `<div class="${groupClass(build, name)}">
  <label class="referral__label" for="${name}">${escapeHtml(label)}</label>
  <p id="${name}-hint" class="referral__hint">${escapeHtml(hint)}</p>
  ${errorMessage(build, name)}
  <select class="referral__select" id="${name}" name="${name}"${describedBy(build, name, hint)} data-service-interest>
    ${options.map((option) => `<option value="${escapeHtml(option.value)}"${option.value === chosen ? ' selected' : ''}>${escapeHtml(option.label)}</option>`).join('\n    ')}
  </select>
</div>`;
}

function textArea(build: Build, name: string, label: string, hint: string, maxLength: number): string {
  return `<div class="${groupClass(build, name)}" data-character-count="${maxLength}">
  <label class="referral__label" for="${name}">${escapeHtml(label)}</label>
  <p id="${name}-hint" class="referral__hint">${escapeHtml(hint)}</p>
  ${errorMessage(build, name)}
  <textarea class="referral__textarea${build.errors.has(name) ? ' referral__input--error' : ''}" id="${name}" name="${name}" rows="6" autocomplete="off" aria-describedby="${[`${name}-hint`, `${name}-count`, build.errors.has(name) ? `${name}-error` : ''].filter(Boolean).join(' ')}">${escapeHtml(value(build.values, name))}</textarea>
  <p class="referral__hint" id="${name}-count" data-character-count-message>You can enter up to ${maxLength} characters</p>
  <p class="visually-hidden" aria-live="polite" data-character-count-announcement></p>
</div>`;
}

interface Choice {
  value: string;
  label: string;
  hint?: string;
}

function choices(
  build: Build,
  kind: 'radio' | 'checkbox',
  name: string,
  legend: string,
  options: readonly Choice[],
  hint?: string,
  legendSize: 'm' | 's' = 's',
): string {
  const selected = kind === 'radio' ? [value(build.values, name)] : ticked(build.values, name);
  const items = options
    .map((option, index) => {
      const id = index === 0 ? name : `${name}-${index + 1}`;
      const checked = selected.includes(option.value) ? ' checked' : '';
      const optionHint = option.hint
        ? `<p id="${id}-item-hint" class="referral__hint referral__choice-hint">${escapeHtml(option.hint)}</p>`
        : '';
      return `<div class="referral__choice">
    <input class="referral__choice-input" id="${id}" name="${name}" type="${kind}" value="${escapeHtml(option.value)}"${checked}${option.hint ? ` aria-describedby="${id}-item-hint"` : ''}>
    <label class="referral__choice-label" for="${id}">${escapeHtml(option.label)}</label>
    ${optionHint}
  </div>`;
    })
    .join('\n  ');
  return `<div class="${groupClass(build, name)}">
  <fieldset class="referral__fieldset"${describedBy(build, name, hint)}>
    <legend class="referral__legend referral__legend--${legendSize}">${escapeHtml(legend)}</legend>
    ${hint ? `<p id="${name}-hint" class="referral__hint">${escapeHtml(hint)}</p>` : ''}
    ${errorMessage(build, name)}
    <div class="referral__choices${kind === 'radio' && options.length <= 3 && options.every((option) => option.label.length < 12) ? ' referral__choices--inline' : ''}">
  ${items}
    </div>
  </fieldset>
</div>`;
}

/**
 * A block of questions that only applies after a certain answer. Without
 * JavaScript it is shown, led by `when`; the script hides it until it applies.
 */
function onlyWhen(showWhen: string, when: string, content: string): string {
  return `<div class="referral__conditional" data-show-when="${escapeHtml(showWhen)}">
  <p class="referral__when" data-when-text>${escapeHtml(when)}</p>
  ${content}
</div>`;
}

const yesNo: Choice[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The error summary: first on the page, linking to each field in error. */
export function errorSummary(errors: readonly FieldError[]): string {
  if (errors.length === 0) return '';
  // A problem with the form as a whole ("form") has no field to link to.
  const items = errors
    .map((error) =>
      error.field === 'form'
        ? `<li>${escapeHtml(error.message)}</li>`
        : `<li><a href="#${escapeHtml(error.field)}">${escapeHtml(error.message)}</a></li>`,
    )
    .join('');
  return `<div class="referral__error-summary" aria-labelledby="error-summary-title" tabindex="-1" data-error-summary>
  <h2 class="referral__error-summary-title" id="error-summary-title">There is a problem</h2>
  <ul class="referral__error-summary-list">${items}</ul>
</div>`;
}

export function renderReferralForm(
  context: ReferralFormContext,
  values: FormValues = {},
  errors: readonly FieldError[] = [],
): string {
  const build: Build = { values, errors: new Map(errors.map((error) => [error.field, error.message])) };
  const crimeOptions = crimeTypes.entries.map((entry) => ({ value: entry.value, label: entry.label }));

  return `${errorSummary(errors)}
<form class="referral" action="${escapeHtml(context.endpoint)}" method="post" novalidate autocomplete="off" data-referral-form>
  <div class="referral__trap" aria-hidden="true">
    <label for="website">Leave this empty</label>
    <input id="website" name="website" type="text" value="" tabindex="-1" autocomplete="off">
  </div>
  <input type="hidden" name="idempotencyKey" value="${escapeHtml(value(values, 'idempotencyKey'))}" data-idempotency-key>
  <input type="hidden" name="timeTakenMs" value="" data-time-taken>

  <section class="referral__section" aria-labelledby="section-who">
    <h2 id="section-who">1. Who needs support</h2>
    ${choices(build, 'radio', 'referrerType', 'Who are you asking for support for?', [
      { value: 'self', label: 'Myself' },
      {
        value: 'someone-else',
        label: 'Someone else, who knows and agrees',
        hint: 'For example a friend or family member. Ask them first.',
      },
      {
        value: 'professional',
        label: 'Someone I work with, as a professional',
        hint: 'For example a police officer, teacher, GP or support worker.',
      },
    ])}
    ${onlyWhen(
      'referrerType=someone-else|professional',
      'Answer these if you are asking for someone else.',
      textField(build, { name: 'referrerName', label: 'Your name', autocomplete: 'name', width: 'medium' }),
    )}
    ${onlyWhen(
      'referrerType=someone-else',
      'Answer these if you are asking for a friend or family member.',
      [
        textField(build, {
          name: 'referrerRelationship',
          label: 'How do you know them?',
          hint: 'For example friend, sister or neighbour',
          width: 'medium',
        }),
        textField(build, {
          name: 'referrerPhone',
          label: 'Your phone number',
          hint: 'Or give an email address below. The hub uses it only if it needs to check something with you.',
          type: 'tel',
          autocomplete: 'tel',
          width: 'medium',
          inputmode: 'tel',
        }),
        textField(build, {
          name: 'referrerEmail',
          label: 'Your email address (optional)',
          type: 'email',
          autocomplete: 'email',
          width: 'medium',
          spellcheck: false,
        }),
      ].join('\n'),
    )}
    ${onlyWhen(
      'referrerType=professional',
      'Answer these if you are asking as a professional.',
      [
        textField(build, {
          name: 'organisation',
          label: 'Organisation',
          autocomplete: 'organization',
          width: 'medium',
        }),
        textField(build, {
          name: 'role',
          label: 'Your job title or role',
          autocomplete: 'organization-title',
          width: 'medium',
        }),
        textField(build, {
          name: 'workPhone',
          label: 'Work phone number',
          type: 'tel',
          autocomplete: 'tel',
          width: 'medium',
          inputmode: 'tel',
        }),
        textField(build, {
          name: 'workEmail',
          label: 'Work email address',
          type: 'email',
          autocomplete: 'email',
          width: 'medium',
          spellcheck: false,
        }),
        choices(build, 'radio', 'isPolice', 'Are you a police officer or member of police staff?', yesNo),
        onlyWhen(
          'isPolice=yes',
          'Answer this if you work for the police.',
          textField(build, { name: 'collarNumber', label: 'Collar or staff number', width: 'short' }),
        ),
      ].join('\n'),
    )}
  </section>

  <section class="referral__section" aria-labelledby="section-person">
    <h2 id="section-person">2. About the person who needs support</h2>
    <p class="referral__hint">If you are asking for yourself, answer about you.</p>
    ${textField(build, { name: 'name', label: 'Full name', autocomplete: 'off', width: 'medium' })}
    <div class="${groupClass(build, 'dobDay')}">
      <fieldset class="referral__fieldset" aria-describedby="dob-hint${build.errors.has('dobDay') ? ' dobDay-error' : ''}">
        <legend class="referral__legend referral__legend--s">Date of birth (optional)</legend>
        <p id="dob-hint" class="referral__hint">For example, 27 3 2007. If you do not know it, choose an age group below instead.</p>
        ${errorMessage(build, 'dobDay')}
        <div class="referral__date">
          ${(['dobDay', 'dobMonth', 'dobYear'] as const)
            .map(
              (name) =>
                `<div class="referral__date-item"><label class="referral__label" for="${name}">${{ dobDay: 'Day', dobMonth: 'Month', dobYear: 'Year' }[name]}</label><input class="referral__input referral__input--${name === 'dobYear' ? 'year' : 'day'}${build.errors.has('dobDay') ? ' referral__input--error' : ''}" id="${name}" name="${name}" type="text" inputmode="numeric" autocomplete="off" value="${escapeHtml(value(values, name))}"></div>`,
            )
            .join('')}
        </div>
      </fieldset>
    </div>
    ${choices(build, 'radio', 'ageBand', 'Or, age group', [
      { value: 'under-12', label: 'Under 12' },
      { value: '12-17', label: '12 to 17' },
      { value: '18-24', label: '18 to 24' },
      { value: '25-64', label: '25 to 64' },
      { value: '65-plus', label: '65 or over' },
      { value: 'prefer-not-to-say', label: 'Prefer not to say' },
    ])}
    ${onlyWhen(
      'under18',
      'Answer these if the person is under 18.',
      [
        choices(build, 'radio', 'guardianConsent', 'Has a parent or guardian agreed to this referral?', [
          { value: 'given', label: 'Yes, a parent or guardian has agreed' },
          {
            value: 'not-sought',
            label: 'No, they have not been asked',
            hint: 'For example, if it would not be safe to ask them.',
          },
        ]),
        onlyWhen(
          'guardianConsent=not-sought',
          'Answer this if a parent or guardian has not been asked.',
          textField(build, { name: 'guardianReason', label: 'Why has a parent or guardian not been asked?' }),
        ),
      ].join('\n'),
    )}
    ${textField(build, { name: 'postcode', label: 'Postcode', hint: 'Where the person lives. Victims First supports people in Berkshire, Buckinghamshire, Oxfordshire and Milton Keynes.', autocomplete: 'off', width: 'short', spellcheck: false })}
    <div class="referral__notice" data-outside-area hidden>
      <p>This postcode looks like it is outside Thames Valley. You can still send this form if the crime happened in Thames Valley. Otherwise, Victim Support can help anywhere in England and Wales: call free on 0808 168 9111, any time. You can also <a href="https://www.apccs.police.uk/find-your-pcc/">find the police and crime commissioner for your area</a>.</p>
    </div>
    ${textField(build, { name: 'gender', label: 'Gender (optional)', hint: 'In their own words, if they want to say', width: 'medium' })}
    ${textField(build, { name: 'language', label: 'Preferred language (optional)', hint: 'For example English, Polish, Urdu or British Sign Language', width: 'medium' })}
    ${choices(build, 'radio', 'interpreter', 'Is an interpreter needed? (optional)', yesNo)}
    ${textField(build, { name: 'communicationNeeds', label: 'Anything that would help with communicating or getting support (optional)', hint: 'For example large print, a quiet place, or help with reading' })}
  </section>

  <section class="referral__section" aria-labelledby="section-contact">
    <h2 id="section-contact">3. Contacting them safely</h2>
    <p>The hub will call from <strong>${escapeHtml(context.callsFrom)}</strong>. Tell us what is safe, so nobody else finds out about this.</p>
    ${choices(build, 'radio', 'contactMethod', 'How should the hub get in touch?', [
      { value: 'phone', label: 'Phone call' },
      { value: 'text', label: 'Text message' },
      { value: 'email', label: 'Email' },
      { value: 'letter', label: 'Letter' },
    ])}
    ${onlyWhen('contactMethod=phone|text', 'Answer this if the hub should call or text.', textField(build, { name: 'phone', label: 'Phone number', type: 'tel', autocomplete: 'off', width: 'medium', inputmode: 'tel' }))}
    ${onlyWhen('contactMethod=phone', 'Answer this if the hub should call.', choices(build, 'radio', 'voicemailSafe', 'Is it safe to leave a voicemail?', yesNo))}
    ${onlyWhen('contactMethod=text', 'Answer this if the hub should text.', choices(build, 'radio', 'textSafe', 'Is it safe to send a text message?', yesNo))}
    ${onlyWhen('contactMethod=email', 'Answer this if the hub should email.', textField(build, { name: 'email', label: 'Email address', type: 'email', autocomplete: 'off', width: 'medium', spellcheck: false }))}
    ${onlyWhen(
      'contactMethod=letter',
      'Answer these if the hub should write.',
      [
        textField(build, { name: 'address', label: 'Address to write to' }),
        choices(build, 'radio', 'letterSafe', 'Is it safe to send a letter to this address?', yesNo),
      ].join('\n'),
    )}
    ${textField(build, { name: 'safeTimes', label: 'When is it safe for the hub to get in touch? (optional)', hint: 'For example weekday mornings, or not after 5pm' })}
    ${choices(build, 'radio', 'othersMightAnswer', 'Might someone else see or answer it? (optional)', [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'not-sure', label: 'Not sure' },
    ])}
  </section>

  <section class="referral__section" aria-labelledby="section-what">
    <h2 id="section-what">4. What happened</h2>
    <p>You do not need to give details. The hub will not ask anyone to tell their story again and again.</p>
    ${choices(build, 'checkbox', 'crimeTypes', 'What kind of crime was it?', crimeOptions, 'Select all that apply.')}
    ${choices(
      build,
      'radio',
      'reportedToPolice',
      'Has it been reported to the police?',
      [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
        { value: 'not-sure', label: 'Not sure' },
      ],
      'You can get support either way.',
    )}
    ${onlyWhen('reportedToPolice=yes', 'Answer this if it was reported to the police.', textField(build, { name: 'crimeReference', label: 'Crime reference number (optional)', hint: 'If you have it. It is on letters, texts or emails from the police.', width: 'medium', spellcheck: false }))}
    ${choices(
      build,
      'radio',
      'whenHappened',
      'Roughly when did it happen? (optional)',
      [
        { value: 'last-week', label: 'In the last week' },
        { value: 'last-month', label: 'In the last month' },
        { value: 'last-year', label: 'In the last year' },
        { value: 'more-than-a-year', label: 'More than a year ago' },
        { value: 'still-happening', label: 'It is still happening' },
        { value: 'prefer-not-to-say', label: 'Prefer not to say' },
      ],
      'There is no time limit for getting support.',
    )}
    ${choices(build, 'radio', 'personRole', 'Was the person who needs support…', [
      { value: 'victim', label: 'The victim' },
      { value: 'witness', label: 'A witness' },
      { value: 'family', label: 'A family member of a victim' },
    ])}
    <div class="referral__warning">
      <p><strong>If anyone is in danger now, call ${escapeHtml(context.emergency)}.</strong> If you cannot speak, call ${escapeHtml(context.emergency)} from a mobile and press ${escapeHtml(context.silentSolutionCode)} when asked. This form is not watched all the time.</p>
    </div>
    ${choices(build, 'radio', 'inDanger', 'Is anyone in danger now?', yesNo)}
  </section>

  <section class="referral__section" aria-labelledby="section-help">
    <h2 id="section-help">5. What would help</h2>
    ${choices(
      build,
      'checkbox',
      'supportWanted',
      'What kind of support would help?',
      [
        { value: 'emotional', label: 'Someone to talk to', hint: 'Emotional support, for up to 12 weeks' },
        { value: 'practical', label: 'Practical help', hint: 'For example with safety at home, money or forms' },
        { value: 'criminal-justice', label: 'Help through the police and court process' },
        { value: 'counselling', label: 'Counselling' },
        {
          value: 'restorative-justice',
          label: 'Restorative justice',
          hint: 'Communicating with the person who caused the harm, if you want to',
        },
        { value: 'something-else', label: 'Something else, or not sure' },
      ],
      'Select all that apply.',
    )}
    ${context.services.length > 0 ? selectField(build, 'serviceInterest', 'Is there a service you would like to be referred to? (optional)', 'If you are not sure, leave this. The hub will help you choose.', [{ value: '', label: 'Not sure, or no' }, ...context.services]) : ''}
    ${textArea(build, 'moreDetails', 'Anything else the hub should know? (optional)', 'Only what you are happy to share.', MAX_DETAILS_LENGTH)}
  </section>

  <section class="referral__section" aria-labelledby="section-consent">
    <h2 id="section-consent">6. Agreeing to this referral</h2>
    <p>Read the <a href="/privacy/">privacy notice</a> to see how the hub uses and protects this information.</p>
    ${choices(build, 'checkbox', 'consentContact', 'Contact', [
      {
        value: 'yes',
        label:
          'The person who needs support (you, or the person you are asking for) knows about this referral and agrees to be contacted by the Victims First Hub',
      },
    ])}
    ${choices(build, 'checkbox', 'consentShare', 'Sharing', [
      { value: 'yes', label: 'They agree to their details being shared with the services that will support them' },
    ])}
  </section>

  <div class="referral__status" role="status" data-referral-status></div>
  <button type="submit" class="button referral__submit" data-referral-submit>Send referral</button>
</form>`;
}

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
}

/** Markers around the parts of the built /refer/ page that the intake and the script replace. */
export const PAGE_REGION = { start: '<!--referral-page-start-->', end: '<!--referral-page-end-->' } as const;
export const FORM_REGION = { start: '<!--referral-form-start-->', end: '<!--referral-form-end-->' } as const;

/** Put new content between a region's markers in a page. */
export function replaceRegion(page: string, region: { start: string; end: string }, content: string): string {
  const start = page.indexOf(region.start);
  const end = page.indexOf(region.end);
  if (start < 0 || end < start) throw new Error('The referral page has lost its markers: rebuild the site.');
  return page.slice(0, start + region.start.length) + content + page.slice(end);
}

/** The confirmation: the reference to quote, what happens next, and what to do if nobody calls. */
export function renderConfirmation(details: ConfirmationDetails): string {
  const who = details.forSomeoneElse ? 'the person' : 'you';
  const days = `${details.contactWithinWorkingDays} working day${details.contactWithinWorkingDays === 1 ? '' : 's'}`;
  return `<div class="referral__confirmation" data-referral-confirmation>
  <h1 class="referral__confirmation-title" tabindex="-1" data-confirmation-heading>Referral sent</h1>
  <p>Your reference number is</p>
  <p class="referral__reference"><strong data-reference>${escapeHtml(details.reference)}</strong></p>
</div>
${details.alreadySent ? `<p class="referral__notice">This referral had already been sent, so your latest changes were not. To change an answer, call the hub on ${escapeHtml(details.hubPhone)} and give the reference number.</p>` : ''}
<h2>What happens next</h2>
<ol>
  <li>The Victims First Hub will try to contact ${who} within ${days}, in the way you chose.</li>
  <li>The hub calls from <strong>${escapeHtml(details.callsFrom)}</strong>.</li>
  <li>They will talk about what would help, and put ${who} in touch with the right support.</li>
</ol>
<h2>If you do not hear from the hub</h2>
<p>Call the hub on <a href="${telHref(details.hubPhone)}">${escapeHtml(details.hubPhone)}</a> and give the reference number above.</p>
<p>Keep the reference somewhere safe. If someone might look at this device, you may want to <a href="/cover-your-tracks/">cover your tracks</a>.</p>`;
}
