import { describe, expect, it } from 'vitest';
import {
  answersToCheck,
  characterCountMessage,
  collectAnswers,
  conditionHolds,
  isUnder18,
  nextStep,
  readReply,
  RETRY_DELAYS_MS,
  sendWithRetries,
  STILL_SENDING,
  type Attempt,
  type FormField,
  type IntakeReply,
  type ReadAnswer,
} from './referral-form.ts';

const today = new Date('2026-11-23T12:00:00Z');
const hubPhone = '0300 1234 148';

/** Answers read from a plain record, as the page would read them from its fields. */
const answers =
  (record: Record<string, string>): ReadAnswer =>
  (name) =>
    record[name] ?? '';

const field = (name: string, value: string, extra: Partial<FormField> = {}): FormField => ({
  name,
  value,
  type: 'text',
  checked: false,
  disabled: false,
  ...extra,
});

describe('the answers sent', () => {
  const fields: FormField[] = [
    field('referrerType', 'self', { type: 'radio' }),
    field('referrerType', 'professional', { type: 'radio', checked: true }),
    field('crimeTypes', 'burglary', { type: 'checkbox', checked: true }),
    field('crimeTypes', 'fraud', { type: 'checkbox' }),
    field('crimeTypes', 'theft', { type: 'checkbox', checked: true }),
    field('consentContact', 'yes', { type: 'checkbox', checked: true }),
    field('moreDetails', 'They came at night', { type: 'textarea' }),
    field('collarNumber', '1234', { disabled: true }),
    field('', 'a field without a name'),
  ];

  it('are the chosen radio as text, ticked boxes as lists, and what was typed', () => {
    expect(collectAnswers(fields)).toEqual({
      referrerType: 'professional',
      crimeTypes: ['burglary', 'theft'],
      consentContact: ['yes'],
      moreDetails: 'They came at night',
    });
  });

  it('leave out questions that do not apply, but keep them to show the form again as it was', () => {
    expect(collectAnswers(fields)).not.toHaveProperty('collarNumber');
    expect(collectAnswers(fields, true)).toHaveProperty('collarNumber', '1234');
  });

  it('are checked without the fields the form adds itself', () => {
    expect(answersToCheck({ name: 'Sam', idempotencyKey: 'k', timeTakenMs: '5000', website: '' })).toEqual({
      name: 'Sam',
    });
  });
});

describe('whether questions apply', () => {
  it('follows the answer they depend on, any of several', () => {
    const condition = 'referrerType=someone-else|professional';
    expect(conditionHolds(condition, answers({ referrerType: 'professional' }), today)).toBe(true);
    expect(conditionHolds(condition, answers({ referrerType: 'someone-else' }), today)).toBe(true);
    expect(conditionHolds(condition, answers({ referrerType: 'self' }), today)).toBe(false);
    expect(conditionHolds(condition, answers({}), today)).toBe(false);
    expect(conditionHolds('isPolice=yes', answers({ isPolice: 'yes' }), today)).toBe(true);
  });

  it('for under 18s, goes by the date of birth when it is a real date', () => {
    const born = (dobDay: string, dobMonth: string, dobYear: string, ageBand = '') =>
      answers({ dobDay, dobMonth, dobYear, ageBand });
    expect(conditionHolds('under18', born('24', '11', '2008'), today)).toBe(true);
    expect(conditionHolds('under18', born('23', '11', '2008'), today)).toBe(false);
    expect(isUnder18(born(' 1 ', ' 6 ', ' 2015 '), today)).toBe(true);
    // A real date wins over the age group.
    expect(isUnder18(born('1', '1', '1990', '12-17'), today)).toBe(false);
  });

  it('for under 18s, goes by the age group when there is no real date of birth', () => {
    expect(isUnder18(answers({ ageBand: 'under-12' }), today)).toBe(true);
    expect(isUnder18(answers({ ageBand: '12-17' }), today)).toBe(true);
    expect(isUnder18(answers({ ageBand: '18-24' }), today)).toBe(false);
    expect(isUnder18(answers({ ageBand: 'prefer-not-to-say' }), today)).toBe(false);
    expect(isUnder18(answers({ dobDay: '40', dobMonth: '2', dobYear: '2000', ageBand: '12-17' }), today)).toBe(true);
    expect(isUnder18(answers({}), today)).toBe(false);
  });
});

describe('the character count', () => {
  it('says how many characters are left', () => {
    expect(characterCountMessage(1500, 0)).toBe('You have 1500 characters remaining');
    expect(characterCountMessage(1500, 1499)).toBe('You have 1 character remaining');
    expect(characterCountMessage(1500, 1500)).toBe('You have 0 characters remaining');
  });

  it('says how many too many', () => {
    expect(characterCountMessage(1500, 1501)).toBe('You have 1 character too many');
    expect(characterCountMessage(1500, 1503)).toBe('You have 3 characters too many');
  });
});

describe('after sending', () => {
  const replied = (status: number, reply: IntakeReply): Attempt => ({ status, reply });

  it('shows the confirmation when the referral arrived, or had arrived before', () => {
    expect(nextStep(replied(201, { reference: 'AB12-CD34' }), 0, hubPhone)).toEqual({
      kind: 'confirmation',
      reference: 'AB12-CD34',
      alreadySent: false,
    });
    expect(nextStep(replied(200, { reference: 'AB12-CD34' }), 2, hubPhone)).toMatchObject({ alreadySent: false });
    expect(nextStep(replied(409, { reference: 'AB12-CD34' }), 0, hubPhone)).toMatchObject({
      kind: 'confirmation',
      alreadySent: true,
    });
  });

  it('shows the errors when the intake found answers to fix', () => {
    const errors = [{ field: 'postcode', message: 'Enter a full UK postcode, like OX1 1AA' }];
    expect(nextStep(replied(400, { errors }), 0, hubPhone)).toEqual({ kind: 'errors', errors });
  });

  it('says what the intake said, or to try again or call, when it will not take the referral', () => {
    expect(nextStep(replied(400, { message: 'This form is too large to send.' }), 0, hubPhone)).toEqual({
      kind: 'stop',
      message: 'This form is too large to send. Everything you typed is still here.',
    });
    const plain = {
      kind: 'stop',
      message: `Your referral was not sent. Everything you typed is still here. You can try again, or call the hub on ${hubPhone}.`,
    };
    expect(nextStep(replied(429, {}), 0, hubPhone)).toEqual(plain);
    // A success without a reference is not a confirmation.
    expect(nextStep(replied(201, {}), 0, hubPhone)).toEqual(plain);
  });

  it('tries again after 1, 2, 4 and 8 seconds when the connection fails or the intake is down', () => {
    const waits = [0, 1, 2, 3].map((tryNumber) => nextStep('connection failed', tryNumber, hubPhone));
    expect(waits).toEqual(RETRY_DELAYS_MS.map((afterMs) => ({ kind: 'retry', afterMs })));
    expect(RETRY_DELAYS_MS).toEqual([1000, 2000, 4000, 8000]);
    expect(nextStep(replied(503, {}), 3, hubPhone)).toEqual({ kind: 'retry', afterMs: 8000 });
  });

  it('then gives up, saying everything typed is still there and the number to call', () => {
    expect(nextStep('connection failed', 4, hubPhone)).toEqual({
      kind: 'stop',
      message: `We could not send your referral. Check your internet connection and try again: everything you typed is still here. Or call the hub on ${hubPhone}.`,
    });
    expect(nextStep(replied(503, {}), 4, hubPhone)).toMatchObject({
      kind: 'stop',
      message: expect.stringContaining('Your referral was not sent.'),
    });
  });

  it('reads a reply that is not an object as saying nothing', () => {
    expect(readReply(null)).toEqual({});
    expect(readReply('error')).toEqual({});
    expect(readReply({ reference: 'AB12-CD34' })).toEqual({ reference: 'AB12-CD34' });
  });
});

describe('sending with retries', () => {
  /** A page that records what the person would see, with pauses that take no time. */
  const page = (attempts: Attempt[]) => {
    const seen = { posts: 0, waits: [] as number[], statuses: [] as string[] };
    const sender = {
      hubPhone,
      post: async () => {
        seen.posts += 1;
        return attempts.shift() ?? 'connection failed';
      },
      wait: async (ms: number) => {
        seen.waits.push(ms);
      },
      showStatus: (message: string) => seen.statuses.push(message),
    };
    return { seen, sender };
  };

  it('keeps the person informed while it tries again, and shows the confirmation when it arrives', async () => {
    const { seen, sender } = page([
      'connection failed',
      { status: 502, reply: {} },
      { status: 201, reply: { reference: 'R' } },
    ]);
    await expect(sendWithRetries(sender)).resolves.toEqual({
      kind: 'confirmation',
      reference: 'R',
      alreadySent: false,
    });
    expect(seen.posts).toBe(3);
    expect(seen.waits).toEqual([1000, 2000]);
    expect(seen.statuses).toEqual([STILL_SENDING, STILL_SENDING]);
  });

  it('tries five times in all, then stops with the message', async () => {
    const { seen, sender } = page([]);
    const ended = await sendWithRetries(sender);
    expect(ended).toMatchObject({ kind: 'stop', message: expect.stringContaining('We could not send your referral.') });
    expect(seen.posts).toBe(5);
    expect(seen.waits).toEqual([1000, 2000, 4000, 8000]);
  });
});
