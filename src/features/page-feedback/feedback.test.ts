import { describe, expect, it } from 'vitest';
import { checkFeedback, SITE_PATH } from './feedback.ts';

describe('page feedback as sent', () => {
  it('takes a page on this site, yes or no, an optional text and the language', () => {
    expect(
      checkFeedback({ page: '/pl/your-rights/', useful: 'no', whatWasWrong: '  Too long  ', formLanguage: 'pl' }),
    ).toEqual({
      ok: true,
      feedback: { page: '/pl/your-rights/', useful: 'no', whatWasWrong: 'Too long', formLanguage: 'pl' },
    });
    expect(checkFeedback({ page: '/', useful: 'yes' })).toEqual({
      ok: true,
      feedback: { page: '/', useful: 'yes', whatWasWrong: '', formLanguage: 'en' },
    });
  });

  it('names what is wrong, field by field, in words a person can act on', () => {
    expect(checkFeedback({ page: '/', whatWasWrong: 'x'.repeat(1001) })).toEqual({
      ok: false,
      errors: [
        { field: 'useful', message: 'Select yes or no' },
        { field: 'whatWasWrong', message: 'What was missing or wrong must be 1000 characters or fewer' },
      ],
    });
    expect(checkFeedback({ page: '/', useful: 'no', whatWasWrong: '<b>hi</b>' })).toMatchObject({
      ok: false,
      errors: [{ field: 'whatWasWrong', message: 'What was missing or wrong must not include the signs < or >' }],
    });
    expect(checkFeedback({ page: '/', useful: 'no', extra: 'x' })).toMatchObject({ ok: false });
  });

  it('takes only paths on this site as the page, so nobody is sent elsewhere', () => {
    for (const page of ['/', '/your-rights/', '/ur/vip/court/', '/services/in/milton-keynes/'])
      expect(SITE_PATH.test(page), page).toBe(true);
    for (const page of ['//evil.example/', '/\\evil', 'https://evil.example/', 'about/', '/a b/', '/a?b', '/a#b', ''])
      expect(SITE_PATH.test(page), page).toBe(false);
  });
});
