/**
 * A small period of figures and content health, for the report's tests and for seeing the report without a live
 * intake (`npm run comms:report -- --example`).
 */
import type { ContentHealth } from './content-health.ts';
import type { InsightData } from './insight.ts';

export const EXAMPLE_DATA: InsightData = {
  from: '2026-11-20',
  to: '2026-11-26',
  countingReads: true,
  pages: ['/', '/refer/', '/your-rights/', '/vip/burglary/', '/connect/'],
  reads: [
    { day: '2026-11-20', page: '/', reads: 40 },
    { day: '2026-11-20', page: '/refer/', reads: 12 },
    { day: '2026-11-21', page: '/', reads: 35 },
    { day: '2026-11-21', page: '/your-rights/', reads: 18 },
    { day: '2026-11-23', page: '/refer/', reads: 9 },
    { day: '2026-11-26', page: '/vip/burglary/', reads: 7 },
  ],
  feedback: [
    {
      day: '2026-11-20',
      page: '/your-rights/',
      useful: 'no',
      whatWasWrong: 'I could not find how to complain.',
      lang: 'en',
    },
    { day: '2026-11-21', page: '/your-rights/', useful: 'yes', whatWasWrong: '', lang: 'en' },
    { day: '2026-11-22', page: '/refer/', useful: 'yes', whatWasWrong: '', lang: 'pl' },
    {
      day: '2026-11-24',
      page: '/your-rights/',
      useful: 'no',
      whatWasWrong: 'Too long. Call me on [removed] <b>',
      lang: 'en',
    },
  ],
};

export const EXAMPLE_HEALTH: ContentHealth = {
  toCheck: [{ file: 'content/services/example.md', says: 'Confirm the opening hours with the service.' }],
  overdue: [{ file: 'content/pages/en/about.md', says: 'Last reviewed was 2025-01-02: more than 12 months ago.' }],
  campaignsPastReview: [],
  translationsBehind: [{ file: 'content/pages/pl/refer.md', says: 'Its English has changed since it was translated.' }],
  brokenLinks: [{ from: '/about/', to: '/old-page/' }],
};
