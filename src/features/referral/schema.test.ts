import { describe, expect, it } from 'vitest';
import { ageOn, checkReferral, dateOfBirth, MAX_DETAILS_LENGTH } from './schema.ts';

const today = new Date('2026-11-23T12:00:00Z');

/** A complete referral from someone asking for themselves, as a browser would send it. */
const selfReferral = {
  referrerType: 'self',
  consentContact: 'yes',
  consentShare: 'yes',
  name: 'Sam Example',
  ageBand: '25-64',
  postcode: 'OX1 1AA',
  contactMethod: 'phone',
  phone: '07700 900982',
  voicemailSafe: 'no',
  othersMightAnswer: 'not-sure',
  crimeTypes: 'burglary',
  reportedToPolice: 'yes',
  personRole: 'victim',
  inDanger: 'no',
  supportWanted: ['emotional', 'practical'],
};

const fieldsWithErrors = (input: unknown) => {
  const result = checkReferral(input, today);
  return result.ok ? [] : result.errors.map((error) => error.field);
};
const messageFor = (input: unknown, field: string) => {
  const result = checkReferral(input, today);
  return result.ok ? undefined : result.errors.find((error) => error.field === field)?.message;
};

describe('a referral for yourself', () => {
  it('is accepted when complete, with a single ticked box read as a list', () => {
    const result = checkReferral(selfReferral, today);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.referral.crimeTypes).toEqual(['burglary']);
      expect(result.referral.name).toBe('Sam Example');
    }
  });

  it('lists every missing answer, in the order of the form, one message per field', () => {
    const result = checkReferral({}, today);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => error.field)).toEqual([
        'referrerType',
        'name',
        'ageBand',
        'postcode',
        'contactMethod',
        'crimeTypes',
        'reportedToPolice',
        'personRole',
        'inDanger',
        'supportWanted',
        'consentContact',
        'consentShare',
      ]);
      expect(result.errors[0]).toEqual({ field: 'referrerType', message: 'Select who needs support' });
    }
  });

  it('asks only what the chosen way of contact needs', () => {
    expect(fieldsWithErrors({ ...selfReferral, phone: '' })).toEqual(['phone']);
    expect(fieldsWithErrors({ ...selfReferral, voicemailSafe: '' })).toEqual(['voicemailSafe']);
    expect(fieldsWithErrors({ ...selfReferral, contactMethod: 'email', phone: '', voicemailSafe: '' })).toEqual([
      'email',
    ]);
    expect(fieldsWithErrors({ ...selfReferral, contactMethod: 'letter' })).toEqual(['address', 'letterSafe']);
    expect(fieldsWithErrors({ ...selfReferral, contactMethod: 'text', textSafe: 'yes' })).toEqual([]);
  });

  it('checks formats with messages that say what to write', () => {
    expect(messageFor({ ...selfReferral, postcode: 'nowhere' }, 'postcode')).toBe(
      'Enter a full UK postcode, like OX1 1AA',
    );
    expect(messageFor({ ...selfReferral, contactMethod: 'email', email: 'sam@' }, 'email')).toBe(
      'Enter an email address in the correct format, like name@example.com',
    );
    expect(messageFor({ ...selfReferral, phone: 'call me' }, 'phone')).toBe(
      'Enter a phone number, like 01632 960 001 or 07700 900 982',
    );
  });

  it('limits the details box', () => {
    expect(fieldsWithErrors({ ...selfReferral, moreDetails: 'a'.repeat(MAX_DETAILS_LENGTH) })).toEqual([]);
    expect(messageFor({ ...selfReferral, moreDetails: 'a'.repeat(MAX_DETAILS_LENGTH + 1) }, 'moreDetails')).toBe(
      `Must be ${MAX_DETAILS_LENGTH} characters or fewer`,
    );
  });

  it('refuses markup in any answer, but not a "<" on its own', () => {
    expect(messageFor({ ...selfReferral, name: '<script>alert(1)</script>' }, 'name')).toBe('Remove the < and > signs');
    expect(fieldsWithErrors({ ...selfReferral, moreDetails: 'I feel <3 out of 10 most days' })).toEqual([]);
  });

  it('refuses values that are not on the form', () => {
    expect(fieldsWithErrors({ ...selfReferral, crimeTypes: ['burglary', 'jaywalking'] })).toEqual(['crimeTypes']);
    expect(fieldsWithErrors({ ...selfReferral, referrerType: 'hacker' })).toContain('referrerType');
  });
});

describe('a referral for someone else, or by a professional', () => {
  it('asks for the person’s agreement in their words, and for the referrer’s details', () => {
    const forFriend = { ...selfReferral, referrerType: 'someone-else', consentContact: '', consentShare: '' };
    expect(fieldsWithErrors(forFriend)).toEqual([
      'referrerName',
      'referrerRelationship',
      'referrerPhone',
      'consentContact',
      'consentShare',
    ]);
    // (consent comes last on the form, after everything else)
    expect(messageFor(forFriend, 'consentContact')).toBe(
      'Confirm the person knows about this referral and agrees to be contacted',
    );
  });

  it('asks a professional for their organisation and work contact, and a police officer for their collar number', () => {
    const professional = {
      ...selfReferral,
      referrerType: 'professional',
      referrerName: 'PC Jo Bloggs',
      isPolice: 'yes',
    };
    expect(fieldsWithErrors(professional)).toEqual(['organisation', 'role', 'workPhone', 'workEmail', 'collarNumber']);
    expect(
      fieldsWithErrors({
        ...professional,
        organisation: 'Thames Valley Police',
        role: 'Response officer',
        workPhone: '01865 000 000',
        workEmail: 'jo@example.police.uk',
        collarNumber: '1234',
      }),
    ).toEqual([]);
  });
});

describe('children and young people', () => {
  it('needs a parent or guardian’s consent, or the reason it was not sought', () => {
    const child = { ...selfReferral, ageBand: '12-17' };
    expect(fieldsWithErrors(child)).toEqual(['guardianConsent']);
    expect(fieldsWithErrors({ ...child, guardianConsent: 'not-sought' })).toEqual(['guardianReason']);
    expect(
      fieldsWithErrors({
        ...child,
        guardianConsent: 'not-sought',
        guardianReason: 'The parent is the person who harmed them',
      }),
    ).toEqual([]);
  });

  it('works out age from a date of birth', () => {
    const seventeen = { ...selfReferral, ageBand: '', dobDay: '24', dobMonth: '11', dobYear: '2008' };
    expect(fieldsWithErrors(seventeen)).toEqual(['guardianConsent']);
    expect(fieldsWithErrors({ ...seventeen, dobDay: '23' })).toEqual([]);
  });

  it('explains dates of birth that are not dates', () => {
    expect(dateOfBirth('31', '2', '2000', today).problem).toBe(
      'Date of birth must be a real date, for example 27 3 2007',
    );
    expect(dateOfBirth('1', '', '', today).problem).toBe('Date of birth must include a month and year');
    expect(dateOfBirth('1', '1', '2030', today).problem).toBe('Date of birth must be in the past');
    expect(ageOn(new Date('2000-11-24T00:00:00Z'), today)).toBe(25);
  });
});
