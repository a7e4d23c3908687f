/**
 * The hate crime report's rules: one schema, for the form in the browser and the hub intake alike, built from the
 * referral form's pieces (src/features/referral/schema.ts): its text, choice and tick rules, and, for "I would like
 * support", its safe-contact and agreement fields with their rules (checkSafeContact, checkAgreement).
 *
 * Anonymous really means anonymous: with "record it without my details", any name or contact given is refused with a
 * message saying why, and the record sealed for the hub (reportRecord) never holds one.
 */
import { z } from '../../../shared/validation-without-eval.ts';
import { dailyChecker } from '../checking.ts';
import { translatable } from '../../../shared/sentences.ts';
import {
  agreementFields,
  checkAgreement,
  checkSafeContact,
  choice,
  EMAIL,
  PHONE,
  REFERRAL_FIELD_NAMES,
  safeContactFields,
  ticks,
  trimmed,
} from '../schema.ts';
import type { FieldError } from '../answers.ts';
import { fieldNames, type FormPart } from '../questions.ts';
import { conditionHolds } from '../referral-form.ts';
import { REPORT_SECTIONS } from './questions.ts';
import {
  hostilityKinds,
  IDENTIFYING_FIELDS,
  MAX_ACCOUNT_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  outcomes,
  placeKinds,
  POLICE_CONTACT_FIELDS,
  reportAreas,
  reportedBeforeOptions,
  reporterTypes,
  roughTimes,
} from './answers.ts';

const yesNoNotSure = ['yes', 'no', 'not-sure'] as const;
const WHEN = translatable('The date it happened');

const reportFields = z.object({
  reporterType: choice(reporterTypes),
  reporterRelationship: trimmed(translatable('How you know the person')),
  organisation: trimmed(translatable('Organisation')),
  role: trimmed(translatable('Your job title or role')),
  hostility: ticks(hostilityKinds, 'What do you think it was about?'),
  hostilityOther: trimmed(translatable('What else it was about')),
  placeKind: choice(placeKinds),
  onlinePlace: trimmed(translatable('Where online')),
  place: trimmed(translatable('Where it happened'), 500),
  area: choice(reportAreas),
  town: trimmed(translatable('Town or village'), 100),
  whenDay: trimmed(WHEN, 10),
  whenMonth: trimmed(WHEN, 10),
  whenYear: trimmed(WHEN, 10),
  roughTime: choice(roughTimes),
  timeOfDay: trimmed(translatable('What time it was'), 100),
  account: trimmed(translatable('What happened'), MAX_ACCOUNT_LENGTH),
  anyoneHurt: choice(yesNoNotSure),
  stillHappening: choice(yesNoNotSure),
  suspects: trimmed(translatable('What you can tell us about the people who did it'), MAX_DESCRIPTION_LENGTH),
  witnesses: trimmed(translatable('Who else saw or heard it'), MAX_DESCRIPTION_LENGTH),
  reportedBefore: choice(reportedBeforeOptions),
  outcome: choice(outcomes),
  reporterName: trimmed(translatable('Your name')),
  reporterPhone: trimmed(translatable('Your phone number'), 30),
  reporterEmail: trimmed(translatable('Your email address')),
  wantsSupport: choice(['yes'] as const),
  name: trimmed(translatable('Full name')),
  ...safeContactFields,
  ...agreementFields,
  /** The language of the page the report was sent from, as on the referral form. */
  formLanguage: z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .default('en')
      .catch('en'),
  ),
});

/** The answers as checked: every field of the form, empty when not given. */
export type HateCrimeReport = z.output<typeof reportFields>;

/** A date from the three boxes, or why it is not one. */
function dateHappened(day: string, month: string, year: string, today: Date): { date?: Date; problem?: string } {
  if (!day && !month && !year) return {};
  if (!day || !month || !year)
    return { problem: translatable('The date it happened must include a day, month and year') };
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    !/^\d{1,2}$/.test(day) ||
    !/^\d{1,2}$/.test(month) ||
    !/^\d{4}$/.test(year) ||
    date.getUTCDate() !== Number(day) ||
    date.getUTCMonth() !== Number(month) - 1
  )
    return { problem: translatable('The date it happened must be a real date, for example 27 3 2026') };
  if (date > today) return { problem: translatable('The date it happened must be today or in the past') };
  if (Number(year) < today.getUTCFullYear() - 100)
    return { problem: translatable('The date it happened must be a real date, for example 27 3 2026') };
  return { date };
}

/** The report schema, judged on a given day (a date it happened cannot be in the future). */
export function reportSchema(today: Date = new Date()) {
  return reportFields.superRefine((report, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const forSomeoneElse = report.reporterType === 'for-someone' || report.reporterType === 'organisation';

    if (!report.reporterType) problem('reporterType', translatable('Select who is making this report'));
    if (report.reporterType === 'for-someone' && !report.reporterRelationship)
      problem('reporterRelationship', translatable('Enter how you know the person it happened to'));
    if (report.reporterType === 'organisation') {
      if (!report.organisation) problem('organisation', translatable('Enter the name of your organisation'));
      if (!report.role) problem('role', translatable('Enter your job title or role'));
    }

    if (report.hostility.length === 0)
      problem(
        'hostility',
        translatable('Select what you think it was about. If you are not sure, select “Something else”'),
      );
    if (report.hostility.includes('something-else') && !report.hostilityOther)
      problem('hostilityOther', translatable('Enter what else it was about'));
    if (!report.placeKind) problem('placeKind', translatable('Select whether it happened in person or online'));
    if ((report.placeKind === 'online' || report.placeKind === 'both') && !report.onlinePlace)
      problem('onlinePlace', translatable('Enter where online it happened, for example the name of the app'));
    if (report.placeKind === 'in-person' || report.placeKind === 'both') {
      if (!report.place) problem('place', translatable('Enter where it happened'));
      if (!report.area) problem('area', translatable('Select which area it was in, or “Not sure”'));
    }
    const when = dateHappened(report.whenDay, report.whenMonth, report.whenYear, today);
    if (when.problem) problem('whenDay', when.problem);
    if (!when.date && !when.problem && !report.roughTime)
      problem('roughTime', translatable('Enter the date it happened, or select roughly when'));
    if (!report.account) problem('account', translatable('Enter what happened'));
    if (!report.anyoneHurt) problem('anyoneHurt', translatable('Select whether anyone was hurt'));
    if (!report.stillHappening) problem('stillHappening', translatable('Select whether it is still happening'));
    if (!report.reportedBefore) problem('reportedBefore', translatable('Select whether this has been reported before'));

    if (!report.outcome) problem('outcome', translatable('Select what you would like to happen with this report'));
    if (report.outcome === 'police') {
      if (!report.reporterName) problem('reporterName', translatable('Enter your name'));
      if (!report.reporterPhone && !report.reporterEmail)
        problem('reporterPhone', translatable('Enter a phone number or email address, so the police can contact you'));
      if (report.reporterPhone && !PHONE.test(report.reporterPhone))
        problem('reporterPhone', translatable('Enter a phone number, like 01632 960 001 or 07700 900 982'));
      if (report.reporterEmail && !EMAIL.test(report.reporterEmail))
        problem('reporterEmail', translatable('Enter an email address in the correct format, like name@example.com'));
    }
    // Anonymous: the reporter's own details for the police are refused, with a message saying why, rather than
    // quietly kept.
    if (report.outcome === 'anonymous') {
      for (const field of POLICE_CONTACT_FIELDS)
        if (report[field])
          problem(
            field,
            translatable(
              'You chose to report without your details, so leave this empty. Or choose to pass the report to the police with your details.',
            ),
          );
      if (report.wantsSupport !== 'yes')
        for (const field of IDENTIFYING_FIELDS)
          if (report[field] && !(POLICE_CONTACT_FIELDS as readonly string[]).includes(field))
            problem(
              field,
              translatable(
                'You chose to report without your details and did not ask for support, so leave this empty. Or tick “I would like support”.',
              ),
            );
    }

    if (report.wantsSupport === 'yes') {
      if (!report.name)
        problem(
          'name',
          forSomeoneElse
            ? translatable('Enter the name of the person who needs support')
            : translatable('Enter your name'),
        );
      checkSafeContact(report, forSomeoneElse, problem);
      checkAgreement(report, forSomeoneElse, problem);
    }
  });
}

const checkReportAnswers = dailyChecker(reportSchema, Object.keys(reportFields.shape));

/** Check a report; on failure, one error per field, in the order the fields appear on the form. */
export function checkHateCrimeReport(
  input: unknown,
  today: Date = new Date(),
): { ok: true; report: HateCrimeReport } | { ok: false; errors: FieldError[] } {
  const checked = checkReportAnswers(input, today);
  return checked.ok ? { ok: true, report: checked.answers } : checked;
}

/** The fields the form has, so anything else in a submission is refused. */
export const REPORT_FIELD_NAMES: readonly string[] = Object.keys(reportFields.shape);

/** The fields of the report itself, as the hub passes it on: everything but "I would like support"'s answers. */
export const REPORT_RECORD_FIELDS: readonly string[] = REPORT_FIELD_NAMES.filter(
  (field) =>
    !['name', 'wantsSupport', ...Object.keys(safeContactFields), ...Object.keys(agreementFields)].includes(field),
);

/**
 * The report as it is sealed for the hub and passed to the police's hate crime team: the report's own answers, with
 * the reporter's details only when they chose to pass them to the police, and whether support was asked for (the
 * support referral has the same reference). An anonymous report holds no name and no contact.
 */
export function reportRecord(report: HateCrimeReport): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const applies = fieldsThatApply(report);
  for (const field of REPORT_RECORD_FIELDS) {
    if (report.outcome !== 'police' && (POLICE_CONTACT_FIELDS as readonly string[]).includes(field)) continue;
    // A box in a block that does not apply (typed in without JavaScript, then another answer chosen) is left empty.
    record[field] = applies.has(field) ? report[field as keyof HateCrimeReport] : '';
  }
  record.supportAskedFor = report.wantsSupport === 'yes' ? 'yes' : 'no';
  return record;
}

/**
 * The fields whose questions apply to these answers: those outside "only when" blocks, and those inside blocks whose
 * condition holds (the same check the form's script makes to show them). Answers to questions that do not apply are
 * never sealed: a person without JavaScript sees every question, and may have typed in one that turned out not to.
 */
export function fieldsThatApply(report: HateCrimeReport, today: Date = new Date()): Set<string> {
  const read = (name: string) => {
    const value = report[name as keyof HateCrimeReport];
    return Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
  };
  const applying = new Set<string>(['formLanguage']);
  const walk = (parts: readonly FormPart[]) => {
    for (const part of parts) {
      if (part.kind === 'only-when') {
        if (conditionHolds(part.showWhen, read, today)) walk(part.parts);
      } else if (part.kind !== 'slot') for (const name of fieldNames(part)) applying.add(name);
    }
  };
  for (const section of REPORT_SECTIONS) walk(section);
  return applying;
}

/** How the report's "who is reporting" reads as the referral form's "who needs support". */
const REFERRER_TYPE = { self: 'self', witness: 'self', 'for-someone': 'someone-else', organisation: 'professional' };
/** How it reads as the referral form's "was the person…". */
const PERSON_ROLE = { self: 'victim', witness: 'witness', 'for-someone': 'victim', organisation: 'victim' };

/**
 * The referral a report that asks for support makes: shaped like a referral from /refer/ (the same fields, so it
 * goes into the same case files), with the support answers and what can be carried over from the report; the rest is
 * left empty for the hub to ask. It has the report's reference (the case files say so both ways). Undefined when no
 * support was asked for.
 */
export function supportReferral(report: HateCrimeReport): Record<string, unknown> | undefined {
  if (report.wantsSupport !== 'yes' || !report.reporterType) return undefined;
  const referral: Record<string, unknown> = Object.fromEntries(REFERRAL_FIELD_NAMES.map((field) => [field, '']));
  const applies = fieldsThatApply(report);
  for (const field of [...Object.keys(safeContactFields), ...Object.keys(agreementFields), 'name', 'formLanguage'])
    if (applies.has(field)) referral[field] = report[field as keyof HateCrimeReport];
  Object.assign(referral, {
    referrerType: REFERRER_TYPE[report.reporterType],
    referrerRelationship: applies.has('reporterRelationship') ? report.reporterRelationship : '',
    organisation: applies.has('organisation') ? report.organisation : '',
    role: applies.has('role') ? report.role : '',
    // The reporter's own name and contact only when they chose to give them to the police too.
    ...(report.outcome === 'police'
      ? { referrerName: report.reporterName, referrerPhone: report.reporterPhone, referrerEmail: report.reporterEmail }
      : {}),
    crimeTypes: ['hate-crime'],
    reportedToPolice: report.outcome === 'police' || report.reportedBefore === 'police' ? 'yes' : 'no',
    personRole: PERSON_ROLE[report.reporterType],
    supportWanted: ['something-else'],
  });
  return referral;
}
