import { describe, expect, it } from 'vitest';
import { serviceSchema } from './service.ts';
import { messages } from './test-messages.ts';

const validService = {
  name: 'Victims First Hub',
  provider: 'Thames Valley PCC',
  summary: 'The front door to support for victims of crime in Thames Valley.',
  audience: { ageGroups: ['adults'] },
  crimeTypes: ['burglary'],
  areas: ['thames-valley'],
  supportKinds: ['emotional'],
  access: ['self-referral'],
  contacts: [{ method: 'phone', value: '0300 1234 148' }],
  lastReviewed: '2026-11-23',
};

describe('the service schema', () => {
  it('accepts a complete service', () => {
    expect(serviceSchema.safeParse(validService).success).toBe(true);
  });

  it('checks each contact against its method', () => {
    const result = serviceSchema.safeParse({
      ...validService,
      contacts: [
        { method: 'email', value: 'not an email' },
        { method: 'web', value: 'http://insecure.example.org' },
        { method: 'text', value: '85258' },
        { method: 'web', value: '/refer/' },
        { method: 'web', value: 'refer' },
      ],
    });
    expect(messages(result)).toEqual([
      'contacts.0.value: must be an email address',
      'contacts.1.value: must be a full web address starting with "https://", or a page on this website starting with "/" (such as /refer/)',
      'contacts.4.value: must be a full web address starting with "https://", or a page on this website starting with "/" (such as /refer/)',
    ]);
  });

  it('only accepts values from the shared vocabularies', () => {
    const result = serviceSchema.safeParse({ ...validService, crimeTypes: ['shoplifting'] });
    expect(messages(result)[0]).toMatch(/^crimeTypes\.0: must be one of: "antisocial-behaviour", "burglary"/);
  });

  it('rejects an age range that runs backwards', () => {
    const result = serviceSchema.safeParse({
      ...validService,
      audience: { ageGroups: ['young-people'], minimumAge: 18, maximumAge: 5 },
    });
    expect(messages(result)).toEqual(['audience.maximumAge: minimum age must not be more than maximum age']);
  });
});
