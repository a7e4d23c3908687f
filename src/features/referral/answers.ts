/**
 * The referral form's answers as plain data: the choices each question offers, how text is cleaned, and dates of
 * birth. No schema library here: the form's script needs these as soon as the page opens, and loads the schema
 * (schema.ts, which builds on this file) only when the answers are first checked.
 */
import { fillIn, translatable } from '../../shared/sentences.ts';

export const MAX_DETAILS_LENGTH = 1500;

/**
 * Characters no one types into a form, removed from every text answer before it is checked, so what is checked is
 * exactly what is sealed for the hub and shown to hub staff:
 * - C0 controls (U+0000–U+001F) except tab and line breaks, DEL (U+007F) and C1 controls (U+0080–U+009F): NUL and
 *   the escape codes that recolour or rewrite a terminal or a log when hub staff look at an export;
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text show in a
 *   different order from the one it is stored in (a "Trojan Source" trick), so a note could read differently on
 *   screen.
 * The left-to-right and right-to-left marks (U+200E, U+200F) are kept: people writing in Arabic, Hebrew or Urdu need
 * them to mix their script with numbers and English, and they cannot reorder text the way the overrides can.
 */
const UNWANTED_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text as it will be stored: well formed (a lone half of a surrogate pair, which cannot be encoded, becomes U+FFFD
 * here rather than silently when it is sealed), with Windows and old Mac line endings made "\n", and the characters
 * above removed.
 */
export function cleanText(text: string): string {
  return wellFormed(text).replace(/\r\n?/g, '\n').replace(UNWANTED_CHARACTERS, '');
}

/** String.prototype.toWellFormed, or the same by hand in browsers that do not have it yet. */
function wellFormed(text: string): string {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return Array.from(text, (character) => (/^[\uD800-\uDFFF]$/.test(character) ? '\uFFFD' : character)).join('');
}

export const referrerTypes = ['self', 'someone-else', 'professional'] as const;
export const ageBands = ['under-12', '12-17', '18-24', '25-64', '65-plus', 'prefer-not-to-say'] as const;
export const contactMethods = ['phone', 'text', 'email', 'letter'] as const;
export const supportOptions = [
  'emotional',
  'practical',
  'criminal-justice',
  'counselling',
  'restorative-justice',
  'something-else',
] as const;
export const whenOptions = [
  'last-week',
  'last-month',
  'last-year',
  'more-than-a-year',
  'still-happening',
  'prefer-not-to-say',
] as const;
export const personRoles = ['victim', 'witness', 'family'] as const;
export const checkBackOptions = ['week', 'month', 'no'] as const;
export const yesNo = ['yes', 'no'] as const;
export const yesNoNotSure = ['yes', 'no', 'not-sure'] as const;

export interface FieldError {
  field: string;
  message: string;
}

/** What a date of birth with some boxes empty lacks, as whole sentences so each language can word them its own way. */
const DATE_MISSING: Record<'d' | 'm' | 'y' | 'dm' | 'dy' | 'my', string> = {
  d: translatable('Date of birth must include a day'),
  m: translatable('Date of birth must include a month'),
  y: translatable('Date of birth must include a year'),
  dm: translatable('Date of birth must include a day and month'),
  dy: translatable('Date of birth must include a day and year'),
  my: translatable('Date of birth must include a month and year'),
};

/** A date of birth from the form's three boxes, or why it is not one. */
export function dateOfBirth(day: string, month: string, year: string, today: Date): { date?: Date; problem?: string } {
  if (!day && !month && !year) return {};
  if (!day || !month || !year)
    return {
      problem: DATE_MISSING[`${!day ? 'd' : ''}${!month ? 'm' : ''}${!year ? 'y' : ''}` as keyof typeof DATE_MISSING],
    };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { problem: translatable('Date of birth must be a real date, for example 27 3 2007') };
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1)
    return { problem: translatable('Date of birth must be a real date, for example 27 3 2007') };
  if (date > today) return { problem: translatable('Date of birth must be in the past') };
  if (Number(year) < today.getUTCFullYear() - 120)
    return {
      problem: fillIn(translatable('Date of birth must be after {year}'), { year: today.getUTCFullYear() - 120 }),
    };
  return { date };
}

/** Age in whole years on a day. */
export function ageOn(birth: Date, today: Date): number {
  let age = today.getUTCFullYear() - birth.getUTCFullYear();
  const birthdayPassed =
    today.getUTCMonth() > birth.getUTCMonth() ||
    (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() >= birth.getUTCDate());
  if (!birthdayPassed) age -= 1;
  return age;
}
