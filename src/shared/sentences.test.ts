import { describe, expect, it } from 'vitest';
import { fillIn, sayFrom, translatable } from './sentences.ts';

const polish = {
  'There is a problem': 'Wystąpił problem',
  'Must be {max} characters or fewer': 'Maksymalna liczba znaków: {max}',
  'Call the hub on {phone} and give the reference number above.':
    'Zadzwoń do hubu pod numer {phone} i podaj numer referencyjny powyżej.',
};

describe('saying a sentence in the reader’s language', () => {
  it('gives the translation, with values put in', () => {
    const say = sayFrom(polish);
    expect(say('There is a problem')).toBe('Wystąpił problem');
    expect(say('Call the hub on {phone} and give the reference number above.', { phone: '0300 1234 148' })).toBe(
      'Zadzwoń do hubu pod numer 0300 1234 148 i podaj numer referencyjny powyżej.',
    );
  });

  it('translates a sentence that was filled in before, by its pattern, keeping the values', () => {
    const message = fillIn(translatable('Must be {max} characters or fewer'), { max: 200 });
    expect(message).toBe('Must be 200 characters or fewer');
    expect(sayFrom(polish)(message)).toBe('Maksymalna liczba znaków: 200');
  });

  it('says a value that is itself a sentence to translate, such as the name of a box, in the language too', () => {
    const words = {
      ...polish,
      '{field} must be {max} characters or fewer': '{field}: najwyżej {max} znaków',
      Postcode: 'Kod pocztowy',
    };
    const message = fillIn(translatable('{field} must be {max} characters or fewer'), { field: 'Postcode', max: 10 });
    expect(sayFrom(words)(message)).toBe('Kod pocztowy: najwyżej 10 znaków');
  });

  it('leaves a sentence with no translation in English rather than leaving a gap', () => {
    expect(sayFrom(polish)('Send referral')).toBe('Send referral');
    expect(sayFrom()('Step {number} of {total}', { number: 2, total: 5 })).toBe('Step 2 of 5');
  });

  it('keeps numbers in their own order inside right-to-left sentences', () => {
    const urdu = {
      'The hub calls from {number}.': 'ہب {number} سے کال کرتا ہے۔',
      'Like 01632 960 001': 'جیسے 01632 960 001',
    };
    const say = sayFrom(urdu, { isolateValues: true });
    expect(say('The hub calls from {number}.', { number: '0300 1234 148' })).toBe(
      'ہب \u20680300 1234 148\u2069 سے کال کرتا ہے۔',
    );
    expect(say('Like 01632 960 001')).toBe('جیسے \u206801632 960 001\u2069');
    // Left-to-right text needs no isolating, so nothing invisible is added.
    expect(
      sayFrom(polish)('Call the hub on {phone} and give the reference number above.', { phone: '1 2' }),
    ).not.toMatch(/[\u2066-\u2069]/);
  });
});
