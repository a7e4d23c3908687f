/**
 * Sentences in the reader's language, for code that runs anywhere (the
 * browser too): a map from each English sentence to its translation, and a
 * function that says an English sentence in that language. The maps come
 * from content/interface/<code>.yaml, read at build time.
 */

/** English sentence → its translation. Empty for English. */
export type Words = Readonly<Record<string, string>>;

export type Values = Readonly<Record<string, string | number>>;

/** Put values into a sentence's {names}. */
export function fillIn(text: string, values: Values = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * Mark an English sentence as one to translate where it is not said at once
 * (a message the schema makes, shown later through `say`). It changes
 * nothing: it is how the translations check finds the sentence.
 */
export function translatable<Text extends string>(english: Text): Text {
  return english;
}

const NAMES = /\{(\w+)\}/g;

/** A sentence with {names} as a pattern that finds the values in the sentence filled in. */
function templatePattern(template: string): { pattern: RegExp; names: string[] } {
  const names = [...template.matchAll(NAMES)].map((match) => match[1] ?? '');
  const escaped = template
    .split(NAMES)
    .map((part, index) => (index % 2 === 1 ? '(.+?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return { pattern: new RegExp(`^${escaped}$`, 's'), names };
}

/**
 * A function that says an English sentence in the words' language. A
 * sentence already filled in ("Must be 200 characters or fewer") is
 * matched to its pattern ("Must be {max} characters or fewer") and
 * translated with the same values. What has no translation stays English.
 */
export function sayFrom(words: Words = {}, options: { isolateValues?: boolean } = {}) {
  // In right-to-left text a number put into a sentence ("0300 1234 148") would show its groups in reverse order:
  // isolating each value (first-strong isolate … pop isolate) keeps it in its own direction.
  // The same for numbers written in the sentence itself, such as an example phone number in an error message.
  const put = (text: string, values?: Values) =>
    options.isolateValues
      ? fillIn(
          text.replace(/\d[\d ]*\d/g, (number) => (number.includes(' ') ? `\u2068${number}\u2069` : number)),
          values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, `\u2068${value}\u2069`])),
        )
      : fillIn(text, values);
  const templates = Object.keys(words)
    .filter((english) => english.includes('{'))
    .map((english) => ({ english, ...templatePattern(english) }));
  return function say(english: string, values?: Values): string {
    const translation = words[english];
    if (translation !== undefined) return put(translation, values);
    for (const template of templates) {
      const match = template.pattern.exec(english);
      if (!match) continue;
      // A value that is itself a sentence to translate (a field's name, a question) is said in the language too.
      const found = Object.fromEntries(
        template.names.map((name, index) => {
          const value = match[index + 1] ?? '';
          return [name, words[value] ?? value];
        }),
      );
      return put(words[template.english] ?? english, { ...found, ...values });
    }
    return put(english, values);
  };
}

export type Say = ReturnType<typeof sayFrom>;
