import { describe, expect, it } from 'vitest';
import {
  anonymousReport,
  reportAskingForSupport,
  reportFromConnectPoint,
  reportWithDetails,
} from '../../../../tests/support/hate-crime-reports.ts';
import { fieldNames, questionsIn } from '../questions.ts';
import { REFERRAL_FIELD_NAMES } from '../schema.ts';
import { IDENTIFYING_FIELDS } from './answers.ts';
import { REPORT_SECTIONS } from './questions.ts';
import {
  checkHateCrimeReport,
  REPORT_FIELD_NAMES,
  reportRecord,
  supportReferral,
  type HateCrimeReport,
} from './schema.ts';

const today = new Date('2026-11-28T12:00:00Z');
const check = (answers: Record<string, unknown>) => checkHateCrimeReport(answers, today);
const fieldsInError = (answers: Record<string, unknown>) => {
  const result = check(answers);
  return result.ok ? [] : result.errors.map((error) => error.field);
};
const checked = (answers: Record<string, unknown>): HateCrimeReport => {
  const result = check(answers);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
};

describe('the hate crime report’s questions and rules', () => {
  it('ask exactly the fields the schema checks (the language is sent by the form itself)', () => {
    const asked = REPORT_SECTIONS.flatMap((section) => questionsIn(section).flatMap(fieldNames));
    expect(new Set(asked).size).toBe(asked.length);
    expect([...asked].sort()).toEqual(REPORT_FIELD_NAMES.filter((field) => field !== 'formLanguage').sort());
  });

  it('accept each who-is-reporting path, each with what it needs', () => {
    expect(check(anonymousReport).ok).toBe(true);
    expect(check(reportWithDetails).ok).toBe(true);
    expect(check(reportFromConnectPoint).ok).toBe(true);
    expect(check(reportAskingForSupport).ok).toBe(true);
    expect(fieldsInError({ ...anonymousReport, reporterType: 'for-someone' })).toEqual(['reporterRelationship']);
    expect(fieldsInError({ ...reportFromConnectPoint, organisation: '', role: '' })).toEqual(['organisation', 'role']);
    expect(fieldsInError({ ...anonymousReport, reporterType: 'the-police' })).toEqual(['reporterType']);
  });

  it('refuse a name or contact in an anonymous report, saying why', () => {
    const result = check({ ...anonymousReport, reporterName: 'Sam Uniquename', reporterPhone: '07700 900982' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual(['reporterName', 'reporterPhone']);
    expect(result.errors[0]!.message).toMatch(/^You chose to report without your details, so leave this empty/);
    // Without support, the support questions' name and contact boxes are refused too.
    expect(fieldsInError({ ...anonymousReport, name: 'Sam', phone: '07700 900982', address: '1 High St' })).toEqual([
      'name',
      'phone',
      'address',
    ]);
  });

  it('ask the reporter’s own details only when the report goes to the police with them', () => {
    expect(fieldsInError({ ...reportWithDetails, reporterName: '', reporterPhone: '' })).toEqual([
      'reporterName',
      'reporterPhone',
    ]);
    expect(fieldsInError({ ...reportWithDetails, reporterPhone: '', reporterEmail: 'not an email' })).toEqual([
      'reporterEmail',
    ]);
  });

  it('use the referral form’s safe-contact and agreement rules when support is asked for', () => {
    const result = check({ ...reportAskingForSupport, textSafe: '', consentShare: '', phone: 'call me' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'phone', message: 'Enter a phone number, like 01632 960 001 or 07700 900 982' },
      { field: 'textSafe', message: 'Select yes if it is safe to send a text message' },
      {
        field: 'consentShare',
        message: 'Confirm the person agrees to their details being shared with the services that will support them',
      },
    ]);
  });

  it('need what happened, where and when, in plain messages', () => {
    const result = check({ reporterType: 'self', outcome: 'anonymous', placeKind: 'both' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual([
      'hostility',
      'onlinePlace',
      'place',
      'area',
      'roughTime',
      'account',
      'anyoneHurt',
      'stillHappening',
      'reportedBefore',
    ]);
    expect(fieldsInError({ ...anonymousReport, hostility: ['something-else'] })).toEqual(['hostilityOther']);
    expect(fieldsInError({ ...anonymousReport, whenDay: '31', whenMonth: '2', whenYear: '2026' })).toEqual(['whenDay']);
    expect(fieldsInError({ ...anonymousReport, whenDay: '1', whenMonth: '1', whenYear: '2027' })).toEqual(['whenDay']);
    expect(
      fieldsInError({ ...anonymousReport, roughTime: '', whenDay: '1', whenMonth: '11', whenYear: '2026' }),
    ).toEqual([]);
    expect(fieldsInError({ ...anonymousReport, account: '<script>alert(1)</script>' })).toEqual(['account']);
    expect(fieldsInError({ ...anonymousReport, account: 'x'.repeat(3001) })).toEqual(['account']);
  });
});

describe('what is sealed for the hub', () => {
  it('an anonymous report holds no name and no contact, even when it asks for support', () => {
    for (const answers of [anonymousReport, reportFromConnectPoint, reportAskingForSupport]) {
      const record = reportRecord(checked(answers));
      for (const field of IDENTIFYING_FIELDS) expect(record).not.toHaveProperty(field);
      expect(JSON.stringify(record)).not.toMatch(/07700|Supportname|Uniquename/);
    }
  });

  it('leaves out answers to questions that do not apply (typed without JavaScript, then another answer chosen)', () => {
    const record = reportRecord(
      checked({ ...anonymousReport, organisation: 'My employer', placeKind: 'online', onlinePlace: 'A game chat' }),
    );
    expect(record).toMatchObject({ organisation: '', place: '', area: '', town: '', onlinePlace: 'A game chat' });
    const referral = supportReferral(checked({ ...reportAskingForSupport, email: 'alex@example.com' }))!;
    expect(referral).toMatchObject({ phone: '07700 900456', email: '' });
  });

  it('a report passed to the police holds the reporter’s details', () => {
    const record = reportRecord(checked(reportWithDetails));
    expect(record).toMatchObject({
      reporterName: 'Robin Witnessname',
      reporterPhone: '07700 900123',
      outcome: 'police',
    });
    expect(record.supportAskedFor).toBe('no');
  });

  it('a report asking for support makes a referral shaped like one from /refer/, with the support answers', () => {
    expect(supportReferral(checked(anonymousReport))).toBeUndefined();
    const referral = supportReferral(checked(reportAskingForSupport))!;
    expect(Object.keys(referral).sort()).toEqual([...REFERRAL_FIELD_NAMES].sort());
    expect(referral).toMatchObject({
      referrerType: 'someone-else',
      referrerRelationship: 'Sister',
      name: 'Alex Supportname',
      contactMethod: 'text',
      phone: '07700 900456',
      textSafe: 'yes',
      consentContact: 'yes',
      consentShare: 'yes',
      crimeTypes: ['hate-crime'],
      reportedToPolice: 'no',
      personRole: 'victim',
    });
    // Anonymous to the police: the reporter's own details are not carried into the referral either.
    expect(referral.referrerName).toBe('');
    expect(reportRecord(checked(reportAskingForSupport)).supportAskedFor).toBe('yes');
  });
});
