/**
 * Who a service is for, in one plain line: "Ages 5 to 18", "Women and girls, aged 16 and over; run by and for Black and
 * minoritised women".
 */
import type { Service } from '../../content-model/schemas/service.ts';
import { ageGroups } from '../../content-model/vocabularies.ts';

/** "ages 5 to 18", "aged 16 and over", "aged 11 and under"; undefined when no age is given. */
export function describeAgeRange(minimum?: number, maximum?: number): string | undefined {
  if (minimum !== undefined && maximum !== undefined) return `ages ${minimum} to ${maximum}`;
  if (minimum !== undefined) return `aged ${minimum} and over`;
  if (maximum !== undefined) return `aged ${maximum} and under`;
  return undefined;
}

/** Who a service is for, in one line, as its card and its page show it. */
export function describeAudience(audience: Service['audience']): string {
  const ages = describeAgeRange(audience.minimumAge, audience.maximumAge);
  const who =
    audience.genderFocus ??
    (ages
      ? 'People'
      : audience.ageGroups.length === ageGroups.values.length
        ? 'Everyone'
        : audience.ageGroups.map((group) => ageGroups.label(group)).join(', '));
  const parts = [ages ? `${who}, ${ages}` : who];
  if (audience.communityFocus)
    parts.push(audience.byAndFor ? `run by and for ${audience.communityFocus}` : `for ${audience.communityFocus}`);
  else if (audience.byAndFor) parts.push('run by and for the community it serves');
  return parts.join('; ');
}
