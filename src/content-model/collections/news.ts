/**
 * News items dated on or before the day the site is built, newest first. Later ones appear on their date, with the
 * daily rebuild.
 */
import { getCollection } from 'astro:content';
import { buildDay } from '../../shared/uk-time.ts';
import { isoDay } from '../../shared/dates.ts';
import type { NewsItem } from '../schemas/news-item.ts';

export interface NewsEntry {
  id: string;
  data: NewsItem;
  rendered?: { html: string };
}

export async function publishedNews(): Promise<NewsEntry[]> {
  const today = buildDay();
  const items = (await getCollection('news')) as unknown as NewsEntry[];
  return items
    .filter((item) => isoDay(item.data.date) <= today)
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}
