/**
 * The campaigns the site shows on the day it is built: live ones, then past ones. Upcoming ones are not built at all.
 */
import { getCollection } from 'astro:content';
import { buildDay, scheduleCampaigns } from '../../features/campaigns/campaign-schedule.ts';
import type { Campaign } from '../schemas/campaign.ts';

export interface CampaignEntry {
  id: string;
  data: Campaign;
  rendered?: { html: string };
}

export async function campaignsOnSite(): Promise<{ live: CampaignEntry[]; past: CampaignEntry[]; today: string }> {
  const today = buildDay();
  const campaigns = (await getCollection('campaigns')) as unknown as CampaignEntry[];
  return { ...scheduleCampaigns(campaigns, today), today };
}
