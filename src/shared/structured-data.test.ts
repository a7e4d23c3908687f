import { describe, expect, it } from 'vitest';
import { jsonForScript, openingHoursSpecification } from './structured-data.ts';

describe('schema.org structured data', () => {
  it('writes weekly opening hours, with midnight as 23:59', () => {
    expect(
      openingHoursSpecification({
        alwaysOpen: false,
        closedOnBankHolidays: true,
        weekly: [{ days: ['saturday'], opens: '18:00', closes: '24:00' }],
      }),
    ).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Saturday'],
        opens: '18:00',
        closes: '23:59',
      },
    ]);
  });

  it('writes "open 24 hours" as every day, all day', () => {
    const [always] = openingHoursSpecification({ alwaysOpen: true, closedOnBankHolidays: false, weekly: [] });
    expect(always).toMatchObject({ opens: '00:00', closes: '23:59' });
    expect(always?.['dayOfWeek']).toHaveLength(7);
  });

  it('keeps JSON from ending its script element early', () => {
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
