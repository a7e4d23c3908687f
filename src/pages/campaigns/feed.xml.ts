/**
 * /campaigns/feed.xml: an RSS feed of campaigns for partners, every campaign
 * with a page (live, unconfirmed and past), newest first. Like the pages, it holds only campaigns that have
 * started by the day the site was built.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { campaignsOnSite } from '../../features/campaigns/campaigns-on-site.ts';
import { siteSettings } from '../../content-model/collections/settings.ts';

export async function GET(context: APIContext) {
  const settings = await siteSettings();
  const { published } = await campaignsOnSite();
  return rss({
    title: `${settings.serviceName}: campaigns`,
    description: `Awareness campaigns from ${settings.serviceName}, for victims and witnesses of crime in Thames Valley.`,
    site: context.site ?? settings.siteUrl,
    items: [...published]
      .sort((a, b) => b.data.start.getTime() - a.data.start.getTime())
      .map((campaign) => ({
        title: campaign.data.title,
        description: campaign.data.summary,
        link: `/campaigns/${campaign.data.slug}/`,
        pubDate: campaign.data.start,
        categories: [campaign.data.hashtag],
      })),
    customData: '<language>en-gb</language>',
  });
}
