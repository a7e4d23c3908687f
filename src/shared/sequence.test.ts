import { describe, expect, it } from 'vitest';
import { duplicatePositions, inOrder, neighbours } from './sequence.ts';

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
