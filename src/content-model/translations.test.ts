import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeProblem } from './guard.ts';
import { checkTranslations, englishVersion } from './translations.ts';

const page = (title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\ndescription: A page that is valid against the page schema, used by the tests.\nlastReviewed: 2026-06-01\n${extra}---\n${body}\n`;

describe('the version of an English page', () => {
  it('changes when its words change', () => {
    const before = englishVersion(page('About us', 'We help people.'));
    expect(englishVersion(page('About us', 'We help people and families.'))).not.toBe(before);
    expect(englishVersion(page('About this service', 'We help people.'))).not.toBe(before);
    expect(before).toMatch(/^[0-9a-f]{8}$/);
  });

  it('does not change when only its review date or an editor’s note changes', () => {
    const before = englishVersion(page('About us', 'We help people.'));
    expect(englishVersion(page('About us', 'We help people.').replace('2026-06-01', '2026-11-27'))).toBe(before);
    expect(englishVersion(page('About us', 'We help people.', 'toCheck: Confirm the numbers.\n'))).toBe(before);
  });
});

describe('checking translations', () => {
  let root: string;
  const messages = () => {
    const report = checkTranslations(root);
    return { errors: report.errors.map(describeProblem), warnings: report.warnings.map(describeProblem), report };
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'vf-translations-'));
    cpSync('tests/fixtures/content-valid', root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists a translation as behind once its English changes, and not before', () => {
    const before = messages();
    expect(before.errors).toEqual([]);
    expect(before.report.behind.map((translation) => translation.file)).not.toContainEqual(
      expect.stringContaining('pages/pl/about.md'),
    );
    const english = path.join(root, 'pages/en/about.md');
    writeFileSync(english, readFileSync(english, 'utf8').replace('We help people.', 'We help people and families.'));
    const after = messages();
    expect(after.report.behind.map((translation) => translation.file)).toContainEqual(
      expect.stringContaining('pages/pl/about.md'),
    );
    expect(after.warnings.join('\n')).toMatch(
      /pages\/pl\/about\.md: field "translation\.englishVersion" is 31ce08e2, but .*pages\/en\/about\.md has changed since \(it is now version [0-9a-f]{8}\)/,
    );
  });

  it('fails, naming the file and the field, when a translation lacks a field the English must have', () => {
    const file = path.join(root, 'pages/pl/about.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*\n/m, ''));
    expect(messages().errors).toContainEqual(expect.stringMatching(/pages\/pl\/about\.md: field "title" /));
  });

  it('fails when a translation has no English original', () => {
    writeFileSync(
      path.join(root, 'pages/pl/no-such-page.md'),
      page('Strona', 'Tekst.', 'translation:\n  englishVersion: 0123abcd\n'),
    );
    expect(messages().errors).toContainEqual(
      expect.stringMatching(/pages\/pl\/no-such-page\.md has no English original/),
    );
  });

  it('leaves out, without stopping the build, the empty file the editor makes in each language for a new page', () => {
    // What Decap writes for Polish when someone saves a new English page: the defaults, and nothing translated.
    writeFileSync(
      path.join(root, 'pages/pl/staff-notes.md'),
      '---\nhidden: false\nlang: en\ntranslation:\n  reviewed: false\n---\n',
    );
    const { errors, warnings } = messages();
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /pages\/pl\/staff-notes\.md: field "translation\.englishVersion" is empty, so this is not a translation yet/,
      ),
    );
  });

  it('fails when a translated interface sentence loses a {name} the site fills in', () => {
    const file = path.join(root, 'interface/pl.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Zadzwoń pod {number}', 'Zadzwoń pod 999'));
    expect(messages().errors).toContainEqual(
      expect.stringMatching(
        /interface\/pl\.yaml: field "sentences\[2\]\.translation" must keep the same names in curly brackets as the English \(\{number\}\)/,
      ),
    );
  });

  it('warns about a folder for a language Site settings does not list', () => {
    cpSync(path.join(root, 'pages/pl'), path.join(root, 'pages/de'), { recursive: true });
    expect(messages().warnings).toContainEqual(
      expect.stringMatching(/pages\/de is a folder for the language "de", which is not in Site settings/),
    );
  });
});
