/** Every campaign in content/campaigns, whatever its dates (the campaigns feature decides which the site shows). */
import { getCollection } from 'astro:content';
import type { Campaign } from '../schemas/campaign.ts';

export interface CampaignEntry {
  id: string;
  data: Campaign;
  rendered?: { html: string };
}

export async function allCampaigns(): Promise<CampaignEntry[]> {
  return (await getCollection('campaigns')) as unknown as CampaignEntry[];
}
