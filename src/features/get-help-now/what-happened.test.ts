import { describe, expect, it } from 'vitest';
import type { CrimeType } from '../../content-model/vocabularies.ts';
import { crimeLinks, type CrimeSection } from './what-happened.ts';

const section = (
  code: string,
  crimeTypes: CrimeType[],
  kind: CrimeSection['data']['kind'] = 'crime-specific',
  lang = 'en',
): CrimeSection => ({ data: { code, title: `The ${code} section`, kind, crimeTypes }, lang });

describe('"What happened to you?" on the home page', () => {
  it("links each crime section of the pack in the pack's order, by a short name, leaving out general sections", () => {
    const { first, more } = crimeLinks([
      section('after-reporting', [], 'general'),
      section('burglary', ['burglary']),
      section('fraud', ['fraud', 'cyber-crime']),
    ]);
    expect(first).toEqual([
      { name: 'Burglary', translate: true, href: '/vip/burglary/', inEnglish: false },
      { name: 'Fraud or online crime', translate: true, href: '/vip/fraud/', inEnglish: false },
    ]);
    expect(more).toEqual([]);
  });

  it("uses the section's own title when its crime has no short name", () => {
    const [link] = crimeLinks([section('theft', ['theft'])]).first;
    expect(link).toMatchObject({ name: 'The theft section', translate: false });
  });

  it('shows the first six and puts the rest under "More kinds of crime"', () => {
    const sections = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((code) => section(code, ['burglary']));
    const { first, more } = crimeLinks(sections);
    expect(first.map((link) => link.href)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((code) => `/vip/${code}/`));
    expect(more.map((link) => link.href)).toEqual(['/vip/g/', '/vip/h/']);
  });

  it('never hides a single link behind "More"', () => {
    const sections = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((code) => section(code, ['burglary']));
    expect(crimeLinks(sections).first).toHaveLength(7);
    expect(crimeLinks(sections).more).toEqual([]);
  });

  it('on a translated page, marks the sections that are only in English', () => {
    const { first } = crimeLinks(
      [section('burglary', ['burglary']), section('court', ['other'], 'crime-specific', 'pl')],
      'pl',
    );
    expect(first.map((link) => link.inEnglish)).toEqual([true, false]);
  });
});
