import { describe, expect, it } from 'vitest';
import { pageSchema } from './page.ts';
import { messages } from './test-messages.ts';

describe('pages', () => {
  const page = {
    title: 'About us',
    description: 'About the Victims First service in Thames Valley.',
    lastReviewed: '2026-11-23',
  };

  it('takes signposts: cards linking on to other pages', () => {
    const parsed = pageSchema.parse({
      ...page,
      signposts: [{ title: 'Know your rights', href: '/your-rights/', text: 'The 12 rights in the Victims’ Code.' }],
    });
    expect(parsed.signposts).toHaveLength(1);
    expect(pageSchema.parse(page).signposts).toEqual([]);
  });

  it('rejects a signpost that leads off the site insecurely', () => {
    const result = pageSchema.safeParse({
      ...page,
      signposts: [{ title: 'Elsewhere', href: 'http://example.org', text: 'A page somewhere else.' }],
    });
    expect(messages(result)[0]).toMatch(/^signposts\.0\.href: must be a path on this site/);
  });
});
