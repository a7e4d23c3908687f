import { describe, expect, it } from 'vitest';
import { campaignStatus, scheduleCampaigns } from './campaign-schedule.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const campaigns = [
  { name: 'future', data: { start: d('2027-02-01'), end: d('2027-02-28') } },
  { name: 'open-ended', data: { start: d('2025-10-11') } },
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
    expect(campaignStatus({ start: d('2026-03-01') }, '2099-01-01')).toBe('live');
  });

  it('lists live campaigns newest first, then past ones most recently ended first, and leaves out upcoming ones', () => {
    const { live, past } = scheduleCampaigns(campaigns, '2026-11-23');
    expect(live.map((c) => c.name)).toEqual(['running', 'open-ended']);
    expect(past.map((c) => c.name)).toEqual(['ended-last-year', 'ended-long-ago']);
  });
});
