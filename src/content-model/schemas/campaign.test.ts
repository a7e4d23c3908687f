import { describe, expect, it } from 'vitest';
import { campaignSchema } from './campaign.ts';
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

  it('accepts a campaign with no end date', () => {
    expect(campaignSchema.safeParse(campaign).success).toBe(true);
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
});
