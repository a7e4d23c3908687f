import { z } from 'astro/zod';
import { calendarDate } from './common.ts';

/**
 * What every translated file records about itself: which version of the
 * English it was translated from (so the build can tell when the English has
 * changed since), and whether a professional translator has reviewed it.
 */
export const translationRecord = z
  .object({
    englishVersion: z
      .string()
      .regex(
        /^[0-9a-f]{8}$/,
        'must be the 8-character version of the English page this was translated from, as "npm run content:check" prints it',
      )
      .meta({
        description:
          'The version of the English page this translation was made from. "npm run content:check" prints the current one for each page; copy it here when the translation is up to date.',
        cms: { label: 'Translated from English version' },
      }),
    reviewed: z
      .boolean()
      .default(false)
      .meta({
        description: 'Turn on once a professional translator has checked this translation against the English.',
        cms: { label: 'Reviewed by a professional translator' },
      }),
    reviewedBy: z
      .string()
      .trim()
      .min(2)
      .optional()
      .meta({ description: 'Who reviewed it: the translator or the agency.', cms: { label: 'Reviewed by' } }),
    reviewedOn: calendarDate
      .optional()
      .meta({ description: 'When it was reviewed, written YYYY-MM-DD.', cms: { label: 'Reviewed on' } }),
  })
  .meta({ description: 'About this translation. Leave it empty on an English page.' });

export type TranslationRecord = z.infer<typeof translationRecord>;

/** A content type's schema, for a translated file: the same fields, and the translation record. */
export function translatedSchema<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  return schema.extend({ translation: translationRecord });
}

/**
 * Whether a file in a language folder is a translation yet: it says which English version it was made from. The
 * content editor writes an empty file in each language when someone saves a new English page; until a translator
 * fills it in and records the version, it is a draft, left out of the site rather than stopping the build.
 */
export function isTranslated(data: unknown): boolean {
  const record = (data as { translation?: { englishVersion?: unknown } } | null)?.translation;
  return typeof record?.englishVersion === 'string' && record.englishVersion.length > 0;
}

/** The schema Astro loads a language folder with: a translation, or a draft (not translated yet, not published). */
export function translationOrDraft<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  return z.preprocess(
    (data) => (isTranslated(data) ? data : { notTranslatedYet: true }),
    z.union([z.object({ notTranslatedYet: z.literal(true) }), translatedSchema(schema)]),
  );
}
