import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import StepByStep from './StepByStep.astro';

const steps = [
  {
    id: 'cj-1',
    data: { slug: 'reporting-a-crime', order: 1, title: 'Reporting a crime', summary: 'You tell the police.' },
  },
  {
    id: 'cj-2',
    data: { slug: 'the-investigation', order: 2, title: 'The investigation', summary: 'They look into it.' },
  },
  { id: 'cj-3', data: { slug: 'at-court', order: 3, title: 'At court', summary: 'A trial, if there is one.' } },
];

async function render(current?: string): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(StepByStep, {
    props: { label: 'Step by step: the criminal justice process', journey: 'criminal-justice', steps, current },
  });
}

describe('step-by-step navigation', () => {
  it('is a named navigation landmark listing every step in order, each linking to its page', async () => {
    const html = await render();
    expect(html).toMatch(/^<nav class="step-by-step" aria-label="Step by step: the criminal justice process"/);
    expect([...html.matchAll(/<a class="step-by-step__link" href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '/criminal-justice/reporting-a-crime/',
      '/criminal-justice/the-investigation/',
      '/criminal-justice/at-court/',
    ]);
    expect(html).toContain('A trial, if there is one.');
  });

  it('marks the step being read, and only that one, for screen readers and on screen', async () => {
    const html = await render('the-investigation');
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toMatch(/href="\/criminal-justice\/the-investigation\/" aria-current="step"/);
    expect(html.match(/step-by-step__step--current/g)).toHaveLength(1);
  });

  it('marks no step on the overview, where the reader is on none of them', async () => {
    expect(await render()).not.toContain('aria-current');
  });

  it('shows each step’s number, which screen readers skip as the list already counts', async () => {
    const html = await render();
    expect([...html.matchAll(/<span class="step-by-step__number" aria-hidden="true"[^>]*>(\d)<\/span>/g)]).toHaveLength(
      3,
    );
  });
});
