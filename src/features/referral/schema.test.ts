import { describe, expect, it } from 'vitest';
import { crimeTypes } from '../../content-model/vocabularies.ts';
import { ALL_SECTIONS, questionsIn } from './questions.ts';
import { ageOn, cleanText, dateOfBirth, MAX_DETAILS_LENGTH, supportOptions } from './answers.ts';
import { checkReferral } from './schema.ts';

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

  it('keeps whether the hub should check back later, and reads any other answer as none', () => {
    const later = checkReferral({ ...selfReferral, checkBack: 'month' }, today);
    expect(later.ok && later.referral.checkBack).toBe('month');
    const odd = checkReferral({ ...selfReferral, checkBack: 'fortnight' }, today);
    expect(odd.ok && odd.referral.checkBack).toBeFalsy();
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

  it('names the box in each message, and treats a date box too long as a date that is not real', () => {
    expect(messageFor({ ...selfReferral, postcode: 'OX1 1AA OX1 1AA' }, 'postcode')).toBe(
      'Postcode must be 10 characters or fewer',
    );
    expect(messageFor({ ...selfReferral, dobDay: '123', dobMonth: '4', dobYear: '2001' }, 'dobDay')).toBe(
      'Date of birth must be a real date, for example 27 3 2007',
    );
    expect(messageFor({ ...selfReferral, dobDay: '12', dobMonth: '', dobYear: '2001' }, 'dobDay')).toBe(
      'Date of birth must include a month',
    );
  });

  it('limits the details box', () => {
    expect(fieldsWithErrors({ ...selfReferral, moreDetails: 'a'.repeat(MAX_DETAILS_LENGTH) })).toEqual([]);
    expect(messageFor({ ...selfReferral, moreDetails: 'a'.repeat(MAX_DETAILS_LENGTH + 1) }, 'moreDetails')).toBe(
      `What else the hub should know must be ${MAX_DETAILS_LENGTH} characters or fewer`,
    );
  });

  it('refuses markup in any answer, but not a "<" on its own', () => {
    expect(messageFor({ ...selfReferral, name: '<script>alert(1)</script>' }, 'name')).toBe(
      'Full name must not include the signs < or >',
    );
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

describe('what is kept of a text answer', () => {
  const checked = (answers: Record<string, unknown>) => {
    const result = checkReferral({ ...selfReferral, ...answers }, today);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
    return result.referral;
  };

  it('drops control characters and terminal escape codes, keeping tabs and line breaks', () => {
    const referral = checked({
      name: 'Sam\u0000 Exa\u0007mple',
      moreDetails: 'Line one\r\nLine two\rLine three\n\tIndented \u001b[31mred\u001b[0m\u009b2J\u0085\u007f end',
    });
    expect(referral.name).toBe('Sam Example');
    expect(referral.moreDetails).toBe('Line one\nLine two\nLine three\n\tIndented [31mred[0m2J end');
  });

  it('drops the controls that show text in a different order, but keeps the marks right-to-left writers need', () => {
    // U+202E would show "gpj.exe" as "exe.jpg"; the isolates and embeddings do the same more quietly.
    expect(checked({ safeTimes: 'after \u202Egpj.exe\u202C six' }).safeTimes).toBe('after gpj.exe six');
    expect(checked({ safeTimes: '\u2066a\u2067b\u2068c\u2069\u202Ad\u202Be\u202Df' }).safeTimes).toBe('abcdef');
    expect(checked({ language: 'عربي \u200F123\u200E' }).language).toBe('عربي \u200F123\u200E');
  });

  it('keeps what was checked the same as what is stored: a lone surrogate becomes the replacement character', () => {
    const referral = checked({ name: 'Sam \uD800Example\uDC00', moreDetails: 'A real emoji 🙂 stays' });
    expect(referral.name).toBe('Sam \uFFFDExample\uFFFD');
    expect(referral.moreDetails).toBe('A real emoji 🙂 stays');
    // What JSON and UTF-8 would make of it is already what was checked.
    expect(new TextDecoder().decode(new TextEncoder().encode(referral.name))).toBe(referral.name);
    expect(cleanText('\uDBFF')).toBe('\uFFFD');
  });

  it('checks markup and length after cleaning, so a control character cannot hide a tag', () => {
    expect(messageFor({ ...selfReferral, name: '<\u0000script>alert(1)<\u0000/script>' }, 'name')).toBe(
      'Full name must not include the signs < or >',
    );
  });
});

describe('ticked boxes', () => {
  it('are each kept once', () => {
    const result = checkReferral(
      { ...selfReferral, crimeTypes: Array(5000).fill('burglary'), supportWanted: ['emotional', 'emotional'] },
      today,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.referral.crimeTypes).toEqual(['burglary']);
      expect(result.referral.supportWanted).toEqual(['emotional']);
    }
  });

  it('are refused when there are more than the question has, with a message naming the question', () => {
    const tooMany = Array.from({ length: 5000 }, (_, index) => `choice-${index}`);
    expect(messageFor({ ...selfReferral, crimeTypes: tooMany }, 'crimeTypes')).toBe(
      `Select no more than ${crimeTypes.values.length} answers to "What kind of crime was it?"`,
    );
    expect(messageFor({ ...selfReferral, supportWanted: [...supportOptions, 'extra'] }, 'supportWanted')).toBe(
      `Select no more than ${supportOptions.length} answers to "What kind of support would help?"`,
    );
    // Every box ticked is still fine.
    expect(fieldsWithErrors({ ...selfReferral, supportWanted: [...supportOptions] })).toEqual([]);
  });

  it('name the question as the form asks it', () => {
    const legends = ALL_SECTIONS.flatMap(questionsIn).flatMap((question) =>
      question.kind === 'checkbox' ? [question.legend] : [],
    );
    expect(legends).toEqual(expect.arrayContaining(['What kind of crime was it?', 'What kind of support would help?']));
  });
});
