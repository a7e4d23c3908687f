import { describe, expect, it } from 'vitest';
import { alphabetically, duplicatePositions, inOrder, neighbours } from './sequence.ts';

describe('numbered content', () => {
  const items = [{ n: 3 }, { n: 1 }, { n: 2 }];

  it('is put in order by its number', () => {
    expect(inOrder(items, (item) => item.n).map((item) => item.n)).toEqual([1, 2, 3]);
  });

  it('knows each item’s neighbours, and that the ends have one', () => {
    const ordered = inOrder(items, (item) => item.n);
    expect(neighbours(ordered, 0)).toEqual({ next: { n: 2 } });
    expect(neighbours(ordered, 1)).toEqual({ previous: { n: 1 }, next: { n: 3 } });
    expect(neighbours(ordered, 2)).toEqual({ previous: { n: 2 } });
  });

  it('finds numbers used twice', () => {
    expect(duplicatePositions([{ n: 1 }, { n: 2 }, { n: 2 }, { n: 1 }], (item) => item.n)).toEqual([1, 2]);
    expect(duplicatePositions(items, (item) => item.n)).toEqual([]);
  });
});

describe('named content', () => {
  it('is put A to Z as localeCompare in British English would, capitals and accents aside', () => {
    const names = ['samaritans', 'Élan Centre', 'Age UK', 'age concern', 'Victim Support', 'elder abuse line'];
    const expected = [...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
    expect([...names].sort(alphabetically((name: string) => name))).toEqual(expected);
    expect(expected).toEqual([
      'age concern',
      'Age UK',
      'Élan Centre',
      'elder abuse line',
      'samaritans',
      'Victim Support',
    ]);
    expect(alphabetically((name: string) => name)('ÉLAN', 'elan')).toBe(0);
  });
});
