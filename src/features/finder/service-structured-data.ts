/**
 * schema.org structured data for a service's page, so search engines can
 * show its phone number, hours and area correctly. Built only from the
 * service's content.
 */
import type { Service } from '../../content-model/schemas/service.ts';
import { areas } from '../../content-model/vocabularies.ts';
import { openingHoursSpecification } from '../../shared/structured-data.ts';

export { jsonForScript } from '../../shared/structured-data.ts';

/** A schema.org Service for the service's page at pageUrl. */
export function serviceStructuredData(service: Service, pageUrl: string): Record<string, unknown> {
  const phone = service.contacts.find((contact) => contact.method === 'phone');
  const web = service.contacts.find((contact) => contact.method === 'web');
  const email = service.contacts.find((contact) => contact.method === 'email');
  const hours = service.openingHours;
  const served = service.areas.map((area) =>
    area === 'national' ? 'England and Wales' : area === 'thames-valley' ? 'Thames Valley' : areas.label(area),
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: service.name,
    description: service.summary,
    url: pageUrl,
    provider: { '@type': 'Organization', name: service.provider },
    areaServed: served.map((name) => ({ '@type': 'AdministrativeArea', name })),
    audience: {
      '@type': 'PeopleAudience',
      ...(service.audience.minimumAge !== undefined ? { suggestedMinAge: service.audience.minimumAge } : {}),
      ...(service.audience.maximumAge !== undefined ? { suggestedMaxAge: service.audience.maximumAge } : {}),
    },
    availableLanguage: service.languages,
    isAccessibleForFree: /^free\b/i.test(service.cost),
    availableChannel: {
      '@type': 'ServiceChannel',
      ...(phone
        ? { servicePhone: { '@type': 'ContactPoint', telephone: phone.value, contactType: 'customer support' } }
        : {}),
      ...(web ? { serviceUrl: new URL(web.value, pageUrl).href } : {}),
    },
    ...(email ? { email: email.value } : {}),
    ...(hours ? { hoursAvailable: openingHoursSpecification(hours) } : {}),
  };
}
