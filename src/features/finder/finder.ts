/**
 * Filtering a list by a few facets: the service directory (area, crime
 * type, age group, kind of support, contact method) and the while-you-wait
 * resources (topic, format) share this. Each item carries, for each facet,
 * the values it matches; a person picks at most one value per facet; an item
 * is shown when it matches every facet picked. The choice lives in the
 * query string so a link can be shared, and only known values are read
 * from it.
 */

/** For each facet name, the values an item matches. */
export type FacetValues = Readonly<Record<string, readonly string[]>>;

/** For each facet name, the one value picked, if any. */
export type Selection = Readonly<Record<string, string>>;

/** True when the item matches every facet picked. */
export function matchesSelection(item: FacetValues, selection: Selection): boolean {
  return Object.entries(selection).every(([facet, value]) => value === '' || (item[facet] ?? []).includes(value));
}

export function filterBySelection<Item>(
  items: readonly Item[],
  valuesOf: (item: Item) => FacetValues,
  selection: Selection,
): Item[] {
  return items.filter((item) => matchesSelection(valuesOf(item), selection));
}

/**
 * The selection in a query string ("?area=berkshire&crime=fraud"), keeping
 * only facets and values that exist, so a mangled or hostile link shows the
 * full list rather than an error.
 */
export function selectionFromQuery(
  query: string,
  allowed: Readonly<Record<string, readonly string[]>>,
): Record<string, string> {
  const params = new URLSearchParams(query);
  const selection: Record<string, string> = {};
  for (const [facet, values] of Object.entries(allowed)) {
    const value = params.get(facet);
    if (value && values.includes(value)) selection[facet] = value;
  }
  return selection;
}

/** The query string for a selection, facets in a fixed order, empty when nothing is picked. */
export function queryFromSelection(selection: Selection, order: readonly string[]): string {
  const params = new URLSearchParams();
  for (const facet of order) {
    const value = selection[facet];
    if (value) params.set(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** "1 service matches", "12 services match", "No services match". */
export function describeCount(count: number, singular: string, plural: string): string {
  if (count === 0) return `No ${plural} match`;
  return count === 1 ? `1 ${singular} matches` : `${count} ${plural} match`;
}
