import { describe, expect, it } from 'vitest';
import { feedbackByPage, mostRead, pagesNobodyRead, readsEachDay } from './insight.ts';
import { EXAMPLE_DATA, EXAMPLE_HEALTH } from './report-fixture.ts';
import { renderReport } from './report-html.ts';

const report = renderReport(EXAMPLE_DATA, EXAMPLE_HEALTH, new Date('2026-11-27T09:00:00Z'));

describe('the figures in the comms team’s report', () => {
  it('adds up reads per page and per day, days without reads included', () => {
    expect(mostRead(EXAMPLE_DATA.reads)).toEqual([
      { page: '/', reads: 75 },
      { page: '/refer/', reads: 21 },
      { page: '/your-rights/', reads: 18 },
      { page: '/vip/burglary/', reads: 7 },
    ]);
    expect(readsEachDay(EXAMPLE_DATA.reads, '2026-11-20', '2026-11-26').map((entry) => entry.reads)).toEqual([
      52, 53, 0, 9, 0, 0, 7,
    ]);
    expect(pagesNobodyRead(EXAMPLE_DATA.pages, EXAMPLE_DATA.reads)).toEqual(['/connect/']);
  });

  it('puts the pages people said no to most first, with what they wrote', () => {
    const [rights, refer] = feedbackByPage(EXAMPLE_DATA.feedback);
    expect(rights).toMatchObject({ page: '/your-rights/', yes: 1, no: 2, noRate: 2 / 3 });
    expect(rights!.comments.map((comment) => comment.text)).toEqual([
      'I could not find how to complain.',
      'Too long. Call me on [removed] <b>',
    ]);
    expect(refer).toMatchObject({ page: '/refer/', yes: 1, no: 0, noRate: 0 });
  });
});

describe('the report as a page', () => {
  it('draws the fixture’s figures in its charts and tables', () => {
    expect(report).toMatch(
      /<title>What people read and said, 20 November 2026 to 26 November 2026 – Victims First<\/title>/,
    );
    // Bars: the longest is the most read page; each is labelled with its figure.
    const bars = [...report.matchAll(/<rect x="260" y="\d+" width="(\d+)"/g)].map((match) => Number(match[1]));
    expect(bars).toEqual([280, 78, 67, 26]);
    expect(report).toContain('<th scope="row"><code>/</code></th><td>75</td>');
    expect(report).toContain('<td>1</td><td>2</td><td>67%</td>');
    expect(report).toContain('<strong>121</strong> page reads');
    expect(report).toContain('<strong>50%</strong> of them said no');
    expect(report).toContain('Page reads each day over the whole site, 20 November 2026 to 26 November 2026');
  });

  it('lists the content health flags, and escapes everything that came from people', () => {
    expect(report).toContain('<code>content/services/example.md</code>: Confirm the opening hours with the service.');
    expect(report).toContain('<code>content/pages/pl/refer.md</code>');
    expect(report).toContain('On <code>/about/</code>: <code>/old-page/</code> leads nowhere.');
    expect(report).toContain('No campaign is past its review date.');
    expect(report).toContain('Too long. Call me on [removed] &lt;b&gt;');
    expect(report).not.toContain('<b>');
  });

  it('asks nothing of any other host: no script, no font, no picture, and a policy that allows none', () => {
    expect(report).not.toMatch(/<script|<link|<img|@import|url\(/);
    expect(report).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('says when page reads are not being counted, instead of showing none', () => {
    const off = renderReport({ ...EXAMPLE_DATA, countingReads: false, reads: [] }, EXAMPLE_HEALTH, new Date());
    expect(off).toContain('Page reads are not being counted');
    expect(off).not.toContain('Every page was read');
  });
});
