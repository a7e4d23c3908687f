import { describe, expect, it } from 'vitest';
import { campaignDates, campaignStatus, scheduleCampaigns } from './campaign-schedule.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const campaigns = [
  { name: 'future', data: { start: d('2027-02-01'), end: d('2027-02-28') } },
  { name: 'open-ended', data: { start: d('2025-10-11'), reviewBy: d('2027-01-11') } },
  { name: 'not-checked-since-february', data: { start: d('2025-11-25'), reviewBy: d('2026-02-25') } },
  { name: 'ended-last-year', data: { start: d('2025-10-01'), end: d('2026-03-31') } },
  { name: 'ended-long-ago', data: { start: d('2024-01-01'), end: d('2024-02-01') } },
  { name: 'running', data: { start: d('2026-11-01'), end: d('2026-12-31') } },
];

describe('campaign dates', () => {
  it('is upcoming before its start day, live from its start day to its end day inclusive, and past after', () => {
    const campaign = { start: d('2026-03-01'), end: d('2026-03-31') };
    expect(campaignStatus(campaign, '2026-02-28')).toBe('upcoming');
    expect(campaignStatus(campaign, '2026-03-01')).toBe('live');
    expect(campaignStatus(campaign, '2026-03-31')).toBe('live');
    expect(campaignStatus(campaign, '2026-04-01')).toBe('past');
  });

  it('stops calling a campaign with no end date live once its review date has passed', () => {
    const campaign = { start: d('2025-11-25'), reviewBy: d('2026-02-25') };
    expect(campaignStatus(campaign, '2026-02-25')).toBe('live');
    expect(campaignStatus(campaign, '2026-02-26')).toBe('unconfirmed');
    expect(campaignStatus(campaign, '2099-01-01')).toBe('unconfirmed');
  });

  it('lists live campaigns newest first, then unconfirmed ones, then past ones most recently ended first, and leaves out upcoming ones', () => {
    const { live, unconfirmed, past } = scheduleCampaigns(campaigns, '2026-11-28');
    expect(live.map((c) => c.name)).toEqual(['running', 'open-ended']);
    expect(unconfirmed.map((c) => c.name)).toEqual(['not-checked-since-february']);
    expect(past.map((c) => c.name)).toEqual(['ended-last-year', 'ended-long-ago']);
  });

  it('writes the dates without claiming a campaign runs when nobody has checked', () => {
    expect(campaignDates({ start: d('2025-10-01'), end: d('2026-03-31') }, 'past')).toBe(
      '1 October 2025 to 31 March 2026',
    );
    expect(campaignDates({ start: d('2025-11-25') }, 'live')).toBe('Since 25 November 2025');
    expect(campaignDates({ start: d('2025-11-25') }, 'unconfirmed')).toBe('Started 25 November 2025');
  });
});
