import { describe, expect, it } from 'vitest';
import { addDays, earliestDate, formatDate, isoDay } from './dates.ts';

describe('dates', () => {
  it('writes dates in UK style', () => {
    expect(formatDate(new Date('2026-11-23T00:00:00Z'))).toBe('23 November 2026');
    expect(isoDay(new Date('2026-04-01T00:00:00Z'))).toBe('2026-04-01');
    expect(isoDay(earliestDate([new Date('2026-11-23'), new Date('2025-02-01'), new Date('2026-01-01')]))).toBe(
      '2025-02-01',
    );
  });
});

describe('days before and after a day', () => {
  it('counts calendar days, across months, years and the clock changes', () => {
    expect(addDays('2026-11-28', -1)).toBe('2026-11-27');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2027-01-01', -400)).toBe('2025-11-27');
  });
});
