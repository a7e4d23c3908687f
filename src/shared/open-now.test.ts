import { describe, expect, it } from 'vitest';
import { describeStatus, isOpenAt, openStatus, openStatusAt, type OpeningHoursData } from './open-now.ts';
import { ukTime } from './uk-time.ts';

const weekdays9to5: OpeningHoursData = {
  alwaysOpen: false,
  closedOnBankHolidays: true,
  weekly: [
    { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '09:00', closes: '17:00' },
    { days: ['saturday'], opens: '10:00', closes: '13:00' },
  ],
};
const sundays: OpeningHoursData = {
  alwaysOpen: false,
  closedOnBankHolidays: false,
  weekly: [{ days: ['sunday'], opens: '09:00', closes: '17:00' }],
};
const bankHolidays = ['2026-12-25', '2026-12-28'];

describe('open now', () => {
  it('is open inside the hours and says until when', () => {
    const moment = new Date('2026-11-23T10:00:00Z'); // Monday 10am GMT
    const status = openStatus(weekdays9to5, moment, bankHolidays);
    expect(status).toEqual({ open: true, alwaysOpen: false, closes: '17:00' });
    expect(describeStatus(status)).toBe('Open now, until 5pm');
  });

  it('is closed at closing time, and says when it opens next', () => {
    const moment = new Date('2026-11-23T17:00:00Z'); // Monday 5pm
    expect(describeStatus(openStatus(weekdays9to5, moment, bankHolidays))).toBe('Closed now. Opens tomorrow at 9am');
    const early = new Date('2026-11-23T08:15:00Z');
    expect(describeStatus(openStatus(weekdays9to5, early, bankHolidays))).toBe('Closed now. Opens today at 9am');
    const saturday = new Date('2026-11-28T14:00:00Z');
    expect(describeStatus(openStatus(weekdays9to5, saturday, bankHolidays))).toBe('Closed now. Opens Monday at 9am');
  });

  it('follows the spring clock change: 08:30 UTC is 09:30 in the UK once the clocks go forward', () => {
    // The clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    expect(openStatus(sundays, new Date('2026-03-22T08:30:00Z'), []).open).toBe(false);
    expect(openStatus(sundays, new Date('2026-03-29T08:30:00Z'), []).open).toBe(true);
  });

  it('follows the autumn clock change: 08:30 UTC is 08:30 in the UK once the clocks go back', () => {
    // The clocks go back at 01:00 UTC on Sunday 25 October 2026.
    expect(openStatus(sundays, new Date('2026-10-18T08:30:00Z'), []).open).toBe(true);
    expect(openStatus(sundays, new Date('2026-10-25T08:30:00Z'), []).open).toBe(false);
    expect(openStatus(sundays, new Date('2026-10-25T16:30:00Z'), []).open).toBe(true);
    expect(openStatus(sundays, new Date('2026-10-25T17:00:00Z'), []).open).toBe(false);
  });

  it('is closed on a bank holiday when the service closes on bank holidays, and skips it when saying when it opens', () => {
    const christmasMorning = new Date('2026-12-25T10:00:00Z'); // Friday
    expect(openStatus(weekdays9to5, christmasMorning, bankHolidays).open).toBe(false);
    // Saturday 26th is not a bank holiday here; Monday 28th is the substitute day.
    expect(openStatus(weekdays9to5, christmasMorning, bankHolidays)).toEqual({
      open: false,
      opens: { day: 'saturday', time: '10:00', daysAhead: 1, date: '2026-12-26' },
    });
    const saturdayAfternoon = new Date('2026-12-26T14:00:00Z');
    expect(describeStatus(openStatus(weekdays9to5, saturdayAfternoon, bankHolidays))).toBe(
      'Closed now. Opens Tuesday at 9am',
    );
  });

  it('stays open on a bank holiday when the service does', () => {
    const open = { ...weekdays9to5, closedOnBankHolidays: false };
    expect(openStatus(open, new Date('2026-12-25T10:00:00Z'), bankHolidays).open).toBe(true);
  });

  it('is always open for a 24-hour service, bank holidays included', () => {
    const moment = new Date('2026-12-25T03:00:00Z');
    const status = openStatus({ alwaysOpen: true, closedOnBankHolidays: false, weekly: [] }, moment, bankHolidays);
    expect(describeStatus(status)).toBe('Open now, 24 hours');
  });

  it('says only "Closed now" when there are no opening times to go on', () => {
    const moment = new Date('2026-11-23T10:00:00Z');
    expect(describeStatus(openStatus({ alwaysOpen: false, closedOnBankHolidays: true, weekly: [] }, moment, []))).toBe(
      'Closed now',
    );
  });

  it('says "tomorrow" only for the next day, the weekday within a week, and the date beyond', () => {
    const mondays: OpeningHoursData = {
      alwaysOpen: false,
      closedOnBankHolidays: true,
      weekly: [{ days: ['monday'], opens: '09:00', closes: '17:00' }],
    };
    // Sunday 28 March 2027, before Easter Monday: the next Monday it opens is 5 April.
    const easterSunday = new Date('2027-03-28T12:00:00Z');
    expect(describeStatus(openStatus(mondays, easterSunday, ['2027-03-29']))).toBe(
      'Closed now. Opens Monday 5 April at 9am',
    );
    expect(describeStatus(openStatus(mondays, easterSunday, []))).toBe('Closed now. Opens tomorrow at 9am');
    const thursday = new Date('2026-11-26T12:00:00Z');
    expect(describeStatus(openStatus(mondays, thursday, []))).toBe('Closed now. Opens Monday at 9am');
  });

  it('gives the real closing time of overnight hours written as two blocks either side of midnight', () => {
    const nights: OpeningHoursData = {
      alwaysOpen: false,
      closedOnBankHolidays: false,
      weekly: [
        { days: ['friday'], opens: '18:00', closes: '24:00' },
        { days: ['saturday'], opens: '00:00', closes: '06:00' },
      ],
    };
    expect(describeStatus(openStatus(nights, new Date('2026-11-27T22:00:00Z'), []))).toBe('Open now, until 6am');
    expect(describeStatus(openStatus(nights, new Date('2026-11-28T03:00:00Z'), []))).toBe('Open now, until 6am');
  });

  it('gives the same answer at a UK time worked out once, as a long list does for all its services', () => {
    const always: OpeningHoursData = { alwaysOpen: true, closedOnBankHolidays: false, weekly: [] };
    for (const moment of ['2026-11-23T17:00:00Z', '2026-11-23T10:00:00Z', '2026-12-25T10:00:00Z']) {
      const at = new Date(moment);
      for (const hours of [weekdays9to5, sundays, always]) {
        const status = openStatus(hours, at, bankHolidays);
        expect(openStatusAt(hours, ukTime(at), bankHolidays)).toEqual(status);
        expect(isOpenAt(hours, ukTime(at), bankHolidays)).toBe(status.open);
      }
    }
  });
});
