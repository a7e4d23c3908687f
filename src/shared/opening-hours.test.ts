import { describe, expect, it } from 'vitest';
import { describeOpeningHours, formatDays, formatTime } from './opening-hours.ts';

describe('opening hours in words', () => {
  it('writes times the way people say them', () => {
    expect(formatTime('09:00')).toBe('9am');
    expect(formatTime('17:30')).toBe('5:30pm');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('00:00')).toBe('midnight');
    expect(formatTime('24:00')).toBe('midnight');
    expect(formatTime('12:15')).toBe('12:15pm');
    expect(formatTime('00:30')).toBe('12:30am');
  });

  it('joins days in a row, and lists days that are not', () => {
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])).toBe('Monday to Friday');
    expect(formatDays(['friday', 'monday', 'wednesday'])).toBe('Monday, Wednesday and Friday');
    expect(formatDays(['saturday', 'sunday'])).toBe('Saturday and Sunday');
    expect(formatDays(['sunday'])).toBe('Sunday');
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])).toBe(
      'Every day',
    );
  });

  it('describes a week, and bank holidays', () => {
    expect(
      describeOpeningHours({
        alwaysOpen: false,
        closedOnBankHolidays: true,
        weekly: [
          { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '08:00', closes: '20:00' },
          { days: ['saturday'], opens: '09:00', closes: '17:00' },
        ],
      }),
    ).toEqual(['Monday to Friday, 8am to 8pm', 'Saturday, 9am to 5pm', 'Closed on bank holidays']);
    expect(describeOpeningHours({ alwaysOpen: true, closedOnBankHolidays: false, weekly: [] })).toEqual([
      'Open 24 hours a day, every day',
    ]);
  });
});
