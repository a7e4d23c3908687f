/**
 * Which campaigns the site shows, on the day it is built. The site is
 * static, so a campaign goes live when the site is rebuilt on or after its
 * start date (docs/operators.md explains the daily rebuild). Dates are UK calendar
 * days: a campaign starting on 1 March is live from the first build on
 * 1 March in the UK, and one ending on 31 March is live all that day.
 *
 * A campaign whose review date has passed before it ended is "unconfirmed":
 * nobody has said it is still running, so the site lists it without calling
 * it "running now", and the content check reminds the comms team.
 */
import { formatDate, isoDay } from '../../shared/dates.ts';
import { campaignReviewOverdue } from '../../content-model/schemas/campaign.ts';

export type CampaignStatus = 'upcoming' | 'live' | 'unconfirmed' | 'past';

interface Dated {
  start: Date;
  end?: Date | undefined;
  reviewBy?: Date | undefined;
}

/** Whether a campaign is upcoming, live, unconfirmed (review overdue) or past on a UK calendar day (YYYY-MM-DD). */
export function campaignStatus(campaign: Dated, today: string): CampaignStatus {
  if (today < isoDay(campaign.start)) return 'upcoming';
  if (campaign.end && today > isoDay(campaign.end)) return 'past';
  if (campaignReviewOverdue(campaign, today)) return 'unconfirmed';
  return 'live';
}

/** The campaigns the site shows, by status; upcoming ones are left out. */
export interface CampaignSchedule<Entry> {
  /** Running now, newest start first. */
  live: Entry[];
  /** Started, not ended, but past their review date: newest start first. */
  unconfirmed: Entry[];
  /** Ended, most recently ended first. */
  past: Entry[];
}

/** Live campaigns, then unconfirmed ones, each newest start first; then past ones, most recently ended first. */
export function scheduleCampaigns<Entry extends { data: Dated }>(
  campaigns: readonly Entry[],
  today: string,
): CampaignSchedule<Entry> {
  const newestStartFirst = (a: Entry, b: Entry) => b.data.start.getTime() - a.data.start.getTime();
  const withStatus = (status: CampaignStatus) =>
    campaigns.filter((entry) => campaignStatus(entry.data, today) === status);
  return {
    live: withStatus('live').sort(newestStartFirst),
    unconfirmed: withStatus('unconfirmed').sort(newestStartFirst),
    past: withStatus('past').sort((a, b) => (b.data.end?.getTime() ?? 0) - (a.data.end?.getTime() ?? 0)),
  };
}

/** How a campaign's dates are written on the site: honest about whether it is still running. */
export function campaignDates(campaign: Dated, status: CampaignStatus): string {
  const start = formatDate(campaign.start);
  if (campaign.end) return `${start} to ${formatDate(campaign.end)}`;
  return status === 'unconfirmed' ? `Started ${start}` : `Since ${start}`;
}
