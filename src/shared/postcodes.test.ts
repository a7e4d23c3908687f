import { describe, expect, it } from 'vitest';
import { areasForPostcode, inThamesValley } from './postcodes.ts';

describe('postcodes in Thames Valley', () => {
  it('knows the districts inside', () => {
    for (const postcode of [
      'OX1 1AA',
      'ox4 2jy',
      'RG1 1AA',
      'RG45 7AA',
      'SL4 1NJ',
      'HP20 1UA',
      'MK9 3EJ',
      'SN7 7AA',
      'GU47 0AA',
      'MK17',
    ])
      expect(inThamesValley(postcode), postcode).toBe(true);
  });

  it('knows the districts in the same areas that are outside', () => {
    for (const postcode of [
      'RG21 4AA',
      'RG24 9AA',
      'HP1 1AA',
      'HP4 2AA',
      'MK40 1AA',
      'MK45 2AA',
      'GU14 6AA',
      'SN1 1AA',
      'M1 1AA',
      'EC1A 1BB',
    ])
      expect(inThamesValley(postcode), postcode).toBe(false);
  });

  it('does not guess from half-typed or nonsense input', () => {
    expect(inThamesValley('')).toBeUndefined();
    expect(inThamesValley('nowhere')).toBeUndefined();
  });

  it('says which area of Thames Valley a postcode is in, both where a district straddles a boundary', () => {
    expect(areasForPostcode('RG1 1AA')).toEqual(['berkshire']);
    expect(areasForPostcode('OX4 2JY')).toEqual(['oxfordshire']);
    expect(areasForPostcode('hp20')).toEqual(['buckinghamshire']);
    expect(areasForPostcode('MK9 3EJ')).toEqual(['milton-keynes']);
    expect(areasForPostcode('SL7 1AA')).toEqual(['buckinghamshire']);
    expect(areasForPostcode('SN7 7AA')).toEqual(['oxfordshire']);
    expect(areasForPostcode('GU47 0AA')).toEqual(['berkshire']);
    expect(areasForPostcode('RG9 1AA')).toEqual(['oxfordshire', 'buckinghamshire', 'berkshire']);
    expect(areasForPostcode('SL6 0AA')).toEqual(['berkshire', 'buckinghamshire']);
    expect(areasForPostcode('MK18 4AA')).toEqual(['buckinghamshire', 'oxfordshire']);
    expect(areasForPostcode('OX27 9AA')).toEqual(['oxfordshire', 'buckinghamshire']);
    // Border districts with Thames Valley villages: never "outside".
    expect(areasForPostcode('MK46 4AA')).toEqual(['milton-keynes']);
    expect(areasForPostcode('TW19 5AA')).toEqual(['berkshire']);
    expect(areasForPostcode('LU7 9AA')).toEqual(['buckinghamshire']);
    expect(areasForPostcode('SN6 8AA')).toEqual(['oxfordshire']);
    expect(areasForPostcode('UB9 5AA')).toEqual(['buckinghamshire']);
    expect(areasForPostcode('M1 1AA')).toEqual([]);
    expect(areasForPostcode('RG21')).toEqual([]);
    expect(areasForPostcode('not a postcode')).toBeUndefined();
  });
});
