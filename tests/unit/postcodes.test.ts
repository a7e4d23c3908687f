import { describe, expect, it } from 'vitest';
import { inThamesValley } from '../../src/lib/referral/postcodes.ts';

describe('postcodes in Thames Valley', () => {
  it('knows the districts inside', () => {
    for (const postcode of ['OX1 1AA', 'ox4 2jy', 'RG1 1AA', 'RG45 7AA', 'SL4 1NJ', 'HP20 1UA', 'MK9 3EJ', 'SN7 7AA', 'GU47 0AA', 'MK17'])
      expect(inThamesValley(postcode), postcode).toBe(true);
  });

  it('knows the districts in the same areas that are outside', () => {
    for (const postcode of ['RG21 4AA', 'RG24 9AA', 'HP1 1AA', 'HP4 2AA', 'MK40 1AA', 'MK45 2AA', 'GU14 6AA', 'SN1 1AA', 'M1 1AA', 'EC1A 1BB'])
      expect(inThamesValley(postcode), postcode).toBe(false);
  });

  it('does not guess from half-typed or nonsense input', () => {
    expect(inThamesValley('')).toBeUndefined();
    expect(inThamesValley('nowhere')).toBeUndefined();
  });
});
