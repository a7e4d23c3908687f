import { z } from 'astro/zod';

/** The {names} in a sentence, which the site fills in (a phone number, a date): a translation keeps every one. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

const sentence = z
  .object({
    english: z
      .string()
      .min(1)
      .meta({ description: 'The English words, exactly as the site shows them. Do not change this.' }),
    translation: z
      .string()
      .trim()
      .min(1, 'is empty: write the translation, or remove the sentence to show the English')
      .meta({
        description:
          'The same words in this language. Keep every name in curly brackets, such as {number}, exactly as it is: the site puts a number or a name there.',
      }),
  })
  .superRefine((pair, ctx) => {
    const english = placeholdersIn(pair.english).join(', ');
    const translated = placeholdersIn(pair.translation).join(', ');
    if (english !== translated)
      ctx.addIssue({
        code: 'custom',
        path: ['translation'],
        message: `must keep the same names in curly brackets as the English (${english ? `{${english.split(', ').join('}, {')}}` : 'none'}), because the site fills them in`,
      });
  });

/**
 * The words around the content in one language: the page shell, the
 * referral form, the support plan. One file per language,
 * content/interface/<code>.yaml, as pairs of the English and its translation,
 * so a translator sees both side by side and a changed English sentence
 * shows up as one that needs translating again.
 */
export const interfaceWordsSchema = z
  .object({
    sentences: z.array(sentence).meta({ description: 'Each English sentence and its translation.' }),
  })
  .superRefine((words, ctx) => {
    const seen = new Set<string>();
    words.sentences.forEach((pair, index) => {
      if (seen.has(pair.english))
        ctx.addIssue({
          code: 'custom',
          path: ['sentences', index, 'english'],
          message: 'is already translated above: keep one translation of each sentence',
        });
      seen.add(pair.english);
    });
  });

export type InterfaceWords = z.infer<typeof interfaceWordsSchema>;
