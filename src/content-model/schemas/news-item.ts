import { z } from 'astro/zod';
import { calendarDate, reviewFields, slug } from './common.ts';

/** A short news item for partners and the public: shown from its date, in the news list and the feed. */
export const newsItemSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3)
    .meta({ description: 'The headline, for example "Ask for support online, any time".' }),
  slug: slug.meta({
    description:
      'The end of the item\'s web address, for example "online-referrals" for /news/online-referrals/. Never change it once published.',
    cms: { label: 'Web address name' },
  }),
  date: calendarDate.meta({
    description: 'The date the item is published. An item dated in the future appears on that day.',
    cms: { label: 'Date' },
  }),
  summary: z
    .string()
    .trim()
    .min(20)
    .max(300)
    .meta({
      description:
        'One or two sentences, 20 to 300 characters, saying what the news is. Shown in the list and the feed.',
      cms: { widget: 'text' },
    }),
  ...reviewFields,
});
export type NewsItem = z.infer<typeof newsItemSchema>;
