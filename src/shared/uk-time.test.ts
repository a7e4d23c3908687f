import { describe, expect, it } from 'vitest';
import { buildDay, ukTime } from './uk-time.ts';

describe('UK time', () => {
  it('is GMT in winter and BST in summer, whatever the computer’s own time zone', () => {
    expect(ukTime(new Date('2026-01-15T09:30:00Z'))).toEqual({
      weekday: 'thursday',
      minutes: 9 * 60 + 30,
      date: '2026-01-15',
    });
    expect(ukTime(new Date('2026-07-15T09:30:00Z'))).toEqual({
      weekday: 'wednesday',
      minutes: 10 * 60 + 30,
      date: '2026-07-15',
    });
  });

  it('knows the UK date differs from the UTC date just before midnight in summer', () => {
    expect(ukTime(new Date('2026-07-15T23:30:00Z')).date).toBe('2026-07-16');
  });

  it('jumps from 00:59 to 02:00 when the clocks go forward', () => {
    expect(ukTime(new Date('2026-03-29T00:59:00Z')).minutes).toBe(59);
    expect(ukTime(new Date('2026-03-29T01:00:00Z')).minutes).toBe(120);
  });
});

describe('the day the site is built for', () => {
  it('builds for a fixed day when VF_TODAY says so, otherwise for today in the UK', () => {
    expect(buildDay({ VF_TODAY: '2027-02-01' })).toBe('2027-02-01');
    // 23:30 UTC on 30 June is already 1 July in the UK.
    expect(buildDay({}, new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(() => buildDay({ VF_TODAY: 'tomorrow' })).toThrow('VF_TODAY must be a date written YYYY-MM-DD');
  });
});
