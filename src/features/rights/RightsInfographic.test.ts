import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import type { RightEntry } from '../../content-model/collections/rights.ts';
import { readData } from '../../content-model/guard.ts';
import { rightSchema } from '../../content-model/schemas/right.ts';
import RightsInfographic from './RightsInfographic.astro';

const file = 'tests/fixtures/content-valid/rights/en/01-understand.md';
const understand: RightEntry = {
  id: '01-understand',
  data: rightSchema.parse(readData(readFileSync(file, 'utf8'), file)),
};
const compensation: RightEntry = {
  id: '06-compensation',
  data: {
    ...understand.data,
    number: 6,
    slug: 'information-about-compensation',
    title: 'To be given information about compensation',
    summary: 'You must be told how to claim compensation.',
    icon: 'pound',
    appliesWithoutReport: false,
  },
};

async function render(props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(RightsInfographic, { props });
}

describe('the Victims’ Code infographic', () => {
  it('is one numbered list, in the order given, each right linking to its own page', async () => {
    const html = await render({ rights: [understand, compensation], base: '/your-rights/' });
    expect(html).toMatch(/^<ol class="rights-infographic" aria-label="The rights in the Victims’ Code"/);
    expect([...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((match) => [match[1], match[2]])).toEqual([
      ['/your-rights/understand-and-be-understood/', 'To understand and be understood'],
      ['/your-rights/information-about-compensation/', 'To be given information about compensation'],
    ]);
  });

  it('keeps its drawings and big numbers from screen readers, which read the titles instead', async () => {
    const html = await render({ rights: [understand], base: '/your-rights/' });
    expect(html).toMatch(/<span class="rights-infographic__number" aria-hidden="true"[^>]*>1<\/span>/);
    expect(html).toMatch(/<svg class="right-icon"[^>]*aria-hidden="true"[^>]*focusable="false"/);
  });

  it('says which rights you have even if you have not reported the crime', async () => {
    const html = await render({ rights: [understand, compensation], base: '/your-rights/' });
    expect(html.match(/Even if you have not reported the crime/g)).toHaveLength(1);
    expect(html.indexOf('Even if you have not reported')).toBeLessThan(html.indexOf('information-about-compensation'));
  });

  it('uses the words for children and young people, with a name of its own, when asked', async () => {
    const html = await render({
      rights: [understand],
      base: '/your-rights/',
      wording: 'young-people',
      label: 'Your rights if you are under 18',
    });
    expect(html).toContain('aria-label="Your rights if you are under 18"');
    expect(html).toContain('You can understand and be understood');
    expect(html).toContain('If it is hard to understand, you can get help, such as an interpreter.');
    expect(html).not.toContain('To understand and be understood');
  });
});
