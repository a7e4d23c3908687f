import { describe, expect, it } from 'vitest';
import { areasServed, groupOf, onlyOptionsInUse, serviceFacetValues } from './service-directory.ts';

describe('the service directory', () => {
  it('counts a Thames Valley or national service as serving every area', () => {
    expect(areasServed(['thames-valley'])).toEqual(['berkshire', 'buckinghamshire', 'milton-keynes', 'oxfordshire']);
    expect(areasServed(['national'])).toEqual(['berkshire', 'buckinghamshire', 'milton-keynes', 'oxfordshire']);
    expect(areasServed(['oxfordshire', 'berkshire'])).toEqual(['berkshire', 'oxfordshire']);
  });

  it('puts each service in one group of the full list', () => {
    expect(groupOf({ areas: ['thames-valley'] }).id).toBe('across-thames-valley');
    expect(groupOf({ areas: ['national'] }).id).toBe('national');
    expect(groupOf({ areas: ['berkshire'] })).toEqual({ id: 'berkshire', heading: 'In Berkshire' });
    expect(groupOf({ areas: ['berkshire', 'oxfordshire'] }).id).toBe('several-areas');
  });

  it('gives the filters each contact method once and marks national services', () => {
    const values = serviceFacetValues({
      name: 'X',
      provider: 'Y',
      summary: 'A national helpline for testing.',
      audience: { ageGroups: ['adults'], byAndFor: false },
      crimeTypes: ['fraud'],
      areas: ['national'],
      supportKinds: ['information'],
      access: ['self-referral'],
      contacts: [
        { method: 'phone', value: '0300 123 2040' },
        { method: 'phone', value: '0300 123 2041' },
      ],
      languages: ['en'],
      cost: 'Free',
      referrable: false,
      relatedSlugs: [],
      lastReviewed: new Date('2026-11-23'),
    });
    expect(values['contact']).toEqual(['phone']);
    expect(values['area']).toContain('national');
    expect(values['area']).toContain('milton-keynes');
  });
});

describe('filter options', () => {
  it('offer only values some item has, so no single choice is a dead end', () => {
    const facets = [
      {
        name: 'contact',
        label: 'How?',
        any: 'Any way',
        options: [
          { value: 'phone', label: 'Phone' },
          { value: 'text', label: 'Text' },
        ],
      },
    ];
    expect(onlyOptionsInUse(facets, [{ contact: ['phone'] }, { contact: ['phone', 'web'] }])[0]!.options).toEqual([
      { value: 'phone', label: 'Phone' },
    ]);
  });
});
