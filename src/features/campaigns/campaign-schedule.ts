/**
 * Which campaigns the site shows, on the day it is built. The site is
 * static, so a campaign goes live when the site is rebuilt on or after its
 * start date (the README explains the daily rebuild). Dates are UK calendar
 * days: a campaign starting on 1 March is live from the first build on
 * 1 March in the UK, and one ending on 31 March is live all that day.
 */
import { isoDay } from '../../shared/dates.ts';
import { ukTime } from '../../shared/open-now.ts';

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

/**
 * The UK calendar day the site is being built for: VF_TODAY (YYYY-MM-DD)
 * when set, so tests and previews can build "as of" a date; otherwise today
 * in the UK.
 */
export function buildDay(environment: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const fixed = environment['VF_TODAY'];
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed))
      throw new Error(`VF_TODAY must be a date written YYYY-MM-DD, not "${fixed}".`);
    return fixed;
  }
  return ukTime(now).date;
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
