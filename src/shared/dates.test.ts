import { describe, expect, it } from 'vitest';
import { earliestDate, formatDate, isoDay } from './dates.ts';

describe('dates', () => {
  it('writes dates in UK style', () => {
    expect(formatDate(new Date('2026-11-23T00:00:00Z'))).toBe('23 November 2026');
    expect(isoDay(new Date('2026-04-01T00:00:00Z'))).toBe('2026-04-01');
    expect(isoDay(earliestDate([new Date('2026-11-23'), new Date('2025-02-01'), new Date('2026-01-01')]))).toBe(
      '2025-02-01',
    );
  });
});
