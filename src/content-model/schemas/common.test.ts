import { describe, expect, it } from 'vitest';
import { openingHours } from './common.ts';
import { pageSchema } from './page.ts';
import { messages } from './test-messages.ts';

// Every content type carries the review fields; a page is the smallest one to try them on.
describe('review fields', () => {
  it('turns a YYYY-MM-DD date into a Date, and accepts a Date YAML already made', () => {
    const fromString = pageSchema.parse({
      title: 'About us',
      description: 'About the Victims First service in Thames Valley.',
      lastReviewed: '2026-11-23',
    });
    expect(fromString.lastReviewed.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    const fromDate = pageSchema.parse({
      title: 'About us',
      description: 'About the Victims First service in Thames Valley.',
      lastReviewed: new Date('2026-11-23'),
    });
    expect(fromDate.lastReviewed).toBeInstanceOf(Date);
    expect(fromDate.lang).toBe('en');
  });

  it('rejects a missing or impossible date with words the comms team can act on', () => {
    expect(
      messages(
        pageSchema.safeParse({ title: 'About us', description: 'About the Victims First service in Thames Valley.' }),
      ),
    ).toEqual(['lastReviewed: is missing: add a date written YYYY-MM-DD, for example 2026-11-23']);
    expect(
      messages(
        pageSchema.safeParse({
          title: 'About us',
          description: 'About the Victims First service.',
          lastReviewed: '2026-13-45',
        }),
      ),
    ).toEqual(['lastReviewed: is not a date: write it YYYY-MM-DD, for example 2026-11-23']);
  });
});

describe('opening hours', () => {
  it('needs either always open or some weekly times', () => {
    expect(messages(openingHours.safeParse({}))).toEqual([
      'weekly: needs either "alwaysOpen: true" or at least one block of weekly opening times',
    ]);
    expect(openingHours.safeParse({ alwaysOpen: true }).success).toBe(true);
  });

  it('rejects times that are not HH:MM and closing before opening', () => {
    expect(messages(openingHours.safeParse({ weekly: [{ days: ['monday'], opens: '9am', closes: '17:00' }] }))).toEqual(
      ['weekly.0.opens: must be a 24-hour time written HH:MM, for example "09:00" or "17:30"'],
    );
    expect(
      messages(openingHours.safeParse({ weekly: [{ days: ['monday'], opens: '17:00', closes: '09:00' }] })),
    ).toEqual(['weekly.0.closes: closing time must be later than opening time']);
  });

  it('allows a day that runs to midnight', () => {
    expect(openingHours.safeParse({ weekly: [{ days: ['saturday'], opens: '18:00', closes: '24:00' }] }).success).toBe(
      true,
    );
  });
});
