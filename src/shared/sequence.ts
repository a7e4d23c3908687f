/** Ordering for numbered content (rights, journey steps) and for named content (A to Z), and each item's neighbours. */

export function inOrder<T>(items: readonly T[], position: (item: T) => number): T[] {
  return [...items].sort((a, b) => position(a) - position(b));
}

/** The items before and after one, for "previous" and "next" links. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  const result: { previous?: T; next?: T } = {};
  if (index > 0) result.previous = items[index - 1]!;
  if (index < items.length - 1) result.next = items[index + 1]!;
  return result;
}

/** Numbers that appear twice: a content mistake worth stopping for. */
export function duplicatePositions<T>(items: readonly T[], position: (item: T) => number): number[] {
  const seen = new Set<number>();
  const twice = new Set<number>();
  for (const item of items) {
    const at = position(item);
    if (seen.has(at)) twice.add(at);
    seen.add(at);
  }
  return [...twice].sort((a, b) => a - b);
}

/**
 * One collator for every comparison: `localeCompare` given a locale and options makes a new one each time, which
 * took nearly two seconds to sort 3,500 services, once for every page that lists them. Same order as
 * `a.localeCompare(b, 'en-GB', { sensitivity: 'base' })`.
 */
const englishAtoZ = new Intl.Collator('en-GB', { sensitivity: 'base' });

/** Compare items A to Z by a name, as English readers expect: capitals and accents do not change the order. */
export function alphabetically<T>(name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => englishAtoZ.compare(name(a), name(b));
}
