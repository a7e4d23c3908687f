import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { easyReadSchema } from '../../content-model/schemas/easy-read.ts';
import EasyReadBooklet from './EasyReadBooklet.astro';

const page = easyReadSchema.parse({
  title: 'How to ask for support: Easy Read',
  description: 'How to ask Victims First for support, in Easy Read.',
  printedPages: 3,
  sections: [
    {
      heading: 'How to ask',
      points: [
        { picture: 'phone-call', text: 'Call the hub on 0300 1234 148.' },
        { picture: 'computer', text: 'Go to www.victims-first.org.uk/refer' },
      ],
    },
    { heading: 'If you are in danger now', points: [{ picture: 'emergency', text: 'Call 999.' }] },
  ],
  lastReviewed: '2026-11-27',
});

async function render(): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(EasyReadBooklet, {
    props: {
      page,
      address: '/easy-read/asking-for-support/',
      siteUrl: 'https://www.victims-first.org.uk',
      serviceName: 'Victims First',
    },
  });
}

describe('an Easy Read page', () => {
  it('has the title, then says how many pages it prints on and how to print it, without a script', async () => {
    const html = await render();
    expect(html).toMatch(/<h1 class="easy-read__title"[^>]*>How to ask for support: Easy Read<\/h1>/);
    expect(html).toContain('You can print this page. It prints on 3 pages.');
    expect(html).toMatch(
      /<strong>Print this page:<\/strong>\s*Open the menu of your web browser\. Then choose Print\./,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<button');
  });

  it('shows each part as a heading, then each point with a decorative picture beside its words', async () => {
    const html = await render();
    expect([...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((match) => match[1]?.trim())).toEqual([
      'How to ask',
      'If you are in danger now',
    ]);
    const points = [...html.matchAll(/<li class="easy-read__point"[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]!);
    expect(points).toHaveLength(3);
    for (const point of points) {
      expect(point).toMatch(/^\s*<svg class="easy-read-picture"[^>]*aria-hidden="true"[^>]*focusable="false"/);
      expect(point).toMatch(/<p class="easy-read__text"/);
    }
    expect(points[0]).toContain('data-picture="phone-call"');
  });

  it('links an address on this site, and says on paper where the page is and when it was checked', async () => {
    const html = await render();
    expect(html).toMatch(/<a href="\/refer\/"[^>]*>www\.victims-first\.org\.uk\/refer<\/a>/);
    expect(html).toContain(
      'This is from Victims First. You can find it online at www.victims-first.org.uk/easy-read/asking-for-support',
    );
    expect(html).toMatch(/<time datetime="2026-11-27"[^>]*>27 November 2026<\/time>/);
  });
});
