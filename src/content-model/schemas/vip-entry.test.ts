import { describe, expect, it } from 'vitest';
import { messages } from './test-messages.ts';
import { vipEntrySchema } from './vip-entry.ts';

describe('pack entries', () => {
  it('keeps pack codes short and URL-safe, since they are printed on leaflets', () => {
    const entry = {
      code: 'burglary',
      title: 'Burglary',
      summary: 'What happens after a burglary and who can help.',
      kind: 'crime-specific',
      order: 10,
      lastReviewed: '2026-11-23',
    };
    expect(vipEntrySchema.safeParse(entry).success).toBe(true);
    expect(messages(vipEntrySchema.safeParse({ ...entry, code: 'Burglary Help' }))).toEqual([
      'code: must use only lower case letters, numbers and hyphens, for example "hate-crime"',
    ]);
  });
});
