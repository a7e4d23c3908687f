import { describe, expect, it } from 'vitest';
import type { Service } from '../../content-model/schemas/service.ts';
import { areasServed, groupOf, onlyOptionsInUse, serviceFacetValues, servicesInGroups } from './service-directory.ts';

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
