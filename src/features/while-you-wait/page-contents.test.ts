import { describe, expect, it } from 'vitest';
import { pageContents } from './page-contents.ts';

describe('the contents list of a long page', () => {
  const headings = [
    { depth: 2, slug: 'how-you-might-be-feeling', text: 'How you might be feeling' },
    { depth: 3, slug: 'at-night', text: 'At night' },
    { depth: 2, slug: 'if-you-need-to-talk-now', text: 'If you need to talk now ' },
  ];

  it("lists the page's own level-2 headings in order, then the sections the route adds", () => {
    expect(pageContents(headings, [{ id: 'support-plan', text: 'My support plan' }])).toEqual([
      { id: 'how-you-might-be-feeling', text: 'How you might be feeling' },
      { id: 'if-you-need-to-talk-now', text: 'If you need to talk now' },
      { id: 'support-plan', text: 'My support plan' },
    ]);
  });

  it('keeps headings in other scripts as Astro made their ids', () => {
    expect(pageContents([{ depth: 2, slug: 'ما-قد-تشعر-به', text: 'ما قد تشعر به' }])).toEqual([
      { id: 'ما-قد-تشعر-به', text: 'ما قد تشعر به' },
    ]);
  });

  it('leaves out a heading with no id or no words, and an id already listed', () => {
    expect(
      pageContents(
        [
          { depth: 2, slug: '', text: 'No id' },
          { depth: 2, slug: 'empty', text: ' ' },
          { depth: 2, slug: 'support-plan', text: 'Support plan' },
        ],
        [{ id: 'support-plan', text: 'My support plan' }],
      ),
    ).toEqual([{ id: 'support-plan', text: 'Support plan' }]);
  });
});
