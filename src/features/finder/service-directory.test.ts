import { describe, expect, it } from 'vitest';
import type { Service } from '../../content-model/schemas/service.ts';
import {
  areasServed,
  directoryData,
  everyServiceGroup,
  GROUP_ORDER,
  groupOf,
  onlyOptionsInUse,
  serviceFacetValues,
  servicesInGroups,
} from './service-directory.ts';

describe('the service directory', () => {
  it('counts a Thames Valley or national service as serving every area', () => {
    expect(areasServed(['thames-valley'])).toEqual(['berkshire', 'buckinghamshire', 'milton-keynes', 'oxfordshire']);
    expect(areasServed(['national'])).toEqual(['berkshire', 'buckinghamshire', 'milton-keynes', 'oxfordshire']);
    expect(areasServed(['oxfordshire', 'berkshire'])).toEqual(['berkshire', 'oxfordshire']);
  });

  it('puts each service in one group of the full list', () => {
    expect(groupOf({ areas: ['thames-valley'] }).id).toBe('across-thames-valley');
    expect(groupOf({ areas: ['national'] }).id).toBe('national');
    expect(groupOf({ areas: ['berkshire'] })).toMatchObject({
      id: 'berkshire',
      heading: 'In Berkshire',
      title: 'Services in Berkshire',
    });
    expect(groupOf({ areas: ['berkshire', 'oxfordshire'] }).id).toBe('several-areas');
  });

  it('lists the groups Thames Valley first, then each area, then several areas, then national, leaving out empty ones', () => {
    const service = (name: string, areas: Service['areas']) => ({ name, data: { areas } });
    const groups = servicesInGroups([
      service('helpline', ['national']),
      service('reading', ['berkshire']),
      service('hub', ['thames-valley']),
      service('border', ['berkshire', 'oxfordshire']),
      service('oxford', ['oxfordshire']),
      service('newbury', ['berkshire']),
    ]);
    expect(groups.map((group) => [group.heading, group.members.map((member) => member.name)])).toEqual([
      ['Across Thames Valley', ['hub']],
      ['In Berkshire', ['reading', 'newbury']],
      ['In Oxfordshire', ['oxford']],
      ['In more than one area', ['border']],
      ['National helplines and services', ['helpline']],
    ]);
  });

  it('keeps every group, even an empty one, for the groups’ own pages, whose addresses must keep working', () => {
    const groups = everyServiceGroup([{ data: { areas: ['national'] } }]);
    expect(groups.map((group) => group.id)).toEqual([...GROUP_ORDER]);
    expect(groups.map((group) => group.members.length)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(GROUP_ORDER).toEqual([
      'across-thames-valley',
      'berkshire',
      'buckinghamshire',
      'milton-keynes',
      'oxfordshire',
      'several-areas',
      'national',
    ]);
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

describe('the data file the finder loads', () => {
  it('has every service in order, with its group, what it matches, its hours for "open now" and its card', async () => {
    const base = {
      name: 'X',
      provider: 'Y',
      summary: 'A service for testing the data file.',
      audience: { ageGroups: ['adults'], byAndFor: false },
      crimeTypes: ['fraud'],
      supportKinds: ['information'],
      access: ['self-referral'],
      contacts: [{ method: 'phone', value: '0300 123 2040' }],
      languages: ['en'],
      cost: 'Free',
      referrable: false,
      relatedSlugs: [],
      lastReviewed: new Date('2026-11-23'),
    } as const;
    const data = await directoryData(
      [
        { id: 'hub', data: { ...base, areas: ['thames-valley'] } as unknown as Service },
        {
          id: 'line',
          data: {
            ...base,
            areas: ['national'],
            openingHours: { alwaysOpen: true, weekly: [], closedOnBankHolidays: false, note: 'Any time' },
          } as unknown as Service,
        },
      ],
      async (service) => `<li>${service.id}</li>`,
    );
    expect(data.items.map((item) => [item.key, item.group, item.html])).toEqual([
      ['hub', 'across-thames-valley', '<li>hub</li>'],
      ['line', 'national', '<li>line</li>'],
    ]);
    expect(data.items[0]!.hours).toBeUndefined();
    expect(data.items[1]!.hours).toEqual({ alwaysOpen: true, weekly: [], closedOnBankHolidays: false });
    expect(data.items[1]!.facets['area']).toContain('national');
  });
});
