import { describe, expect, it } from 'vitest';
import { curlApostrophes, writingProblems } from './writing-rules.ts';

const site = 'https://www.victims-first.org.uk';
const file = 'content/services/hub.md';

describe('the house rules for words in content', () => {
  it('names the field and the words with a straight apostrophe', () => {
    const problems = writingProblems(file, { title: "Victims' Right to Review", summary: 'Victims’ Code' }, '', site);
    expect(problems).toEqual([
      expect.objectContaining({ file, field: 'title', message: expect.stringContaining('"Victims\' Right to') }),
    ]);
    expect(problems[0]?.message).toContain('’');
  });

  it('finds a straight apostrophe inside a word, after a plural s, and in the body', () => {
    expect(writingProblems(file, { a: "don't" }, '', site)).toHaveLength(1);
    expect(writingProblems(file, { a: "the victims' pack." }, '', site)).toHaveLength(1);
    expect(writingProblems(file, {}, "It's free.", site)).toEqual([expect.objectContaining({ field: 'body' })]);
  });

  it('leaves quotation marks, curly apostrophes, code and link targets alone', () => {
    expect(
      writingProblems(file, { a: "Search for 'stalking'", b: 'don’t', c: "https://x.org/it's" }, '', site),
    ).toEqual([]);
    expect(writingProblems(file, {}, "Type `it's` or see [the page](https://x.org/o'brien).", site)).toEqual([]);
  });

  it('refuses a link to this website by its full address, with or without www, and says what to write', () => {
    const problems = writingProblems(
      file,
      { contacts: [{ method: 'web', value: 'https://www.victims-first.org.uk/refer/' }] },
      'Go to [the form](http://victims-first.org.uk/vip/burglary/).',
      site,
    );
    expect(problems.map((problem) => problem.field)).toEqual(['contacts[0].value', 'body']);
    expect(problems[0]?.message).toContain('write /refer/ instead');
    expect(problems[1]?.message).toContain('write /vip/burglary/ instead');
  });

  it('allows the address written out for people to read, links to other sites, and the setting that names the site', () => {
    expect(
      writingProblems(
        'content/settings/site.yaml',
        { siteUrl: site, text: 'Go to www.victims-first.org.uk/refer on your phone.' },
        'See [Samaritans](https://www.samaritans.org/).',
        site,
      ),
    ).toEqual([]);
  });
});

describe('curling apostrophes, as the content editor does when it saves', () => {
  it('curls apostrophes in words and after a plural s, and leaves quotation marks alone', () => {
    expect(curlApostrophes("Victims' Right to Review: don't wait, it's 'free'.")).toBe(
      "Victims’ Right to Review: don’t wait, it’s 'free'.",
    );
  });

  it('leaves code, link targets and web addresses as they are, so no link breaks', () => {
    const text = "See [O'Brien's page](https://x.org/o'brien) or https://x.org/it's, and type `it's`.";
    expect(curlApostrophes(text)).toBe(
      "See [O’Brien’s page](https://x.org/o'brien) or https://x.org/it's, and type `it's`.",
    );
    expect(curlApostrophes("/o'brien/")).toBe("/o'brien/");
  });

  it('gives text the content check then accepts', () => {
    const text = curlApostrophes("The hub's number, and the victims' pack.");
    expect(writingProblems('content/x.md', { text }, '', 'https://www.victims-first.org.uk')).toEqual([]);
  });
});
