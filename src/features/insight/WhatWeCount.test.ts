/**
 * The privacy notice and cover your tracks say what the website counts, from the same setting that turns counting
 * on: on, they say what is counted and what is never kept; off, that nothing is counted.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { readSettingsFile } from '../../content-model/settings-file.ts';
import WhatWeCount from './WhatWeCount.astro';

async function render(counting: boolean, lang = 'en'): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(WhatWeCount, { props: { counting, keepDays: 400, lang } });
}

/** The words a reader hears, tags taken out and spaces joined. */
function words(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('what the website says it counts', () => {
  it('with counting on: each page’s reads per day, and no cookie, address, device or link between visits', async () => {
    const html = await render(true);
    expect(html).toContain('data-counting="on"');
    expect(html).toMatch(/<h2 id="page-reads"[^>]*>Counting page reads<\/h2>/);
    const said = words(html);
    expect(said).toContain('We count how many times each page of this website is read each day.');
    expect(said).toContain('We do not keep a cookie, your IP address, anything about your device or browser');
    expect(said).toContain('anything that could link one visit to another');
    expect(said).toContain('Global Privacy Control or Do Not Track), we do not count the pages you read.');
    expect(said).toContain('We delete the counts after 400 days.');
    expect(said).not.toContain('We do not count how many times');
  });

  it('with counting off: that pages are not counted, and nothing about what is kept', async () => {
    const said = words(await render(false));
    expect(said).toBe('Counting page reads We do not count how many times the pages of this website are read.');
  });

  it('follows the site’s own setting, which is on', () => {
    // The built privacy notice renders this component with settings.insight.countPageReads.
    expect(readSettingsFile('content').insight.countPageReads).toBe(true);
  });
});
