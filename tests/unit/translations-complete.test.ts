/**
 * Every language the site offers has its essentials: each page, right, pack
 * section and exercise the issue lists, and every sentence of the interface
 * that the code says. (Labels the comms team writes in Site settings, and
 * translations behind a changed English, are listed by "npm run
 * translations" instead: they must never stop the site being published.)
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readData } from '../../src/content-model/front-matter.ts';
import { interfaceWords } from '../../src/content-model/interface-words.ts';
import { siteLanguages } from '../../src/i18n/languages.ts';
import { codeSentences } from '../../src/interface-sentences.ts';

const languages = siteLanguages();

/** The English files every language must translate. */
function essentials(): string[] {
  const pages = [
    'index',
    'your-rights',
    'your-rights-for-young-people',
    'refer',
    'report-hate-crime',
    'cover-your-tracks',
  ];
  const more = ['while-you-wait', 'my-support-plan', 'vip'];
  const kindOf = (file: string) => readData(readFileSync(file, 'utf8'), file) as { kind?: string; format?: string };
  return [
    ...[...pages, ...more].map((name) => `content/pages/en/${name}.md`),
    ...globSync('content/rights/en/*.md'),
    ...globSync('content/vip/en/*.md').filter((file) => kindOf(file).kind === 'general'),
    ...globSync('content/resources/en/*.md').filter((file) => kindOf(file).format === 'technique'),
  ].sort();
}

describe('every language the site offers', () => {
  it('offers at least five, two of them written right to left', () => {
    expect(languages.length).toBeGreaterThanOrEqual(5);
    expect(languages.filter((language) => language.dir === 'rtl').length).toBeGreaterThanOrEqual(2);
  });

  it('translates every essential page, right, pack section and exercise', () => {
    const missing = languages.flatMap(({ code }) =>
      essentials()
        .map((english) => english.replace('/en/', `/${code}/`))
        .filter((translated) => !existsSync(translated)),
    );
    expect(essentials().length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('translates every sentence the code says', () => {
    const sentences = codeSentences();
    const missing = languages.flatMap(({ code }) => {
      const words = interfaceWords(code);
      return sentences.filter((english) => !words.has(english)).map((english) => `${code}: ${english}`);
    });
    expect(missing).toEqual([]);
  });
});
