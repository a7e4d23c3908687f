import { describe, expect, it } from 'vitest';
import { curled, curledData, type EditorEntry } from './curled-entry.ts';

/** A stand-in for the editor's Immutable map: `map` keeps keys, `get` and `set` read and copy. */
class FakeMap implements EditorEntry {
  readonly values: Record<string, unknown>;
  constructor(values: Record<string, unknown>) {
    this.values = values;
  }
  get(key: string): unknown {
    return this.values[key];
  }
  map(change: (value: unknown) => unknown): FakeMap {
    return new FakeMap(Object.fromEntries(Object.entries(this.values).map(([key, value]) => [key, change(value)])));
  }
}

describe('apostrophes curled when the content editor saves', () => {
  it('reach every string in fields, lists and nested objects, and leave dates and numbers alone', () => {
    const date = new Date('2026-11-28');
    expect(curled({ title: "Victims' Code", steps: [{ text: "It's free" }], order: 4, lastReviewed: date })).toEqual({
      title: 'Victims’ Code',
      steps: [{ text: 'It’s free' }],
      order: 4,
      lastReviewed: date,
    });
  });

  it('reach the entry’s data, which the editor then saves', () => {
    const entry = new FakeMap({
      slug: "don't-change",
      data: new FakeMap({ title: "The hub's number", body: "See [x](https://x.org/o'brien)." }),
    });
    expect((curledData(entry) as FakeMap).values).toEqual({
      title: 'The hub’s number',
      body: "See [x](https://x.org/o'brien).",
    });
  });
});
