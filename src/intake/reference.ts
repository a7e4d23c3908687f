/**
 * Referral reference numbers people can read out over the phone: 8
 * characters from an alphabet without look-alikes (0, O, 1, I, L, 2, Z, 5,
 * S, 8, B, U and V are all left out), shown in two groups of 4.
 */
import { randomInt } from 'node:crypto';

/** The characters a reference is made of: none looks like another. */
export const REFERENCE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
/** Characters in a reference, not counting the dash. */
export const REFERENCE_LENGTH = 8;

/** A new random reference such as "7KXM-QD4R" (23^8, about 78 billion possibilities). */
export function newReference(random: (max: number) => number = randomInt): string {
  let characters = '';
  for (let index = 0; index < REFERENCE_LENGTH; index += 1)
    characters += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  return `${characters.slice(0, 4)}-${characters.slice(4)}`;
}

/**
 * A reference as someone typed it (any case, with or without spaces or the dash), tidied; undefined if it cannot be
 * one.
 */
export function normaliseReference(input: string): string | undefined {
  const characters = input.toUpperCase().replace(/[\s-]/g, '');
  if (
    characters.length !== REFERENCE_LENGTH ||
    [...characters].some((character) => !REFERENCE_ALPHABET.includes(character))
  )
    return undefined;
  return `${characters.slice(0, 4)}-${characters.slice(4)}`;
}
