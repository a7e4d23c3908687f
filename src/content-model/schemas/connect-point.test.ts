import { describe, expect, it } from 'vitest';
import { connectPointSchema } from './connect-point.ts';
import { messages } from './test-messages.ts';

const validPoint = {
  name: 'Test Library',
  host: 'Test Council',
  address: { lines: ['Test Library', '1 Test Street'], town: 'Reading', postcode: 'RG1 1AA' },
  area: 'berkshire',
  offers: ['information', 'hate-crime-reporting'],
  lastReviewed: '2026-11-23',
};

describe('the Connect point schema', () => {
  it('accepts a point with only what it needs, and fills in empty lists', () => {
    const result = connectPointSchema.safeParse(validPoint);
    expect(result.success).toBe(true);
    expect(result.data?.accessibility).toEqual([]);
    expect(result.data?.languages).toEqual([]);
  });

  it('takes the shared opening hours, so "open now" works as it does for services', () => {
    const hours = { weekly: [{ days: ['monday'], opens: '09:00', closes: '17:00' }] };
    expect(connectPointSchema.safeParse({ ...validPoint, openingHours: hours }).data?.openingHours).toEqual({
      alwaysOpen: false,
      closedOnBankHolidays: true,
      weekly: hours.weekly,
    });
  });

  it('refuses a postcode written loosely, an area that is not one place, and a point that offers nothing', () => {
    const result = connectPointSchema.safeParse({
      ...validPoint,
      address: { lines: [], town: 'Reading', postcode: 'rg1 1aa' },
      area: 'thames-valley',
      offers: [],
    });
    expect(messages(result)).toEqual([
      'address.lines: needs at least one line, such as the building and the street',
      'address.postcode: must be a full postcode in capital letters with a space, for example "RG1 1QH"',
      'area: must be one of: "berkshire", "buckinghamshire", "milton-keynes", "oxfordshire"',
      'offers: needs at least one thing people can do there',
    ]);
  });
});
