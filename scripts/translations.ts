/**
 * npm run translations: where each language's translations stand.
 *
 *   npm run translations                       which translations are behind their English, which pages and
 *                                              interface sentences are not translated yet, language by language
 *   npm run translations -- words              the same, listing each interface sentence not translated yet
 *   npm run translations -- mark-current FILE  record that a translated file matches its English as it is now
 *                                              (after updating it, or after a translator made it)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { contentDirectory } from '../src/content-model/content-directory.ts';
import { checkTranslations, englishVersion, translationFiles } from '../src/content-model/translations.ts';
import { describeProblem } from '../src/content-model/guard.ts';
import { interfaceWords, interfaceWordsFile } from '../src/content-model/interface-words.ts';
import { readSettingsFile } from '../src/content-model/settings-file.ts';
import { interfaceSentences } from '../src/interface-sentences.ts';

const [command, ...files] = process.argv.slice(2);
const root = process.env.INIT_CWD ?? process.cwd();

/** Set translation.englishVersion in a translated file's front matter to its English's version now. */
function markCurrent(file: string): string {
  const known = translationFiles(contentDirectory()).find(
    (translation) => path.resolve(translation.file) === path.resolve(root, file),
  );
  if (!known) throw new Error(`${file} is not a translated file (content/<type>/<code>/<name>.md).`);
  const source = readFileSync(known.file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n[\s\S]*)?$/.exec(source);
  if (!match) throw new Error(`${known.file} has no front matter.`);
  const version = englishVersion(readFileSync(known.englishFile, 'utf8'), known.englishFile);
  const document = parseDocument(match[1] ?? '');
  document.setIn(['translation', 'englishVersion'], version);
  if (!document.hasIn(['translation', 'reviewed'])) document.setIn(['translation', 'reviewed'], false);
  writeFileSync(known.file, `---\n${String(document).trimEnd()}\n---${match[2] ?? '\n'}`);
  return `${known.file}: translated from English version ${version}`;
}

if (command === 'mark-current') {
  if (files.length === 0) {
    console.error(
      'Name the translated files to mark, for example: npm run translations -- mark-current content/pages/pl/refer.md',
    );
    process.exit(2);
  }
  for (const file of files) console.log(markCurrent(file));
} else {
  const report = checkTranslations(contentDirectory());
  for (const problem of [...report.errors, ...report.warnings]) console.log(describeProblem(problem));
  console.log(
    `${report.checked} translated files: ${report.errors.length} with problems, ${report.behind.length} behind their English.`,
  );
  // The words around the content: each English sentence the site can show, and whether each language has it.
  const sentences = interfaceSentences();
  for (const { code, englishName } of readSettingsFile().translations.languages) {
    const words = interfaceWords(code);
    const missing = sentences.filter((english) => !words.has(english));
    const unused = [...words.keys()].filter((english) => !sentences.includes(english));
    console.log(
      `${interfaceWordsFile(code)} (${englishName}): ${sentences.length - missing.length} of ${sentences.length} sentences translated.`,
    );
    if (files.includes('--list') || command === 'words') {
      for (const english of missing) console.log(`  not translated yet: ${JSON.stringify(english)}`);
      for (const english of unused)
        console.log(`  no longer used (the English changed or went): ${JSON.stringify(english)}`);
    }
  }
  process.exit(report.errors.length > 0 ? 1 : 0);
}
