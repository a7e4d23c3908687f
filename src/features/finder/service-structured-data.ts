/**
 * schema.org structured data for a service's page, so search engines can
 * show its phone number, hours and area correctly. Built only from the
 * service's content.
 */
import type { Service } from '../../content-model/schemas/service.ts';
import { areas } from '../../content-model/vocabularies.ts';
import { weekdays } from '../../content-model/vocabularies.ts';

const dayNames: Record<string, string> = Object.fromEntries(
  weekdays.entries.map((entry) => [entry.value, `https://schema.org/${entry.label}`]),
);

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
    ...(hours
      ? {
          hoursAvailable: hours.alwaysOpen
            ? [
                {
                  '@type': 'OpeningHoursSpecification',
                  dayOfWeek: Object.values(dayNames),
                  opens: '00:00',
                  closes: '23:59',
                },
              ]
            : hours.weekly.map((period) => ({
                '@type': 'OpeningHoursSpecification',
                dayOfWeek: period.days.map((day) => dayNames[day]),
                opens: period.opens,
                closes: period.closes === '24:00' ? '23:59' : period.closes,
              })),
        }
      : {}),
  };
}

/** JSON that is safe inside a <script> element: no "</script>" can end it early. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
