/**
 * Every straight apostrophe in an entry made curly before the content editor
 * saves it, so the comms team types ' as their keyboard does and the site
 * still shows one apostrophe, ’ (the content check refuses the straight one
 * in files edited by hand). Works on the editor's Immutable data without
 * importing Immutable: its maps and lists have a `map` that keeps their keys.
 */
import { curlApostrophes } from '../src/content-model/writing-rules.ts';

interface Mappable {
  map(change: (value: unknown) => unknown): unknown;
}

/** A value with the same shape, its strings' apostrophes curled: plain, or the editor's Immutable maps and lists. */
export function curled(value: unknown): unknown {
  if (typeof value === 'string') return curlApostrophes(value);
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(curled);
  if (typeof (value as Mappable).map === 'function') return (value as Mappable).map(curled);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, curled(item)]));
}

/** The editor's entry, as the preSave event gives it. */
export interface EditorEntry {
  get(key: string): unknown;
}

/**
 * The entry's data with its apostrophes curled, for the preSave event to return. (Decap 3.19 sets whatever the
 * handler returns as the entry's data, so a translation's side, kept apart in the entry, cannot be changed here:
 * the content check names any straight apostrophe a translator types.)
 */
export function curledData(entry: EditorEntry): unknown {
  return curled(entry.get('data'));
}
