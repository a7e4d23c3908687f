import { describe, expect, it } from 'vitest';
import { curled, curledEntry, type EditorEntry } from './curled-entry.ts';

/** A stand-in for the editor's Immutable map: `map` keeps keys, `get` and `set` read and copy. */
class FakeMap implements EditorEntry {
  readonly values: Record<string, unknown>;
  constructor(values: Record<string, unknown>) {
    this.values = values;
  }
  get(key: string): unknown {
    return this.values[key];
  }
  set(key: string, value: unknown): FakeMap {
    return new FakeMap({ ...this.values, [key]: value });
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

  it('reach the entry’s data and each translation’s data, keeping the entry’s other parts', () => {
    const entry = new FakeMap({
      slug: "don't-change",
      data: new FakeMap({ title: "The hub's number", body: "See [x](https://x.org/o'brien)." }),
      i18n: new FakeMap({ pl: new FakeMap({ data: new FakeMap({ title: "Kodeks (Victims' Code)" }) }) }),
    });
    const saved = curledEntry(entry) as FakeMap;
    expect(saved.get('slug')).toBe("don't-change");
    expect((saved.get('data') as FakeMap).values).toEqual({
      title: 'The hub’s number',
      body: "See [x](https://x.org/o'brien).",
    });
    const polish = ((saved.get('i18n') as FakeMap).get('pl') as FakeMap).get('data') as FakeMap;
    expect(polish.get('title')).toBe('Kodeks (Victims’ Code)');
  });
});
