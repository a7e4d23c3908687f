import { describe, expect, it } from 'vitest';
import { reportPeriod } from './report-period.ts';

// 00:30 on 28 November in London (GMT): yesterday is the 27th.
const now = new Date('2026-11-28T00:30:00Z');

describe('the days a report covers', () => {
  it('is the 28 days up to yesterday, in UK days, unless told otherwise', () => {
    expect(reportPeriod({}, now)).toEqual({ from: '2026-10-31', to: '2026-11-27' });
    expect(reportPeriod({ from: '2026-11-01' }, now)).toEqual({ from: '2026-11-01', to: '2026-11-27' });
    expect(reportPeriod({ from: '2026-01-01', to: '2026-01-31' }, now)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });

  it('says plainly what is wrong with a date given', () => {
    expect(reportPeriod({ from: '1/11/2026' }, now)).toEqual({
      problem: '--from must be a date written YYYY-MM-DD, for example 2026-11-01, not "1/11/2026".',
    });
    expect(reportPeriod({ to: '2026-02-30' }, now)).toMatchObject({ problem: expect.stringMatching(/^--to must be/) });
    expect(reportPeriod({ from: '2026-11-20', to: '2026-11-01' }, now)).toEqual({
      problem: '--from (2026-11-20) must be on or before --to (2026-11-01).',
    });
  });
});
