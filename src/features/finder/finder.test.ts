import { describe, expect, it } from 'vitest';
import {
  choiceFromQuery,
  choosesNothing,
  describeCount,
  filterBySelection,
  groupLinkText,
  isShown,
  liveMessage,
  loadingMessage,
  matchesSelection,
  moreLength,
  postcodeFilter,
  previewLength,
  queryFromSelection,
  readFinderData,
  resultsInGroups,
  firstDrawnForEachChoice,
  resultsPreviewLength,
  selectionFromQuery,
  shareQuery,
  showsFor,
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

describe('what screen readers hear while a long list loads, or if it cannot', () => {
  it('says the list is being found, then the count', () => {
    expect(loadingMessage('services')).toBe('Finding services…');
  });

  it('says, before the count, that only the page’s own services were looked at', () => {
    expect(liveMessage(undefined, 4, 'service', 'services', true)).toBe(
      'The full list of services did not load. Showing matches from this page only. 4 services match',
    );
  });
});

describe('a choice of nothing', () => {
  const choice = (change: Partial<Choice>): Choice => ({
    selection: { area: '', crime: '' },
    postcodeAreas: undefined,
    openNow: false,
    ...change,
  });

  it('is no filter picked, no postcode that narrows the list, and "open now" not ticked', () => {
    expect(choosesNothing(choice({}))).toBe(true);
    expect(choosesNothing(choice({ selection: { area: 'berkshire', crime: '' } }))).toBe(false);
    expect(choosesNothing(choice({ postcodeAreas: ['national'] }))).toBe(false);
    expect(choosesNothing(choice({ openNow: true }))).toBe(false);
  });
});

describe('how much of a long group shows', () => {
  it('shows a group of up to 25 whole, and the first 10 of a longer one', () => {
    expect(previewLength(0)).toBe(0);
    expect(previewLength(21)).toBe(21);
    expect(previewLength(25)).toBe(25);
    expect(previewLength(26)).toBe(10);
    expect(previewLength(2000)).toBe(10);
  });

  it('once filtered, draws every match when 40 or fewer match in all, and otherwise the first 3 of each group', () => {
    expect(resultsPreviewLength(21, 38)).toBe(21);
    expect(resultsPreviewLength(25, 40)).toBe(25);
    expect(resultsPreviewLength(212, 1422)).toBe(3);
    expect(resultsPreviewLength(2, 1422)).toBe(2);
  });

  it('shows 20 more each time "Show more" is pressed, never more than there are', () => {
    expect(moreLength(10, 212)).toBe(30);
    expect(moreLength(30, 35)).toBe(35);
    expect(moreLength(35, 35)).toBe(35);
  });
});

describe('which results are drawn', () => {
  const list = [
    { key: 'a', group: 'berkshire', match: true },
    { key: 'b', group: 'national', match: true },
    { key: 'c', group: 'berkshire', match: false },
    { key: 'd', group: 'berkshire', match: true },
    { key: 'e', group: 'berkshire', match: true },
    { key: 'f', group: 'unknown', match: true },
  ];
  const drawn = (limit: (group: string, matches: number, total: number) => number) =>
    resultsInGroups(list, ['across-thames-valley', 'berkshire', 'national'], (item) => item.match, limit).map(
      (result) => [result.group, result.matches, result.drawn.map((item) => item.key).join('')],
    );

  it('counts every match in each group, in the groups’ order, and draws up to the limit in the list’s order', () => {
    expect(drawn(() => 2)).toEqual([
      ['across-thames-valley', 0, ''],
      ['berkshire', 3, 'ad'],
      ['national', 1, 'b'],
    ]);
  });

  it('tells each group how many match in all', () => {
    expect(drawn((_, matches, total) => (total === 4 ? matches : 0))).toEqual([
      ['across-thames-valley', 0, ''],
      ['berkshire', 3, 'ade'],
      ['national', 1, 'b'],
    ]);
  });

  it('lets each group have its own limit, such as one where "Show more" was pressed', () => {
    expect(drawn((group, matches) => (group === 'berkshire' ? matches : 0))).toEqual([
      ['across-thames-valley', 0, ''],
      ['berkshire', 3, 'ade'],
      ['national', 1, ''],
    ]);
  });

  it('counts every match among 2,000 items but draws only the start of each group', () => {
    const many = Array.from({ length: 2000 }, (_, index) => ({
      group: ['berkshire', 'national'][index % 2]!,
      facets: { area: ['berkshire'], crime: index % 3 ? ['fraud'] : ['burglary'] },
    }));
    const choice: Choice = { selection: { crime: 'fraud' }, postcodeAreas: undefined, openNow: false };
    const results = resultsInGroups(many, ['berkshire', 'national'], showsFor(choice), (_, matches, total) =>
      resultsPreviewLength(matches, total),
    );
    expect(results.map((result) => [result.matches, result.drawn.length])).toEqual([
      [666, 3],
      [667, 3],
    ]);
  });
});

describe('the cards to make before anyone filters', () => {
  const many = Array.from({ length: 2000 }, (_, index) => ({
    key: index,
    group: ['berkshire', 'national'][index % 2]!,
    facets: { crime: [['fraud', 'burglary', 'stalking'][index % 3]!], age: index < 1000 ? ['adults'] : ['children'] },
  }));

  it('are the start of each group’s matches for each value of each filter, each item once, in the list’s order', () => {
    const keys = firstDrawnForEachChoice(many, ['berkshire', 'national'], {
      crime: ['fraud', 'burglary'],
      age: ['adults', 'children'],
    }).map((item) => item.key);
    // Fraud: 0, 6, 12 in Berkshire and 3, 9, 15 nationally; burglary: 4, 10, 16 and 1, 7, 13; adults: 0, 2, 4 and
    // 1, 3, 5; children: 1000, 1002, 1004 and 1001, 1003, 1005.
    expect(keys).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 13, 15, 16, 1000, 1001, 1002, 1003, 1004, 1005]);
  });

  it('are every match when a choice matches few, as the filters then draw them all', () => {
    const few = many.slice(0, 30);
    expect(firstDrawnForEachChoice(few, ['berkshire', 'national'], { crime: ['fraud'] })).toHaveLength(10);
  });
});

describe('the data file of a long list', () => {
  const item = { key: 'hub', group: 'national', facets: { area: ['berkshire'] }, html: '<li>Hub</li>' };

  it('gives its items', () => {
    expect(readFinderData({ items: [item, { ...item, hours: { alwaysOpen: true } }] })).toHaveLength(2);
  });

  it('is refused when it is not one, so the finder goes on with the page', () => {
    expect(readFinderData(undefined)).toBeUndefined();
    expect(readFinderData({})).toBeUndefined();
    expect(readFinderData({ items: [{ ...item, html: undefined }] })).toBeUndefined();
    expect(readFinderData({ items: [{ ...item, facets: { area: 'berkshire' } }] })).toBeUndefined();
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
