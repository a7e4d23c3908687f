/**
 * The hate crime report as HTML: its sections, drawn from questions.ts by the referral form's renderer
 * (src/features/referral/form-markup.ts, `renderForm`), so the markup, error summary and messages follow the same
 * patterns; and its confirmation. Used by the page, the intake (a report sent without JavaScript) and the script.
 */
import type { Settings } from '../../../content-model/schemas/settings.ts';
import { telHref } from '../../../shared/phone.ts';
import { fill, html } from '../../../shared/html.ts';
import { sayFrom, translatable, type Words } from '../../../shared/sentences.ts';
import {
  parts,
  renderForm,
  section,
  type Build,
  type FormContext,
  type FormDrawing,
  type FormValues,
} from '../form-markup.ts';
import type { FieldError } from '../answers.ts';
import { WHAT_HAPPENED, WHAT_YOU_WANT, WHO_IS_REPORTING } from './questions.ts';

/** Where the report posts (the intake's route for reports). */
export const HATE_CRIME_REPORTS_PATH = '/api/hate-crime-reports';

/** What the report needs from the site: besides any form's, the number the hub calls from (for support). */
export interface ReportFormContext extends FormContext {
  callsFrom: string;
}

/**
 * Where the report posts: to the same intake as the referral form (settings: referral.endpoint, a path on this site
 * or a secure address of its own), at its reports route.
 */
export function reportEndpoint(referralEndpoint: string): string {
  if (/\/api\/referrals\/?$/.test(referralEndpoint))
    return referralEndpoint.replace(/\/api\/referrals\/?$/, HATE_CRIME_REPORTS_PATH);
  return /^https:\/\//.test(referralEndpoint)
    ? new URL(HATE_CRIME_REPORTS_PATH, referralEndpoint).href
    : HATE_CRIME_REPORTS_PATH;
}

/** The report's context from the site settings. */
export function reportFormContext(
  settings: Settings,
  language: { lang: string; words: Words } = { lang: 'en', words: {} },
): ReportFormContext {
  return {
    ...language,
    endpoint: reportEndpoint(settings.referral.endpoint),
    hubPhone: settings.hub.phone,
    callsFrom: settings.hub.callsFrom,
    emergency: settings.emergency.emergency,
    silentSolutionCode: settings.emergency.silentSolutionCode,
  };
}

/** 1. Who is reporting. */
function whoIsReporting(build: Build): ReturnType<typeof section> {
  return section('who', build.say('1. Who is reporting'), html`${parts(build, WHO_IS_REPORTING)}`);
}

/** 2. What happened: what counts, then the questions, with what to do if anyone is in danger now. */
function whatHappened(build: Build, context: ReportFormContext): ReturnType<typeof section> {
  const { emergency, silentSolutionCode } = context;
  const danger = html`<strong>${build.say('If anyone is in danger now, call {emergency}.', { emergency })}</strong>
    ${build.say(
      'If you cannot speak, call {emergency} from a mobile and press {code} when asked. This form is not watched all the time.',
      { emergency, code: silentSolutionCode },
    )}`;
  const warning = html`<div class="referral__warning"><p>${danger}</p></div>`;
  return section(
    'what',
    build.say('2. What happened'),
    html`<p>
        ${build.say(
          'A hate crime is a crime, such as an attack, damage or threats, that someone did because of hostility towards a person’s race, religion, sexual orientation, disability or transgender identity.',
        )}
      </p>
      <p>
        ${build.say(
          'A hate incident is the same kind of hostility when it is not a crime, such as name-calling. You can report both here.',
        )}
      </p>
      ${parts(build, WHAT_HAPPENED, { 'danger-warning': warning })}`,
  );
}

/** 3. What you would like to happen: with the privacy notice, and the hub's number before the support questions. */
function whatYouWant(build: Build, context: ReportFormContext): ReturnType<typeof section> {
  const privacy = fill(build.say('Read the {link} to see what is kept, and for how long.'), {
    link: html`<a href="${build.href('/privacy/')}">${build.say('privacy notice')}</a>`,
  });
  const supportIntro = html`<p>
    ${fill(build.say('The hub will call from {number}. Tell us what is safe, so nobody else finds out about this.'), {
      number: html`<strong dir="ltr">${context.callsFrom}</strong>`,
    })}
  </p>`;
  return section(
    'outcome',
    build.say('3. What you would like to happen'),
    html`<p>${privacy}</p>
      ${parts(build, WHAT_YOU_WANT, { 'support-intro': supportIntro })}`,
  );
}

const REPORT_DRAWING: FormDrawing<ReportFormContext> = {
  sections: (build, context) => [whoIsReporting(build), whatHappened(build, context), whatYouWant(build, context)],
  submitLabel: translatable('Send report'),
};

/** The whole report form, with what was typed and the errors; the error summary comes first unless left out. */
export function renderReportForm(
  context: ReportFormContext,
  values: FormValues = {},
  errors: readonly FieldError[] = [],
  options: { withSummary?: boolean } = {},
): string {
  return renderForm(REPORT_DRAWING, context, values, errors, options);
}

/** The confirmation page's title, in English. */
export const REPORT_SENT = translatable('Report sent');

/** What the report's confirmation says. */
export interface ReportConfirmation {
  reference: string;
  /** The same page sent this report before, with different answers. */
  alreadySent?: boolean;
  /** What the person chose: 'police' (with their details) or 'anonymous'. */
  outcome: string;
  wantsSupport: boolean;
  forSomeoneElse: boolean;
  hubPhone: string;
  callsFrom: string;
  contactWithinWorkingDays: number;
  emergency: string;
  words?: Words;
  links?: Readonly<Record<string, string>>;
  dir?: 'ltr' | 'rtl';
}

/** What the confirmation takes from what was sent. */
export function confirmationChoices(
  values: FormValues,
): Pick<ReportConfirmation, 'outcome' | 'wantsSupport' | 'forSomeoneElse'> {
  const first = (value: FormValues[string]) => (Array.isArray(value) ? value[0] : value) ?? '';
  const reporterType = first(values.reporterType);
  return {
    outcome: first(values.outcome),
    wantsSupport: first(values.wantsSupport) === 'yes',
    forSomeoneElse: reporterType === 'for-someone' || reporterType === 'organisation',
  };
}

/** The confirmation: the reference to quote, what happens to the report, and support if it was asked for. */
export function renderReportConfirmation(details: ReportConfirmation): string {
  const say = sayFrom(details.words, { isolateValues: details.dir === 'rtl' });
  const phone = html`<a href="${telHref(details.hubPhone)}">${details.hubPhone}</a>`;
  const days = details.contactWithinWorkingDays;
  const whatHappensToIt =
    details.outcome === 'police'
      ? say(
          'The Victims First Hub will pass your report and your details to Thames Valley Police. The police may contact you to find out more.',
        )
      : say(
          'The Victims First Hub will pass your report to Thames Valley Police without your name or contact details. Nobody will contact you about the report.',
        );
  const support = details.forSomeoneElse
    ? say('The hub will try to contact the person about support within {days} working days, in the way you chose.', {
        days,
      })
    : say('The hub will try to contact you about support within {days} working days, in the way you chose.', { days });
  const alreadySent = say(
    'This report had already been sent, so your latest changes were not. To change an answer, call the hub on {phone} and give the reference number.',
    { phone: details.hubPhone },
  );
  const keepSafe = fill(
    say('Keep the reference somewhere safe. If someone might look at this device, you may want to {link}.'),
    {
      link: html`<a href="${details.links?.['/cover-your-tracks/'] ?? '/cover-your-tracks/'}">${say('cover your tracks')}</a>`,
    },
  );
  return html`<div class="referral__confirmation" data-referral-confirmation>
      <h1 class="referral__confirmation-title" tabindex="-1" data-confirmation-heading>${say(REPORT_SENT)}</h1>
      <p>${say('Your reference number is')}</p>
      <p class="referral__reference"><strong data-reference dir="ltr">${details.reference}</strong></p>
    </div>
    ${details.alreadySent && html`<p class="referral__notice">${alreadySent}</p>`}
    <h2>${say('What happens next')}</h2>
    <ol>
      <li>${whatHappensToIt}</li>
      ${
        details.wantsSupport &&
        html`<li>${support}</li>
        <li>${fill(say('The hub calls from {number}.'), { number: html`<strong dir="ltr">${details.callsFrom}</strong>` })}</li>`
      }
    </ol>
    <h2>${say('If you want to add something')}</h2>
    <p>
      ${fill(say('Call the hub on {phone} and give the reference number above. You do not have to give your name.'), {
        phone,
      })}
    </p>
    <p>${keepSafe}</p>
    <p>
      ${fill(say('If you are in danger now, call {emergency}.'), {
        emergency: html`<a href="${telHref(details.emergency)}">${details.emergency}</a>`,
      })}
    </p>`.text;
}
