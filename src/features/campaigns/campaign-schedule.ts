/**
 * Which campaigns the site shows, on the day it is built. The site is
 * static, so a campaign goes live when the site is rebuilt on or after its
 * start date (docs/operators.md explains the daily rebuild). Dates are UK calendar
 * days: a campaign starting on 1 March is live from the first build on
 * 1 March in the UK, and one ending on 31 March is live all that day.
 */
import { isoDay } from '../../shared/dates.ts';

export type CampaignStatus = 'upcoming' | 'live' | 'past';

interface Dated {
  start: Date;
  end?: Date | undefined;
}

/** Whether a campaign is upcoming, live or past on a UK calendar day (YYYY-MM-DD). */
export function campaignStatus(campaign: Dated, today: string): CampaignStatus {
  if (today < isoDay(campaign.start)) return 'upcoming';
  if (campaign.end && today > isoDay(campaign.end)) return 'past';
  return 'live';
}

/** Live campaigns, newest start first, then past ones, most recently ended first. Upcoming ones are left out. */
export function scheduleCampaigns<Entry extends { data: Dated }>(
  campaigns: readonly Entry[],
  today: string,
): { live: Entry[]; past: Entry[] } {
  const live = campaigns
    .filter((entry) => campaignStatus(entry.data, today) === 'live')
    .sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
  const past = campaigns
    .filter((entry) => campaignStatus(entry.data, today) === 'past')
    .sort((a, b) => (b.data.end?.getTime() ?? 0) - (a.data.end?.getTime() ?? 0));
  return { live, past };
}
