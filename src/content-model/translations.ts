/**
 * Translated content: where each language's files are, which version of the
 * English each was made from, and what the build must say about them. The
 * English of a translatable type is in content/<type>/en/ and each language
 * in content/<type>/<code>/, file for file, as Decap's i18n keeps them.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { bodyOf, fieldPath, readData } from './front-matter.ts';
import type { ContentProblem } from './guard.ts';
import { contentTypes, type ContentTypeName } from './schemas/index.ts';
import { interfaceWordsSchema } from './schemas/interface-words.ts';
import { settingsSchema } from './schemas/settings.ts';
import { isTranslated, translatedSchema } from './schemas/translation.ts';

export const ENGLISH = 'en';

export const translatableTypes = (Object.keys(contentTypes) as ContentTypeName[]).filter(
  (name) => 'translatable' in contentTypes[name],
);

/** content/pages for pages: the folder that holds en/ and each language's folder. */
export function languagesFolder(type: ContentTypeName): string {
  return contentTypes[type].folder.replace(/\/en$/, '');
}

/**
 * Fields that are notes about a file rather than its words: changing them does not put a translation behind. A
 * switch whose words come from the code (showsWhatWeCount) is set on the English page for every language.
 */
const NOT_WORDS = new Set(['toCheck', 'lastReviewed', 'translation', 'lang', 'showsWhatWeCount']);

/** JSON with keys in a fixed order, so the same words always give the same version. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** Curly and straight quotes read the same: changing one for the other never puts a translation behind. */
function typographyNeutral(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/**
 * The version of an English file's words: 8 hex characters that change
 * whenever its text or any field a reader sees changes, and not when only
 * its review date or editors' notes do.
 */
export function englishVersion(source: string, fileName = 'page.md'): string {
  const data = (readData(source, fileName) ?? {}) as Record<string, unknown>;
  const words = Object.fromEntries(Object.entries(data).filter(([key]) => !NOT_WORDS.has(key)));
  const text = `${stableJson(words)}\n${bodyOf(source).trim()}`;
  return createHash('sha256').update(typographyNeutral(text)).digest('hex').slice(0, 8);
}

export interface TranslationFile {
  type: ContentTypeName;
  lang: string;
  /** The translated file, relative to the project. */
  file: string;
  /** Its English original, relative to the project. */
  englishFile: string;
  /** The file's name under its language folder, without the extension: the English entry's id. */
  id: string;
}

/** Every translated file under a content folder, language by language. */
export function translationFiles(contentRoot: string): TranslationFile[] {
  const projectRoot = process.cwd();
  const relativeToProject = (absolute: string) => path.relative(projectRoot, absolute).split(path.sep).join('/');
  return translatableTypes.flatMap((type) => {
    const root = path.resolve(contentRoot, languagesFolder(type));
    if (!existsSync(root)) return [];
    const languages = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== ENGLISH)
      .map((entry) => entry.name)
      .sort();
    return languages.flatMap((lang) =>
      globSync(contentTypes[type].pattern, { cwd: path.join(root, lang) })
        .sort()
        .map((relative) => ({
          type,
          lang,
          file: relativeToProject(path.join(root, lang, relative)),
          englishFile: relativeToProject(path.join(root, ENGLISH, relative)),
          id: relative
            .split(path.sep)
            .join('/')
            .replace(/\.[^.]+$/, ''),
        })),
    );
  });
}

/** The languages Site settings lists, or none when the settings cannot be read (the guard reports that). */
function listedLanguages(contentRoot: string): Set<string> | undefined {
  try {
    const source = readFileSync(path.join(contentRoot, 'settings', 'site.yaml'), 'utf8');
    const settings = settingsSchema.safeParse(readData(source, 'site.yaml'));
    return settings.success
      ? new Set(settings.data.translations.languages.map((language) => language.code))
      : undefined;
  } catch {
    return undefined;
  }
}

export interface TranslationReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  checked: number;
  /** Translations whose English has changed since they were made, with the English's version now. */
  behind: (TranslationFile & { englishVersionNow: string })[];
}

/**
 * Check every translated file: it has an English original, it is valid
 * against its type's schema (every required field present, in its language),
 * and it was made from the English as it is now. A translation behind its
 * English is a warning, not an error: it stays published, with a notice.
 */
export function checkTranslations(contentRoot: string): TranslationReport {
  const report: TranslationReport = { errors: [], warnings: [], checked: 0, behind: [] };
  const listed = listedLanguages(contentRoot);
  const unlisted = new Set<string>();
  for (const translation of translationFiles(contentRoot)) {
    report.checked += 1;
    const { file, englishFile, lang, type } = translation;
    if (listed && !listed.has(lang) && !unlisted.has(`${type}/${lang}`)) {
      unlisted.add(`${type}/${lang}`);
      report.warnings.push({
        file: path.posix.dirname(file),
        field: '',
        message: `is a folder for the language "${lang}", which is not in Site settings under translations: its pages are not published until it is added there`,
      });
    }
    if (!existsSync(englishFile)) {
      report.errors.push({
        file,
        field: '',
        message: `has no English original: there is no ${englishFile}. A translation must have the same file name as the English page it translates`,
      });
      continue;
    }
    let data: unknown;
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
      data = readData(source, file);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      report.errors.push({ file, field: '', message: `could not be read: ${reason}` });
      continue;
    }
    if (!isTranslated(data)) {
      report.warnings.push({
        file,
        field: 'translation.englishVersion',
        message:
          'is empty, so this is not a translation yet and is not published. Once it is translated, record the English version it was made from (npm run translations -- mark-current <file>).',
      });
      continue;
    }
    const schema = translatedSchema(contentTypes[type].schema as unknown as z.ZodObject<z.ZodRawShape>);
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues)
        report.errors.push({ file, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    if (!bodyOf(source).trim() && bodyOf(readFileSync(englishFile, 'utf8')).trim()) {
      report.errors.push({ file, field: 'body', message: 'is empty, but the English page has text: translate it too' });
      continue;
    }
    const now = englishVersion(readFileSync(englishFile, 'utf8'), englishFile);
    const made = (result.data as { translation: { englishVersion: string } }).translation.englishVersion;
    if (made !== now) {
      report.behind.push({ ...translation, englishVersionNow: now });
      report.warnings.push({
        file,
        field: 'translation.englishVersion',
        message: `is ${made}, but ${englishFile} has changed since (it is now version ${now}): update the translation, then set this to ${now}. Until then the page tells readers the English is newer.`,
      });
    }
  }
  report.errors.push(...interfaceWordsProblems(contentRoot, listed));
  return report;
}

/** Each listed language's interface words file must be valid: every sentence paired, every {name} kept. */
function interfaceWordsProblems(contentRoot: string, listed: Set<string> | undefined): ContentProblem[] {
  const projectRoot = process.cwd();
  return [...(listed ?? [])].flatMap((lang) => {
    const absolute = path.join(contentRoot, 'interface', `${lang}.yaml`);
    if (!existsSync(absolute)) return [];
    const file = path.relative(projectRoot, absolute).split(path.sep).join('/');
    try {
      const result = interfaceWordsSchema.safeParse(readData(readFileSync(absolute, 'utf8'), absolute));
      return result.success
        ? []
        : result.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return [{ file, field: '', message: `could not be read: ${reason}` }];
    }
  });
}
