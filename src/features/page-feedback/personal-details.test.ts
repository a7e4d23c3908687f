import { describe, expect, it } from 'vitest';
import { REMOVED, removePersonalDetails } from './personal-details.ts';

const cleaned = (text: string) => removePersonalDetails(text).text;

describe('personal details in page feedback', () => {
  it('removes email addresses in their usual shapes, and social media handles', () => {
    for (const email of ['sam@example.com', 'Sam.Jones+vf@mail.example.co.uk', 'SAM_1@EXAMPLE.ORG', '@samjones99'])
      expect(cleaned(`Please email me at ${email} thanks`)).toBe(`Please email me at ${REMOVED} thanks`);
  });

  it('removes UK phone numbers written any way, and international ones', () => {
    for (const phone of [
      '07700 900982',
      '07700900982',
      '+44 7700 900982',
      '+44 (0)7700 900 982',
      '01865 123456',
      '(01865) 123 456',
      '020 7946 0958',
      '0300-1234-148',
      '0044 1865 123456',
      '+48 512 345 678',
    ])
      expect(cleaned(`Call ${phone} after 6`), phone).toBe(`Call ${REMOVED} after 6`);
  });

  it('removes number shapes no phone has, in case they are one mistyped', () => {
    expect(cleaned('my number is 0770 090 09822 ok')).toBe(`my number is ${REMOVED} ok`);
  });

  it('removes UK postcodes, with or without the space, in any case', () => {
    for (const postcode of ['OX1 1AA', 'ox11aa', 'SW1A 1AA', 'rg1  2ab', 'MK9 2EA', 'B1 1AA'])
      expect(cleaned(`I live at ${postcode}.`), postcode).toBe(`I live at ${REMOVED}.`);
  });

  it('says whether anything was removed, and leaves ordinary words and numbers alone', () => {
    const ordinary = 'The page about court on 27 11 2026 was hard to follow. Step 3 of 12, call 999 or 101. Age 25.';
    expect(removePersonalDetails(ordinary)).toEqual({ text: ordinary, removed: false });
    expect(removePersonalDetails('Text me on 07700 900982 or sam@example.com, RG1 1AA').removed).toBe(true);
    expect(cleaned('Text me on 07700 900982 or sam@example.com, RG1 1AA')).toBe(
      `Text me on ${REMOVED} or ${REMOVED}, ${REMOVED}`,
    );
  });
});
