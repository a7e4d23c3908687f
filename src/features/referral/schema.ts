/**
 * The referral form's rules: one schema, used by the form in the browser
 * and by the hub intake, so a person sees the same message wherever it is
 * checked. Field names are the form's field names, and every error names
 * the field it belongs to, so the error summary can link to it.
 *
 * Values arrive as a browser sends them: text, "yes"/"no" choices, and
 * lists from checkboxes (a single ticked box arrives as plain text).
 */
import { z } from '../../shared/validation-without-eval.ts';
import { dailyChecker } from './checking.ts';
import { crimeTypes } from '../../content-model/vocabularies.ts';
import { fillIn, translatable } from '../../shared/sentences.ts';
import {
  ageBands,
  ageOn,
  checkBackOptions,
  cleanText,
  contactMethods,
  dateOfBirth,
  MAX_DETAILS_LENGTH,
  personRoles,
  referrerTypes,
  supportOptions,
  whenOptions,
  yesNo,
  yesNoNotSure,
  type FieldError,
} from './answers.ts';

const MAX_SHORT_TEXT = 200;

/** Markup has no place in a referral: it is refused rather than stored for someone to open later. */
const MARKUP = /<\s*\/?\s*[a-z!?]/i;

/**
 * A text box's answer. `field` names the box in its messages, as GOV.UK's
 * do ("Postcode must be 10 characters or fewer"): a person who sees the
 * message alone, in the error summary or read out, knows which box it means.
 */
export const trimmed = (field: string, max = MAX_SHORT_TEXT) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? cleanText(value).trim() : value),
    z
      .string()
      .max(max, fillIn(translatable('{field} must be {max} characters or fewer'), { field, max }))
      .refine(
        (text) => !MARKUP.test(text),
        fillIn(translatable('{field} must not include the signs < or >'), { field }),
      )
      .optional()
      .default(''),
  );
/**
 * One choice from a list (a radio group, or a single checkbox, which may
 * arrive as a list of one). Anything not on the list counts as unanswered,
 * so the person gets the question's own message, not a technical one.
 */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value === '' ? undefined : value),
    z.enum(values).optional().catch(undefined),
  );
/**
 * The boxes ticked in a checkbox group, each once, and no more of them than there are boxes: a longer list is not
 * from the form, and is refused before its items are checked.
 */
export const ticks = <const T extends readonly [string, ...string[]]>(values: T, question: string) =>
  z.preprocess(
    (value) => [...new Set(value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value])],
    z
      .array(z.unknown())
      .max(
        values.length,
        fillIn(translatable('Select no more than {count} answers to "{question}"'), { count: values.length, question }),
      )
      .pipe(z.array(z.enum(values, { error: translatable('Select from the options given') }))),
  );

/** UK postcodes, loosely: the hub checks the detail. */
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;
export const PHONE = /^\+?[0-9 ()-]{10,20}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The date's three boxes are one question: a box too long is "not a real date", said by dateOfBirth. */
const DATE_OF_BIRTH = translatable('Date of birth');

/**
 * The answers to "Contacting them safely" (CONTACTING_THEM_SAFELY): shared with the hate crime report's "I would like
 * support", which asks the same questions with the same rules (checkSafeContact).
 */
export const safeContactFields = {
  contactMethod: choice(contactMethods),
  phone: trimmed(translatable('Phone number'), 30),
  email: trimmed(translatable('Email address')),
  address: trimmed(translatable('Address to write to'), 500),
  voicemailSafe: choice(yesNo),
  textSafe: choice(yesNo),
  letterSafe: choice(yesNo),
  safeTimes: trimmed(translatable('When it is safe to get in touch')),
  othersMightAnswer: choice(yesNoNotSure),
};

/** The answers to "Agreeing" (AGREEING), shared in the same way (checkAgreement). */
export const agreementFields = {
  consentContact: choice(['yes'] as const),
  consentShare: choice(['yes'] as const),
};

/** Records a problem with one answer, by the field's name. */
export type Problem = (field: string, message: string) => void;

/** The rules for the safe-contact answers: a way to get in touch, its details, and whether each is safe. */
export function checkSafeContact(
  answers: z.output<ReturnType<typeof z.object<typeof safeContactFields>>>,
  forSomeoneElse: boolean,
  problem: Problem,
): void {
  if (!answers.contactMethod)
    problem(
      'contactMethod',
      forSomeoneElse
        ? translatable('Select how the hub should contact the person')
        : translatable('Select how the hub should contact you'),
    );
  if (answers.contactMethod === 'phone' || answers.contactMethod === 'text') {
    if (!answers.phone) problem('phone', translatable('Enter a phone number'));
    else if (!PHONE.test(answers.phone))
      problem('phone', translatable('Enter a phone number, like 01632 960 001 or 07700 900 982'));
  }
  if (answers.contactMethod === 'phone' && !answers.voicemailSafe)
    problem('voicemailSafe', translatable('Select yes if it is safe to leave a voicemail'));
  if (answers.contactMethod === 'text' && !answers.textSafe)
    problem('textSafe', translatable('Select yes if it is safe to send a text message'));
  if (answers.contactMethod === 'email') {
    if (!answers.email) problem('email', translatable('Enter an email address'));
    else if (!EMAIL.test(answers.email))
      problem('email', translatable('Enter an email address in the correct format, like name@example.com'));
  }
  if (answers.contactMethod === 'letter') {
    if (!answers.address) problem('address', translatable('Enter the address to write to'));
    if (!answers.letterSafe) problem('letterSafe', translatable('Select yes if it is safe to send a letter'));
  }
}

/** The rules for agreeing: the person knows and agrees to be contacted, and to their details being shared. */
export function checkAgreement(
  answers: z.output<ReturnType<typeof z.object<typeof agreementFields>>>,
  forSomeoneElse: boolean,
  problem: Problem,
): void {
  if (answers.consentContact !== 'yes') {
    problem(
      'consentContact',
      forSomeoneElse
        ? translatable('Confirm the person knows about this referral and agrees to be contacted')
        : translatable('Confirm you agree to be contacted by the hub'),
    );
  }
  if (answers.consentShare !== 'yes') {
    problem(
      'consentShare',
      forSomeoneElse
        ? translatable(
            'Confirm the person agrees to their details being shared with the services that will support them',
          )
        : translatable('Confirm you agree to your details being shared with the services that will support you'),
    );
  }
}

const referralFields = z.object({
  referrerType: choice(referrerTypes),
  referrerName: trimmed(translatable('Your name')),
  referrerRelationship: trimmed(translatable('How you know them')),
  referrerPhone: trimmed(translatable('Your phone number'), 30),
  referrerEmail: trimmed(translatable('Your email address')),
  organisation: trimmed(translatable('Organisation')),
  role: trimmed(translatable('Your job title or role')),
  workPhone: trimmed(translatable('Work phone number'), 30),
  workEmail: trimmed(translatable('Work email address')),
  isPolice: choice(yesNo),
  collarNumber: trimmed(translatable('Collar or staff number'), 20),
  name: trimmed(translatable('Full name')),
  dobDay: trimmed(DATE_OF_BIRTH, 10),
  dobMonth: trimmed(DATE_OF_BIRTH, 10),
  dobYear: trimmed(DATE_OF_BIRTH, 10),
  ageBand: choice(ageBands),
  guardianConsent: choice(['given', 'not-sought'] as const),
  guardianReason: trimmed(translatable('The reason a parent or guardian has not been asked'), 500),
  postcode: trimmed(translatable('Postcode'), 10),
  gender: trimmed(translatable('Gender'), 50),
  language: trimmed(translatable('Preferred language'), 100),
  interpreter: choice(yesNo),
  communicationNeeds: trimmed(translatable('What would help with communicating'), 500),
  ...safeContactFields,
  crimeTypes: ticks(crimeTypes.values, 'What kind of crime was it?'),
  reportedToPolice: choice(yesNoNotSure),
  crimeReference: trimmed(translatable('Crime reference number'), 50),
  whenHappened: choice(whenOptions),
  personRole: choice(personRoles),
  inDanger: choice(yesNo),
  supportWanted: ticks(supportOptions, 'What kind of support would help?'),
  serviceInterest: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/)
      .optional(),
  ),
  moreDetails: trimmed(translatable('What else the hub should know'), MAX_DETAILS_LENGTH),
  ...agreementFields,
  /**
   * The language of the page the form was sent from ("en", "pl", "ur" …), so the hub knows which language to contact
   * the person in and can book an interpreter. Anything else counts as English.
   */
  formLanguage: z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .default('en')
      .catch('en'),
  ),
  /** Whether the hub should get in touch again later, even if the person says no to support for now. */
  checkBack: choice(checkBackOptions),
});

export type ReferralInput = z.input<typeof referralFields>;

/** The referral schema, judged on a given day (for ages). */
export function referralSchema(today: Date = new Date()) {
  return referralFields.superRefine((referral, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const forSomeoneElse = referral.referrerType === 'someone-else' || referral.referrerType === 'professional';

    if (!referral.referrerType) problem('referrerType', translatable('Select who needs support'));
    if (forSomeoneElse) {
      if (!referral.referrerName) problem('referrerName', translatable('Enter your name'));
    }
    if (referral.referrerType === 'someone-else') {
      if (!referral.referrerRelationship)
        problem('referrerRelationship', translatable('Enter how you know the person, for example friend or sister'));
      if (!referral.referrerPhone && !referral.referrerEmail)
        problem(
          'referrerPhone',
          translatable('Enter a phone number or email address for you, in case the hub needs to check something'),
        );
    }
    if (referral.referrerPhone && !PHONE.test(referral.referrerPhone))
      problem('referrerPhone', translatable('Enter a phone number, like 01632 960 001 or 07700 900 982'));
    if (referral.referrerEmail && !EMAIL.test(referral.referrerEmail))
      problem('referrerEmail', translatable('Enter an email address in the correct format, like name@example.com'));
    if (referral.referrerType === 'professional') {
      if (!referral.organisation) problem('organisation', translatable('Enter the name of your organisation'));
      if (!referral.role) problem('role', translatable('Enter your job title or role'));
      if (!referral.workPhone) problem('workPhone', translatable('Enter your work phone number'));
      else if (!PHONE.test(referral.workPhone))
        problem('workPhone', translatable('Enter a phone number, like 01632 960 001 or 07700 900 982'));
      if (!referral.workEmail) problem('workEmail', translatable('Enter your work email address'));
      else if (!EMAIL.test(referral.workEmail))
        problem('workEmail', translatable('Enter an email address in the correct format, like name@example.com'));
      if (!referral.isPolice)
        problem('isPolice', translatable('Select yes if you are a police officer or member of police staff'));
      if (referral.isPolice === 'yes' && !referral.collarNumber)
        problem('collarNumber', translatable('Enter your collar or staff number'));
    }

    checkAgreement(referral, forSomeoneElse, problem);

    if (!referral.name)
      problem(
        'name',
        forSomeoneElse
          ? translatable('Enter the name of the person who needs support')
          : translatable('Enter your name'),
      );

    const birth = dateOfBirth(referral.dobDay, referral.dobMonth, referral.dobYear, today);
    if (birth.problem) problem('dobDay', birth.problem);
    if (!birth.date && !birth.problem && !referral.ageBand)
      problem('ageBand', translatable('Enter a date of birth, or select an age group'));
    const under18 = birth.date
      ? ageOn(birth.date, today) < 18
      : referral.ageBand === 'under-12' || referral.ageBand === '12-17';
    if (under18) {
      if (!referral.guardianConsent)
        problem('guardianConsent', translatable('Select whether a parent or guardian has agreed to this referral'));
      if (referral.guardianConsent === 'not-sought' && !referral.guardianReason)
        problem('guardianReason', translatable('Enter why a parent or guardian has not been asked'));
    }

    if (!referral.postcode) problem('postcode', translatable('Enter a postcode, like OX1 1AA'));
    else if (!POSTCODE.test(referral.postcode))
      problem('postcode', translatable('Enter a full UK postcode, like OX1 1AA'));

    checkSafeContact(referral, forSomeoneElse, problem);

    if (referral.crimeTypes.length === 0)
      problem('crimeTypes', translatable('Select what happened. If you are not sure, select “Another crime”'));
    if (!referral.reportedToPolice)
      problem('reportedToPolice', translatable('Select whether it was reported to the police'));
    if (!referral.personRole)
      problem('personRole', translatable('Select whether the person was the victim, a witness or a family member'));
    if (!referral.inDanger) problem('inDanger', translatable('Select yes if anyone is in danger now'));
    if (referral.supportWanted.length === 0)
      problem('supportWanted', translatable('Select what would help. If you are not sure, select “Something else”'));
  });
}

export type Referral = z.output<ReturnType<typeof referralSchema>>;

const checkReferralAnswers = dailyChecker(referralSchema, Object.keys(referralFields.shape));

/** Check a referral; on failure, one error per field, in the order the fields appear on the form. */
export function checkReferral(
  input: unknown,
  today: Date = new Date(),
): { ok: true; referral: Referral } | { ok: false; errors: FieldError[] } {
  const checked = checkReferralAnswers(input, today);
  return checked.ok ? { ok: true, referral: checked.answers } : checked;
}

/** The fields the form has, so anything else in a submission is refused. */
export const REFERRAL_FIELD_NAMES: readonly string[] = Object.keys(referralFields.shape);
