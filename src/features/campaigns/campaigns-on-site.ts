/**
 * The campaigns the site shows on the day it is built: live ones, then past
 * ones. Upcoming ones are not built at all until a build on or after their
 * start date.
 */
import { allCampaigns, type CampaignEntry } from '../../content-model/collections/campaigns.ts';
import { buildDay } from '../../shared/uk-time.ts';
import { scheduleCampaigns } from './campaign-schedule.ts';

export async function campaignsOnSite(): Promise<{ live: CampaignEntry[]; past: CampaignEntry[]; today: string }> {
  const today = buildDay();
  return { ...scheduleCampaigns(await allCampaigns(), today), today };
}
