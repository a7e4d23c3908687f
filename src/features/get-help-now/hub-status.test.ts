import { describe, expect, it } from 'vitest';
import type { OpeningHoursData } from '../../shared/open-now.ts';
import { hubStatus, hubStatusWordsFrom } from './hub-status.ts';

const weekdays9to5: OpeningHoursData = {
  alwaysOpen: false,
  closedOnBankHolidays: true,
  weekly: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '09:00', closes: '17:00' }],
};
const words = { open: 'Jesteśmy teraz otwarci.', closed: 'Jesteśmy teraz zamknięci.' };

describe("the hub's status on the home page", () => {
  it('says the hub is open during its hours, and hides the lines for when it is closed', () => {
    // Monday 23 November 2026, 10am in the UK.
    expect(hubStatus(weekdays9to5, new Date('2026-11-23T10:00:00Z'), [], words)).toEqual({
      open: true,
      sentence: 'Jesteśmy teraz otwarci.',
      showAlwaysOpenLines: false,
    });
  });

  it('says the hub is closed in the evening and at weekends, and shows the lines open all day and night', () => {
    for (const moment of ['2026-11-23T20:00:00Z', '2026-11-28T10:00:00Z']) {
      expect(hubStatus(weekdays9to5, new Date(moment), [], words)).toEqual({
        open: false,
        sentence: 'Jesteśmy teraz zamknięci.',
        showAlwaysOpenLines: true,
      });
    }
  });

  it('says the hub is closed on a bank holiday', () => {
    // Monday 28 December 2026 is a bank holiday (Boxing Day falls on a Saturday).
    expect(hubStatus(weekdays9to5, new Date('2026-12-28T10:00:00Z'), ['2026-12-28'], words).open).toBe(false);
  });

  it('works in UK time: 08:30 UTC in June is 9:30am in the UK, so the hub is open', () => {
    expect(hubStatus(weekdays9to5, new Date('2027-06-07T08:30:00Z'), [], words).open).toBe(true);
    expect(hubStatus(weekdays9to5, new Date('2027-06-07T16:30:00Z'), [], words).open).toBe(false);
  });

  it('is always open when the hub is open all day and night', () => {
    const always: OpeningHoursData = { alwaysOpen: true, closedOnBankHolidays: false, weekly: [] };
    expect(hubStatus(always, new Date('2026-12-25T03:00:00Z'), ['2026-12-25'], words).showAlwaysOpenLines).toBe(false);
  });
});

describe('the status words the page gives the script', () => {
  it('reads the words in the page language', () => {
    expect(hubStatusWordsFrom(JSON.stringify(words))).toEqual(words);
  });

  it('falls back to English when they are missing or mangled', () => {
    const english = { open: 'We are open now.', closed: 'We are closed now.' };
    expect(hubStatusWordsFrom(undefined)).toEqual(english);
    expect(hubStatusWordsFrom('{not json')).toEqual(english);
    expect(hubStatusWordsFrom(JSON.stringify({ open: '', closed: 3 }))).toEqual(english);
  });
});
