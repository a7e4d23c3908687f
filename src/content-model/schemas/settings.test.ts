import { describe, expect, it } from 'vitest';
import { readSettingsFile } from '../settings-file.ts';
import { settingsSchema } from './settings.ts';
import { messages } from './test-messages.ts';

describe('settings', () => {
  it('limits the navigation to what fits on a phone', () => {
    const settings = readSettingsFile('tests/fixtures/content-valid');
    const nine = Array.from({ length: 9 }, (_, index) => ({ label: `Link ${index}`, href: `/page-${index}/` }));
    expect(messages(settingsSchema.safeParse({ ...settings, navigation: nine }))).toEqual([
      'navigation: has too many links: 8 at most fit on a phone',
    ]);
  });

  it('only accepts links that are site paths or secure addresses', () => {
    const settings = readSettingsFile('tests/fixtures/content-valid');
    const result = settingsSchema.safeParse({
      ...settings,
      navigation: [{ label: 'Bad', href: 'javascript:alert(1)' }],
    });
    expect(messages(result)[0]).toMatch(/^navigation\.0\.href: must be a path on this site/);
  });
});
