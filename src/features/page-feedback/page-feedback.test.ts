import { describe, expect, it } from 'vitest';
import { feedbackOutcome, sentenceParts } from './page-feedback.ts';

describe('what the intake’s answer to page feedback means', () => {
  it('is sent when the intake stored it (201), saying whether contact details were taken out', () => {
    expect(feedbackOutcome(201, { stripped: false })).toEqual({ show: 'sent', stripped: false });
    expect(feedbackOutcome(201, { stripped: true })).toEqual({ show: 'sent', stripped: true });
    // A stored answer is a thank-you, even if its body is missing or odd.
    expect(feedbackOutcome(201, null)).toEqual({ show: 'sent', stripped: false });
    expect(feedbackOutcome(201, { stripped: 'yes' })).toEqual({ show: 'sent', stripped: false });
  });

  it('puts the intake’s message beside the box when it refused what was typed there', () => {
    const reply = {
      message: 'Check your answers',
      errors: [{ field: 'whatWasWrong', message: 'Must be 1000 characters or fewer' }],
    };
    expect(feedbackOutcome(400, reply)).toEqual({ show: 'box-error', message: 'Must be 1000 characters or fewer' });
  });

  it('says "not sent" for an error about anything the person cannot change', () => {
    expect(feedbackOutcome(400, { errors: [{ field: 'page', message: 'Must start with /' }] })).toEqual({
      show: 'not-sent',
    });
    expect(feedbackOutcome(400, { errors: [{ field: 'whatWasWrong', message: '' }] })).toEqual({ show: 'not-sent' });
    expect(feedbackOutcome(400, { message: 'Bad request' })).toEqual({ show: 'not-sent' });
    expect(feedbackOutcome(400, null)).toEqual({ show: 'not-sent' });
    expect(feedbackOutcome(400, { errors: 'whatWasWrong' })).toEqual({ show: 'not-sent' });
    expect(feedbackOutcome(400, { errors: [null, { field: 'whatWasWrong', message: 7 }] })).toEqual({
      show: 'not-sent',
    });
  });

  it('says "not sent" when refused, limited, too large, broken or unreachable', () => {
    for (const status of [0, 200, 303, 403, 404, 413, 429, 500, 503])
      expect(feedbackOutcome(status, { stripped: true }), String(status)).toEqual({ show: 'not-sent' });
  });
});

describe('a sentence cut where its links go', () => {
  it('keeps the words and names each slot, in the sentence’s own order', () => {
    expect(sentenceParts('If you need help, call {phone} or {askOnline}. In an emergency, call {emergency}.')).toEqual([
      'If you need help, call ',
      { slot: 'phone' },
      ' or ',
      { slot: 'askOnline' },
      '. In an emergency, call ',
      { slot: 'emergency' },
      '.',
    ]);
  });

  it('copes with a slot at either end, and with none', () => {
    expect(sentenceParts('{emergency}: call now')).toEqual([{ slot: 'emergency' }, ': call now']);
    expect(sentenceParts('Call {phone}')).toEqual(['Call ', { slot: 'phone' }]);
    expect(sentenceParts('No links here.')).toEqual(['No links here.']);
  });
});
