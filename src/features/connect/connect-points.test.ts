import { readFileSync, globSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readData } from '../../content-model/front-matter.ts';
import { connectPointSchema, type ConnectPoint } from '../../content-model/schemas/connect-point.ts';
import { isOpenAt } from '../../shared/open-now.ts';
import { ukTime } from '../../shared/uk-time.ts';
import {
  addressLine,
  connectFacetValues,
  connectFilters,
  connectGroups,
  offerLabels,
  townAnchor,
} from './connect-points.ts';
import { connectPointStructuredData } from './connect-structured-data.ts';

/** The fixture points the browser-free tests and the fixture build share. */
const fixtures = globSync('tests/fixtures/content-valid/connect/*.md')
  .sort()
  .map((file) => ({
    id: path.basename(file, '.md'),
    data: connectPointSchema.parse(readData(readFileSync(file, 'utf8'), file)) as ConnectPoint,
  }));
const point = (id: string) => fixtures.find((entry) => entry.id === id)!.data;

describe('the list of Connect points', () => {
  it('groups points by area, then town, each A to Z', () => {
    expect(connectGroups(fixtures).map((group) => [group.id, group.heading, group.members.map((m) => m.id)])).toEqual([
      ['berkshire-reading', 'Reading, Berkshire', ['fixture-reading-community-centre', 'fixture-reading-library']],
      ['oxfordshire-oxford', 'Oxford, Oxfordshire', ['fixture-oxford-college']],
    ]);
  });

  it('keeps one group for a town written with different capitals or spaces', () => {
    const library = point('fixture-reading-library');
    const other = { data: { ...library, name: 'Another', address: { ...library.address, town: 'Milton  keynes' } } };
    const third = { data: { ...library, address: { ...library.address, town: 'Milton Keynes' } } };
    expect(connectGroups([other, third]).map((group) => group.id)).toEqual(['berkshire-milton-keynes']);
    expect(townAnchor('Henley-on-Thames')).toBe('henley-on-thames');
  });

  it('gives nothing to group for no points, so the page can say so instead', () => {
    expect(connectGroups([])).toEqual([]);
  });

  it('filters by area, by what a point offers and by access, with values the form offers', () => {
    expect(connectFacetValues(point('fixture-reading-library'))).toEqual({
      area: ['berkshire'],
      offer: ['information', 'safety-advice', 'hate-crime-information', 'hate-crime-reporting', 'referral'],
      access: ['step-free', 'hearing-loop'],
    });
    expect(connectFacetValues(point('fixture-oxford-college')).access).toEqual([]);
    for (const filter of connectFilters) {
      const offered = new Set(filter.options.map((option) => option.value));
      for (const { data } of fixtures)
        for (const value of connectFacetValues(data)[filter.name] ?? []) expect(offered).toContain(value);
    }
  });

  it('writes the address on one line and lists what a point offers in a fixed order', () => {
    expect(addressLine(point('fixture-reading-library'))).toBe('Fixture Library, 1 Test Street, Reading RG1 1AA');
    expect(offerLabels({ offers: ['referral', 'information'] })).toEqual([
      'Get information about Victims First and support',
      'Ask staff to refer you to Victims First',
    ]);
  });

  it('says which points are open at a fixed time, in UK time', () => {
    const mondayMorning = ukTime(new Date('2026-11-23T10:00:00Z'));
    const saturdayMorning = ukTime(new Date('2026-11-28T11:00:00Z'));
    const open = (when: typeof mondayMorning) =>
      fixtures.filter(({ data }) => data.openingHours && isOpenAt(data.openingHours, when, [])).map(({ id }) => id);
    expect(open(mondayMorning)).toEqual(['fixture-reading-library']);
    expect(open(saturdayMorning)).toEqual(['fixture-reading-community-centre']);
  });
});

describe('a Connect point’s structured data', () => {
  it('is a schema.org Place with its address, hours and access, and no map or coordinates', () => {
    const data = connectPointStructuredData(
      point('fixture-reading-library'),
      'https://www.example.org/connect/fixture-reading-library/',
    );
    expect(data).toMatchObject({
      '@type': 'Place',
      name: 'Fixture Reading Library',
      url: 'https://www.example.org/connect/fixture-reading-library/',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Fixture Library, 1 Test Street',
        addressLocality: 'Reading',
        addressRegion: 'Berkshire',
        postalCode: 'RG1 1AA',
        addressCountry: 'GB',
      },
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: [
            'https://schema.org/Monday',
            'https://schema.org/Tuesday',
            'https://schema.org/Wednesday',
            'https://schema.org/Thursday',
            'https://schema.org/Friday',
          ],
          opens: '09:00',
          closes: '17:00',
        },
      ],
      amenityFeature: [
        { '@type': 'LocationFeatureSpecification', name: 'Step-free access', value: true },
        { '@type': 'LocationFeatureSpecification', name: 'Hearing loop', value: true },
      ],
    });
    expect(JSON.stringify(data)).not.toMatch(/geo|latitude|map/i);
    const college = connectPointStructuredData(point('fixture-oxford-college'), 'https://www.example.org/x/');
    expect(college).not.toHaveProperty('openingHoursSpecification');
    expect(college).not.toHaveProperty('amenityFeature');
  });
});
