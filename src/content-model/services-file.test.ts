import { describe, expect, it } from 'vitest';
import { readReferrableServices } from './services-file.ts';

describe('the services a person can ask to be referred to', () => {
  it('are read from content, A to Z, only those marked referrable', () => {
    const choices = readReferrableServices('content');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.map((choice) => choice.label)).toEqual(
      [...choices.map((choice) => choice.label)].sort((a, b) => a.localeCompare(b, 'en-GB')),
    );
    expect(choices).toContainEqual({ value: 'young-victims-service', label: 'Young Victims Service' });
    expect(choices.map((choice) => choice.value)).not.toContain('samaritans');
    expect(readReferrableServices('tests/fixtures/content-valid')).toEqual([]);
  });
});
