import { describe, expect, it } from 'vitest';
import { easyReadPictures, easyReadSchema } from './easy-read.ts';
import { messages } from './test-messages.ts';

describe('Easy Read pages', () => {
  const page = {
    title: 'Your rights: Easy Read',
    description: 'Your rights after a crime, in Easy Read with pictures.',
    printedPages: 2,
    sections: [{ heading: 'You can get support', points: [{ picture: 'support', text: 'You can get help.' }] }],
    lastReviewed: '2026-11-27',
  };

  it('take a title, a description, the printed pages, parts of points, and review dates', () => {
    const parsed = easyReadSchema.parse(page);
    expect(parsed.sections[0]?.points[0]).toEqual({ picture: 'support', text: 'You can get help.' });
    expect(parsed.lastReviewed).toEqual(new Date('2026-11-27T00:00:00Z'));
    expect(easyReadPictures).toContain('support');
  });

  it('say which picture names they take, and that a point must be short', () => {
    const result = easyReadSchema.safeParse({
      ...page,
      sections: [{ heading: 'Help', points: [{ picture: 'smiley', text: 'x'.repeat(151) }] }],
    });
    const found = messages(result);
    expect(found[0]).toMatch(/^sections\.0\.points\.0\.picture: must be one of: "book", "person"/);
    expect(found[1]).toBe('sections.0.points.0.text: must be one or two very short sentences: 150 characters or fewer');
  });

  it('need the number of printed pages as a whole number', () => {
    const { printedPages: _missing, ...withoutPages } = page;
    expect(messages(easyReadSchema.safeParse(withoutPages))).toEqual([
      'printedPages: is missing: write how many A4 pages this prints on, for example 4',
    ]);
    expect(messages(easyReadSchema.safeParse({ ...page, printedPages: 2.5 }))).toEqual([
      'printedPages: must be a whole number of pages, for example 4',
    ]);
  });

  it('need at least one part, each with at least one point', () => {
    expect(messages(easyReadSchema.safeParse({ ...page, sections: [] }))).toEqual(['sections: needs at least 1 part']);
    expect(messages(easyReadSchema.safeParse({ ...page, sections: [{ heading: 'Help', points: [] }] }))).toEqual([
      'sections.0.points: needs at least 1 point',
    ]);
  });
});
