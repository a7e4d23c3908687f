/**
 * /feed.xml: the RSS feed for partners, with campaigns and news, newest
 * first. Like the pages, it holds only what has started by the day the
 * site was built. /campaigns/feed.xml has the campaigns alone.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { campaignsOnSite } from '../features/campaigns/campaigns-on-site.ts';
import { publishedNews } from '../content-model/collections/news.ts';
import { siteSettings } from '../content-model/collections/settings.ts';

export async function GET(context: APIContext) {
  const settings = await siteSettings();
  const { published } = await campaignsOnSite();
  const campaigns = published.map((campaign) => ({
    title: `Campaign: ${campaign.data.title}`,
    description: campaign.data.summary,
    link: `/campaigns/${campaign.data.slug}/`,
    pubDate: campaign.data.start,
    categories: ['Campaign', campaign.data.hashtag],
  }));
  const news = (await publishedNews()).map((item) => ({
    title: item.data.title,
    description: item.data.summary,
    link: `/news/${item.data.slug}/`,
    pubDate: item.data.date,
    categories: ['News'],
  }));
  return rss({
    title: `${settings.serviceName}: news and campaigns`,
    description: `News and awareness campaigns from ${settings.serviceName}, for victims and witnesses of crime in Thames Valley and the people who support them.`,
    site: context.site ?? settings.siteUrl,
    items: [...campaigns, ...news].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    customData: '<language>en-gb</language>',
  });
}
