/**
 * The campaigns the site shows on the day it is built: live ones, then
 * unconfirmed ones (past their review date), then past ones. Upcoming ones
 * are not built at all until a build on or after their start date.
 */
import { allCampaigns, type CampaignEntry } from '../../content-model/collections/campaigns.ts';
import { buildDay } from '../../shared/uk-time.ts';
import { campaignStatus, scheduleCampaigns, type CampaignSchedule, type CampaignStatus } from './campaign-schedule.ts';

export interface CampaignsOnSite extends CampaignSchedule<CampaignEntry> {
  /** Every campaign with a page: live, unconfirmed and past, in that order. */
  published: CampaignEntry[];
  today: string;
}

export async function campaignsOnSite(): Promise<CampaignsOnSite> {
  const today = buildDay();
  const schedule = scheduleCampaigns(await allCampaigns(), today);
  return { ...schedule, published: [...schedule.live, ...schedule.unconfirmed, ...schedule.past], today };
}

/** A campaign's status on the day the site is built, for the words next to its dates. */
export function statusOnSite(campaign: CampaignEntry): CampaignStatus {
  return campaignStatus(campaign.data, buildDay());
}
