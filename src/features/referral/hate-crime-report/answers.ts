/**
 * The hate crime report's answers as plain data: the choices each question offers. Only this form uses them, so
 * they live here rather than in src/content-model/vocabularies.ts. No schema library here: the form's script needs
 * these as soon as the page opens.
 */

/** Who is making the report. */
export const reporterTypes = ['self', 'witness', 'for-someone', 'organisation'] as const;
/** What the person wants to happen: recorded without their details, or passed to the police with them. */
export const outcomes = ['anonymous', 'police'] as const;
/** What the hostility was about: the five kinds the police record as hate crime, or something else. */
export const hostilityKinds = [
  'race',
  'religion',
  'sexual-orientation',
  'disability',
  'transgender',
  'something-else',
] as const;
/** Where it happened. */
export const placeKinds = ['in-person', 'online', 'both'] as const;
/** The parts of Thames Valley, or not sure. */
export const reportAreas = ['berkshire', 'buckinghamshire', 'milton-keynes', 'oxfordshire', 'not-sure'] as const;
/** Roughly when it happened, for people who do not know the date. */
export const roughTimes = [
  'today',
  'last-week',
  'last-month',
  'last-year',
  'more-than-a-year',
  'still-happening',
  'not-sure',
] as const;
/** Whether it was reported before, and to whom. */
export const reportedBeforeOptions = ['police', 'elsewhere', 'no', 'not-sure'] as const;

/** The longest "what happened" a report may have. */
export const MAX_ACCOUNT_LENGTH = 3000;
/** The longest description of the people responsible, or of the witnesses. */
export const MAX_DESCRIPTION_LENGTH = 1500;

/**
 * The answers that could name or reach the person reporting, or the person it happened to. With "record it without
 * my details" (anonymous) and no support asked for, none of them may be given, and none is ever stored.
 */
export const IDENTIFYING_FIELDS = [
  'reporterName',
  'reporterPhone',
  'reporterEmail',
  'name',
  'phone',
  'email',
  'address',
  'safeTimes',
] as const;

/** The answers that are the reporter's own details for the police: never in an anonymous report, support or not. */
export const POLICE_CONTACT_FIELDS = ['reporterName', 'reporterPhone', 'reporterEmail'] as const;
