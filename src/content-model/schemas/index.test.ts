import { describe, expect, it } from 'vitest';
import { contentTypes } from './index.ts';

describe('content types', () => {
  it('covers every type of content the site has', () => {
    expect(Object.keys(contentTypes).sort()).toEqual([
      'campaigns',
      'connectPoints',
      'easyRead',
      'glossary',
      'journeySteps',
      'news',
      'pages',
      'resources',
      'rights',
      'services',
      'settings',
      'vip',
    ]);
  });

  it('gives each type its own folder', () => {
    const folders = Object.values(contentTypes).map((type) => type.folder);
    expect(new Set(folders).size).toBe(folders.length);
  });
});
