import { describe, expect, it } from 'vitest';
import { describeAudience } from './service-audience.ts';

describe('who a service is for', () => {
  it('reads as one plain line', () => {
    expect(
      describeAudience({ ageGroups: ['children', 'young-people'], minimumAge: 5, maximumAge: 18, byAndFor: false }),
    ).toBe('People, ages 5 to 18');
    expect(
      describeAudience({ ageGroups: ['children', 'young-people', 'adults', 'older-people'], byAndFor: false }),
    ).toBe('Everyone');
    expect(describeAudience({ ageGroups: ['adults', 'older-people'], byAndFor: false })).toBe(
      'Adults (18 and over), Older people (65 and over)',
    );
    expect(
      describeAudience({
        ageGroups: ['adults'],
        genderFocus: 'Women',
        minimumAge: 16,
        communityFocus: 'Black and minoritised women',
        byAndFor: true,
      }),
    ).toBe('Women, aged 16 and over; run by and for Black and minoritised women');
  });
});
