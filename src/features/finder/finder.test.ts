import { describe, expect, it } from 'vitest';
import {
  choiceFromQuery,
  describeCount,
  filterBySelection,
  groupLinkText,
  isShown,
  liveMessage,
  matchesSelection,
  postcodeFilter,
  queryFromSelection,
  selectionFromQuery,
  shareQuery,
  type Choice,
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

describe('what a postcode says', () => {
  it('says nothing while the field is empty, and narrows nothing', () => {
    expect(postcodeFilter('')).toEqual({ areas: undefined, note: '', state: '' });
    expect(postcodeFilter('   ')).toEqual({ areas: undefined, note: '', state: '' });
  });

  it('asks for the first part of a postcode while what is typed is not one yet', () => {
    for (const typed of ['R', 'Reading', '12'])
      expect(postcodeFilter(typed), typed).toEqual({
        areas: undefined,
        note: 'Type the first part of a postcode, for example RG1 or OX4.',
        state: '',
      });
  });

  it('names the area a postcode in Thames Valley is in, and filters by it', () => {
    expect(postcodeFilter('OX4')).toEqual({
      areas: ['oxfordshire'],
      note: 'Showing services for Oxfordshire.',
      state: 'inside',
    });
    expect(postcodeFilter('ox4 2jy').areas).toEqual(['oxfordshire']);
  });

  it('names both areas when a postcode district straddles a boundary', () => {
    expect(postcodeFilter('RG4')).toEqual({
      areas: ['berkshire', 'oxfordshire'],
      note: 'Showing services for Berkshire and Oxfordshire.',
      state: 'inside',
    });
  });

  it('shows national services for a postcode outside Thames Valley, and says so', () => {
    expect(postcodeFilter('M1')).toEqual({
      areas: ['national'],
      note: 'That postcode is outside Thames Valley. Showing national services, which anyone can use.',
      state: 'outside',
    });
  });
});

describe('which items show', () => {
  const localAreas = ['berkshire', 'buckinghamshire', 'milton-keynes', 'oxfordshire'];
  const hub = { facets: { area: ['berkshire', 'oxfordshire'], crime: ['fraud'] }, open: true };
  const helpline = { facets: { area: [...localAreas, 'national'], crime: ['fraud', 'domestic-abuse'] } };
  const local = { facets: { area: ['oxfordshire'], crime: ['domestic-abuse'] }, open: false };
  const choice = (picked: Partial<Choice>): Choice => ({
    selection: {},
    postcodeAreas: undefined,
    openNow: false,
    ...picked,
  });
  const shown = (picked: Partial<Choice>) =>
    Object.entries({ hub, helpline, local })
      .filter(([, item]) => isShown(item, choice(picked)))
      .map(([name]) => name);

  it('shows everything when nothing is chosen', () => {
    expect(shown({})).toEqual(['hub', 'helpline', 'local']);
  });

  it('shows only services in one of the areas a postcode stands for', () => {
    expect(shown({ postcodeAreas: ['berkshire'] })).toEqual(['hub', 'helpline']);
    expect(shown({ postcodeAreas: ['buckinghamshire', 'oxfordshire'] })).toEqual(['hub', 'helpline', 'local']);
  });

  it('shows only national services for a postcode outside Thames Valley', () => {
    expect(shown({ postcodeAreas: postcodeFilter('M1').areas })).toEqual(['helpline']);
  });

  it('with "open now" ticked, leaves out services that are closed or have no opening hours', () => {
    expect(shown({ openNow: true })).toEqual(['hub']);
  });

  it('needs an item to match the filters, the postcode and "open now" all at once', () => {
    expect(shown({ selection: { crime: 'domestic-abuse' }, postcodeAreas: ['oxfordshire'] })).toEqual([
      'helpline',
      'local',
    ]);
    expect(shown({ selection: { crime: 'domestic-abuse' }, postcodeAreas: ['oxfordshire'], openNow: true })).toEqual(
      [],
    );
  });
});

describe('what screen readers hear when the list changes', () => {
  it('is only the count, for a postcode inside Thames Valley or none', () => {
    expect(liveMessage(undefined, 12, 'service', 'services')).toBe('12 services match');
    expect(liveMessage(postcodeFilter('OX4'), 3, 'service', 'services')).toBe('3 services match');
    expect(liveMessage(postcodeFilter('R'), 0, 'service', 'services')).toBe('No services match');
  });

  it('says why the list changed before the count, for a postcode outside Thames Valley', () => {
    expect(liveMessage(postcodeFilter('M1'), 1, 'service', 'services')).toBe(
      'That postcode is outside Thames Valley. Showing national services, which anyone can use. 1 service matches',
    );
  });
});

describe('the links to each group', () => {
  it('count what shows in the group', () => {
    expect(groupLinkText('In Berkshire', 3)).toBe('In Berkshire (3)');
    expect(groupLinkText('National helplines and services', 0)).toBe('National helplines and services (0)');
  });
});

describe('the link to share', () => {
  const order = ['area', 'crime', 'age'];

  it('holds the filters picked, in the form\'s order, then "open now"', () => {
    expect(shareQuery({ crime: 'fraud', area: 'berkshire', age: '' }, false, order)).toBe(
      '?area=berkshire&crime=fraud',
    );
    expect(shareQuery({ crime: 'fraud' }, true, order)).toBe('?crime=fraud&open=now');
    expect(shareQuery({}, true, order)).toBe('?open=now');
  });

  it('is empty when nothing is picked, so it is not offered', () => {
    expect(shareQuery({ area: '', crime: '' }, false, order)).toBe('');
  });

  it('restores the filters and "open now" it holds, ignoring anything else, such as a postcode', () => {
    const allowed = { area: ['berkshire', 'oxfordshire'], crime: ['fraud'] };
    expect(choiceFromQuery('?area=berkshire&crime=fraud&open=now', allowed)).toEqual({
      selection: { area: 'berkshire', crime: 'fraud' },
      openNow: true,
    });
    expect(choiceFromQuery('?postcode=OX4&open=soon&area=atlantis', allowed)).toEqual({
      selection: {},
      openNow: false,
    });
    expect(choiceFromQuery(shareQuery({ area: 'oxfordshire' }, true, order), allowed)).toEqual({
      selection: { area: 'oxfordshire' },
      openNow: true,
    });
  });
});
