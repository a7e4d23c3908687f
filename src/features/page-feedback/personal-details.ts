/**
 * Personal details taken out of what people type in page feedback, before anything is kept. People are told not to
 * type them, and some will anyway: an email address, a phone number or a postcode could identify them, or lead an
 * abuser to them. Each is replaced by "[removed]", so the comms team still sees that something was there.
 *
 * Shapes, not proof: anything that looks like one of them goes, even if it is a service's number or a made-up
 * address, because keeping one real one would be worse than losing a few that were harmless.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/max';

/** What personal details are replaced with. */
export const REMOVED = '[removed]';

/**
 * An email address, or any word with an @ in it (a social media handle names a person as surely as an email does).
 */
const EMAIL_OR_HANDLE = /[^\s@<>()[\]]*@[^\s@<>()[\]]+/gu;

/** A UK postcode, with or without its space, in any case: "OX1 1AA", "sw1a1aa". */
const POSTCODE = /\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b/giu;

/**
 * A run of nine or more digits, with the spaces, dots, dashes, brackets or plus signs people write numbers with: the
 * shape of a phone number that the phone-number parser does not accept as one (a mistyped or a made-up number).
 */
const LONG_NUMBER = /\+?\(?\d(?:[\s.()-]*\d){8,}/gu;

/** The text with emails, phone numbers and postcodes replaced by "[removed]", and whether anything was. */
export function removePersonalDetails(text: string): { text: string; removed: boolean } {
  let removed = false;
  const remove = () => {
    removed = true;
    return REMOVED;
  };
  // The sentence's own punctuation after an address ("me at sam@example.com, then") stays.
  let cleaned = text.replace(EMAIL_OR_HANDLE, (found) => remove() + (/[.,;:!?'"’”]+$/u.exec(found)?.[0] ?? ''));
  // Numbers the parser knows as phone numbers in the UK or anywhere else, written any way people write them.
  const phones = findPhoneNumbersInText(cleaned, { defaultCountry: 'GB' });
  for (const phone of [...phones].reverse()) {
    cleaned = `${cleaned.slice(0, phone.startsAt)}${remove()}${cleaned.slice(phone.endsAt)}`;
  }
  cleaned = cleaned.replace(LONG_NUMBER, remove).replace(POSTCODE, remove);
  return { text: cleaned, removed };
}
