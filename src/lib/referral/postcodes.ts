/**
 * Whether a postcode is in Thames Valley, by postcode district. Postcode
 * areas do not follow county lines (RG21 to RG29 are in Hampshire, HP1 to
 * HP4 in Hertfordshire, MK40 and up in Bedfordshire; SN7 and GU47 are in
 * Oxfordshire and Berkshire), so areas alone would be wrong both ways.
 */

/** Districts in Thames Valley, as area → district numbers (a whole area when "all"). */
const THAMES_VALLEY: Record<string, 'all' | readonly number[]> = {
  OX: 'all',
  SL: 'all',
  RG: [1, 2, 4, 5, 6, 7, 8, 9, 10, 12, 14, 17, 18, 19, 20, 30, 31, 40, 41, 42, 45],
  HP: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 27],
  MK: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  SN: [7],
  GU: [47],
};

/**
 * true or false for a recognisable UK postcode (or its first half), and
 * undefined when it cannot tell yet (empty, or not a postcode).
 */
export function inThamesValley(postcode: string): boolean | undefined {
  const match = /^([A-Z]{1,2})(\d{1,2})[A-Z]?(?:\s*\d[A-Z]{2})?$/.exec(postcode.trim().toUpperCase());
  if (!match) return undefined;
  const districts = THAMES_VALLEY[match[1]!];
  if (!districts) return false;
  return districts === 'all' || districts.includes(Number(match[2]));
}
