import { describe, expect, it } from 'vitest';
import { serviceSchema } from '../../content-model/schemas/service.ts';
import { jsonForScript, serviceStructuredData } from './service-structured-data.ts';

describe('schema.org data for a service page', () => {
  const service = serviceSchema.parse({
    name: 'Young Victims Service',
    provider: 'Victims First',
    summary: 'Support for children and young people aged 5 to 18 affected by crime.',
    audience: { ageGroups: ['children', 'young-people'], minimumAge: 5, maximumAge: 18 },
    crimeTypes: ['violent-crime'],
    areas: ['thames-valley'],
    supportKinds: ['emotional'],
    access: ['through-hub'],
    contacts: [
      { method: 'phone', value: '0300 1234 148' },
      { method: 'web', value: 'https://www.example.org/refer/' },
    ],
    openingHours: { weekly: [{ days: ['monday', 'friday'], opens: '09:00', closes: '24:00' }] },
    lastReviewed: '2026-11-23',
  });
  const data = serviceStructuredData(service, 'https://victims-first.example/services/young-victims-service/');

  it('describes the service, its phone, area, ages and hours', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: 'Young Victims Service',
      url: 'https://victims-first.example/services/young-victims-service/',
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Thames Valley' }],
      audience: { '@type': 'PeopleAudience', suggestedMinAge: 5, suggestedMaxAge: 18 },
      isAccessibleForFree: true,
      availableChannel: { servicePhone: { telephone: '0300 1234 148' }, serviceUrl: 'https://www.example.org/refer/' },
      hoursAvailable: [
        { dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Friday'], opens: '09:00', closes: '23:59' },
      ],
    });
  });

  it('cannot close the script element it sits in', () => {
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
