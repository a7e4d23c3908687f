import { describe, expect, it } from 'vitest';
import {
  describeCount,
  filterBySelection,
  matchesSelection,
  queryFromSelection,
  selectionFromQuery,
} from './finder.ts';

const items = [
  {
    name: 'Hub',
    facets: { area: ['berkshire', 'oxfordshire'], crime: ['fraud', 'burglary'], contact: ['phone', 'web'] },
  },
  {
    name: 'Helpline',
    facets: { area: ['berkshire', 'oxfordshire', 'milton-keynes'], crime: ['domestic-abuse'], contact: ['phone'] },
  },
  {
    name: 'Local',
    facets: { area: ['oxfordshire'], crime: ['domestic-abuse', 'sexual-violence'], contact: ['email'] },
  },
];
const names = (selection: Record<string, string>) =>
  filterBySelection(items, (item) => item.facets, selection).map((item) => item.name);

describe('filtering by facets', () => {
  it('shows everything when nothing is picked', () => {
    expect(names({})).toEqual(['Hub', 'Helpline', 'Local']);
    expect(names({ area: '' })).toEqual(['Hub', 'Helpline', 'Local']);
  });

  it('shows only items matching every facet picked', () => {
    expect(names({ area: 'oxfordshire' })).toEqual(['Hub', 'Helpline', 'Local']);
    expect(names({ area: 'oxfordshire', crime: 'domestic-abuse' })).toEqual(['Helpline', 'Local']);
    expect(names({ area: 'oxfordshire', crime: 'domestic-abuse', contact: 'phone' })).toEqual(['Helpline']);
    expect(names({ area: 'milton-keynes', crime: 'fraud' })).toEqual([]);
  });

  it('treats a facet an item does not have as not matching', () => {
    expect(matchesSelection({ area: ['berkshire'] }, { topic: 'sleep' })).toBe(false);
  });
});

describe('filters in the address', () => {
  const allowed = { area: ['berkshire', 'oxfordshire'], crime: ['fraud', 'domestic-abuse'] };

  it('reads known facets and values, and ignores the rest', () => {
    expect(selectionFromQuery('?area=berkshire&crime=fraud', allowed)).toEqual({ area: 'berkshire', crime: 'fraud' });
    expect(selectionFromQuery('?area=atlantis&crime=fraud&name=Jo', allowed)).toEqual({ crime: 'fraud' });
    expect(selectionFromQuery('', allowed)).toEqual({});
  });

  it('writes facets in a fixed order and leaves out empty ones, so the same filters give the same link', () => {
    expect(queryFromSelection({ crime: 'fraud', area: 'berkshire' }, ['area', 'crime'])).toBe(
      '?area=berkshire&crime=fraud',
    );
    expect(queryFromSelection({ crime: '', area: 'berkshire' }, ['area', 'crime'])).toBe('?area=berkshire');
    expect(queryFromSelection({}, ['area', 'crime'])).toBe('');
  });

  it('round-trips', () => {
    const selection = { area: 'oxfordshire', crime: 'domestic-abuse' };
    expect(selectionFromQuery(queryFromSelection(selection, ['area', 'crime']), allowed)).toEqual(selection);
  });
});

describe('the count people hear', () => {
  it('is in plain words', () => {
    expect(describeCount(0, 'service', 'services')).toBe('No services match');
    expect(describeCount(1, 'service', 'services')).toBe('1 service matches');
    expect(describeCount(12, 'service', 'services')).toBe('12 services match');
  });
});

describe('who a service is for', async () => {
  const { describeAudience } = await import('./service-audience.ts');

  it('reads as one plain line', () => {
    expect(
      describeAudience({ ageGroups: ['children', 'young-people'], minimumAge: 5, maximumAge: 18, byAndFor: false }),
    ).toBe('People, ages 5 to 18');
    expect(
      describeAudience({ ageGroups: ['children', 'young-people', 'adults', 'older-people'], byAndFor: false }),
    ).toBe('Everyone');
    expect(describeAudience({ ageGroups: ['adults', 'older-people'], byAndFor: false })).toBe(
      'Adults (18 and over), Older people (65 and over)',
    );
    expect(
      describeAudience({
        ageGroups: ['adults'],
        genderFocus: 'Women',
        minimumAge: 16,
        communityFocus: 'Black and minoritised women',
        byAndFor: true,
      }),
    ).toBe('Women, aged 16 and over; run by and for Black and minoritised women');
  });
});

describe('the service directory', async () => {
  const { areasServed, groupOf, serviceFacetValues } = await import('./service-directory.ts');

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

describe('filter options', async () => {
  const { onlyOptionsInUse } = await import('./service-directory.ts');

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
