import { describe, expect, it } from 'vitest';
import { campaignReviewOverdue, campaignSchema } from './campaign.ts';
import { messages } from './test-messages.ts';

describe('campaigns', () => {
  const campaign = {
    title: 'Know This Isn’t Love',
    slug: 'know-this-isnt-love',
    hashtag: '#KnowThisIsntLove',
    summary: 'The early warning signs of coercive control, in every kind of relationship.',
    start: '2026-02-01',
    lastReviewed: '2026-11-23',
  };

  it('accepts a campaign with no end date when it has a review date', () => {
    expect(campaignSchema.safeParse({ ...campaign, reviewBy: '2026-05-01' }).success).toBe(true);
    expect(campaignSchema.safeParse({ ...campaign, end: '2026-03-01' }).success).toBe(true);
  });

  it('refuses a campaign with neither an end date nor a review date, naming the review date', () => {
    expect(messages(campaignSchema.safeParse(campaign))).toEqual([
      'reviewBy: is missing: a campaign with no end date needs a review date, the day by which you will check it is still running (or give it an end date)',
    ]);
  });

  it('refuses a review date before the start date', () => {
    expect(messages(campaignSchema.safeParse({ ...campaign, reviewBy: '2026-01-31' }))).toEqual([
      'reviewBy: must not be before the start date',
    ]);
  });

  it('rejects a campaign that ends before it starts, and a hero image without alt text', () => {
    const result = campaignSchema.safeParse({
      ...campaign,
      end: '2026-01-01',
      hero: { src: '/images/a.png', alt: '' },
    });
    expect(messages(result)).toContain('hero.alt: needs alternative text that says what the image shows');
    const backwards = campaignSchema.safeParse({ ...campaign, end: '2026-01-01' });
    expect(messages(backwards)).toEqual(['end: must not be before the start date']);
  });

  it('is overdue for review after its review date, until it ends', () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const openEnded = { reviewBy: d('2026-02-25') };
    expect(campaignReviewOverdue(openEnded, '2026-02-25')).toBe(false);
    expect(campaignReviewOverdue(openEnded, '2026-02-26')).toBe(true);
    expect(campaignReviewOverdue({ ...openEnded, end: d('2026-12-31') }, '2026-11-28')).toBe(true);
    // Once it has ended, the end date says all there is to say.
    expect(campaignReviewOverdue({ ...openEnded, end: d('2026-03-31') }, '2026-11-28')).toBe(false);
    expect(campaignReviewOverdue({ end: d('2026-03-31') }, '2026-11-28')).toBe(false);
  });
});
