/**
 * Every Easy Read page in content/easy-read/ is checked here, as the comms
 * team writes it: easy enough to read (grade 3 or lower), one idea per point
 * in short sentences, and with the same phone number and opening hours as Site
 * settings. Each failure names the file and the point to change.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readData } from '../../content-model/guard.ts';
import { easyReadSchema, type EasyRead } from '../../content-model/schemas/easy-read.ts';
import { readSettingsFile } from '../../content-model/settings-file.ts';
import { describeOpeningHours } from '../../shared/opening-hours.ts';
import { printNote, textParts } from './easy-read.ts';
import {
  gradeProblems,
  hardestPoints,
  lengthProblems,
  MAX_GRADE,
  MAX_POINT_GRADE,
  pageReadability,
  pointsOf,
} from './writing-checks.ts';

const files = globSync('content/easy-read/*.md').sort();
const pages: { file: string; page: EasyRead }[] = files.map((file) => ({
  file,
  page: easyReadSchema.parse(readData(readFileSync(file, 'utf8'), file)),
}));
const settings = readSettingsFile();

describe('the Easy Read pages', () => {
  it('include the rights and how to ask for support', () => {
    expect(files.map((file) => path.basename(file, '.md'))).toEqual(
      expect.arrayContaining(['your-rights', 'asking-for-support']),
    );
  });

  it('each have a file name that can be a web address', () => {
    for (const file of files) expect(path.basename(file, '.md'), file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

for (const { file, page } of pages) {
  describe(file, () => {
    it(`is easy to read: Flesch-Kincaid grade ${MAX_GRADE} or lower over its title, headings and points`, () => {
      const { grade } = pageReadability(page);
      const hardest = hardestPoints(page)
        .map((point) => `  ${point.where} (grade ${point.grade.toFixed(1)}): "${point.text}"`)
        .join('\n');
      expect(
        grade,
        `${file} reads at grade ${grade.toFixed(1)}: make it ${MAX_GRADE} or lower. Start with the hardest points:\n${hardest}`,
      ).toBeLessThanOrEqual(MAX_GRADE);
    });

    it(`keeps every point at grade ${MAX_POINT_GRADE} or lower on its own`, () => {
      expect(
        gradeProblems(page).map((problem) => `${file}: ${problem}`),
        `${file} has points that are too hard`,
      ).toEqual([]);
    });

    it('keeps each point to 2 short sentences', () => {
      expect(
        lengthProblems(page).map((problem) => `${file}: ${problem}`),
        `${file} has points that are too long`,
      ).toEqual([]);
    });

    it('gives the hub’s phone number and opening hours as Site settings has them', () => {
      const hubNumbers = [settings.hub.phone, settings.hub.callsFrom].filter(Boolean);
      const [hours] = describeOpeningHours(settings.hub.openingHours);
      const wrong = pointsOf(page).flatMap((point) => {
        const problems: string[] = [];
        for (const number of point.text.match(/\b03\d{2} \d{3,4} \d{3,4}\b/g) ?? [])
          if (!hubNumbers.includes(number))
            problems.push(
              `${file}: ${point.where} gives ${number}, but the hub's number in Site settings is ${settings.hub.phone}`,
            );
        if (/\bopen\b/i.test(point.text) && /\d(?:am|pm)\b/.test(point.text) && hours && !point.text.includes(hours))
          problems.push(`${file}: ${point.where} gives opening hours, but Site settings has "${hours}"`);
        return problems;
      });
      expect(wrong).toEqual([]);
    });

    it('links only to pages on this site, as people type their addresses', () => {
      const host = new URL(settings.siteUrl).host.replace(/^www\./, '');
      for (const point of pointsOf(page)) {
        for (const address of point.text.match(/\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|org|com)\S*/gi) ?? [])
          expect(address, `${file}: ${point.where}`).toContain(host);
      }
    });
  });
}

describe('the words about printing', () => {
  it('say how many pages the page prints on, in plain words', () => {
    expect(printNote(1)).toBe('You can print this page. It prints on 1 page.');
    expect(printNote(7)).toBe('You can print this page. It prints on 7 pages.');
  });
});

describe('web addresses in a point', () => {
  const site = 'https://www.victims-first.org.uk';

  it('link to the page on this site they name', () => {
    expect(textParts('Go to www.victims-first.org.uk/refer at any time.', site)).toEqual([
      { text: 'Go to ' },
      { text: 'www.victims-first.org.uk/refer', href: '/refer/' },
      { text: ' at any time.' },
    ]);
    expect(textParts('Go to www.victims-first.org.uk/refer/.', site)).toEqual([
      { text: 'Go to ' },
      { text: 'www.victims-first.org.uk/refer/', href: '/refer/' },
      { text: '.' },
    ]);
    expect(textParts('See victims-first.org.uk', site)).toEqual([
      { text: 'See ' },
      { text: 'victims-first.org.uk', href: '/' },
    ]);
  });

  it('leave other words alone', () => {
    expect(textParts('Call 999.', site)).toEqual([{ text: 'Call 999.' }]);
    expect(textParts('', site)).toEqual([{ text: '' }]);
  });
});
