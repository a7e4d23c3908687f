/**
 * schema.org data for a Connect point's page: a Place with its postal
 * address, opening hours and access features, so search engines and maps
 * that read it show the right details. Built only from the point's content;
 * no map service, no coordinates.
 */
import type { ConnectPoint } from '../../content-model/schemas/connect-point.ts';
import { accessFeatures, localAreas } from '../../content-model/vocabularies.ts';
import { openingHoursSpecification } from '../../shared/structured-data.ts';

/** A schema.org Place for the point's page at pageUrl. */
export function connectPointStructuredData(point: ConnectPoint, pageUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: point.name,
    description: `A Victims First Connect point run by ${point.host}.`,
    url: pageUrl,
    address: {
      '@type': 'PostalAddress',
      streetAddress: point.address.lines.join(', '),
      addressLocality: point.address.town,
      addressRegion: localAreas.label(point.area),
      postalCode: point.address.postcode,
      addressCountry: 'GB',
    },
    containedInPlace: { '@type': 'AdministrativeArea', name: localAreas.label(point.area) },
    ...(point.openingHours ? { openingHoursSpecification: openingHoursSpecification(point.openingHours) } : {}),
    ...(point.accessibility.length > 0
      ? {
          amenityFeature: point.accessibility.map((feature) => ({
            '@type': 'LocationFeatureSpecification',
            name: accessFeatures.label(feature),
            value: true,
          })),
        }
      : {}),
    isAccessibleForFree: true,
    publicAccess: true,
  };
}
