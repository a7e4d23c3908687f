/**
 * Markup that escapes by default. Code that writes HTML as text (the
 * referral form, drawn by the static page, the intake and the browser alike)
 * uses the `html` tag: every value put into the template is escaped, unless
 * it is markup already made by `html` or marked as trusted with `raw()`.
 * So a name someone typed can never become markup, however it is used.
 */

const TRUSTED = Symbol('trusted markup');

/** Markup that is safe to put into a page as it is. */
export interface Markup {
  readonly [TRUSTED]: true;
  readonly text: string;
  toString(): string;
}

function markup(text: string): Markup {
  return { [TRUSTED]: true, text, toString: () => text };
}

function isMarkup(value: unknown): value is Markup {
  return typeof value === 'object' && value !== null && TRUSTED in value;
}

/** Text with the five characters that mean something in HTML written as entities. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Mark a string as markup to put in as it is. Only for markup this code
 * wrote itself, never for anything a person typed.
 */
export function raw(trusted: string): Markup {
  return markup(trusted);
}

/** One value as markup: escaped text, markup as it is, lists joined, and nothing for null, undefined or false. */
function asMarkup(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (isMarkup(value)) return value.text;
  if (Array.isArray(value)) return value.map(asMarkup).join('');
  return escapeHtml(String(value));
}

/** A template of markup whose values are escaped unless they are markup themselves. */
export function html(strings: TemplateStringsArray, ...values: readonly unknown[]): Markup {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += asMarkup(value) + (strings[index + 1] ?? '');
  });
  return markup(text);
}

/**
 * Attributes from a record, to write after a tag's name and a space (`<input ${attributes({…})}>`): `true` writes
 * the name alone, and false, null or undefined leave it out.
 */
export function attributes(values: Readonly<Record<string, string | number | boolean | null | undefined>>): Markup {
  return markup(
    Object.entries(values)
      .filter(([, value]) => value !== false && value !== null && value !== undefined)
      .map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(String(value))}"`))
      .join(' '),
  );
}

/**
 * A sentence with {names} as markup: the sentence is escaped, and each name
 * is replaced by its value (markup, such as a link, or text, escaped). So a
 * translated sentence keeps its link wherever the translator put it.
 */
export function fill(sentence: string, values: Readonly<Record<string, unknown>>): Markup {
  const text = sentence
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in values ? asMarkup(values[name]) : escapeHtml(part);
    })
    .join('');
  return markup(text);
}
