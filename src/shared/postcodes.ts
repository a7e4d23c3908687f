/**
 * Where a postcode is in Thames Valley, by postcode district. Postcode
 * areas do not follow county lines (RG21 to RG29 are in Hampshire, HP1 to
 * HP4 in Hertfordshire, MK40 and up in Bedfordshire; SN7 and GU47 are in
 * Oxfordshire and Berkshire), so areas alone would be wrong both ways.
 * Some districts straddle two of our areas (SL1 is Slough and Burnham,
 * RG9 is Henley and Hambleden): those give both, so a search by postcode
 * never leaves out a service that covers the person.
 */
import type { Area } from '../content-model/vocabularies.ts';

type LocalArea = Exclude<Area, 'thames-valley' | 'national'>;

/** Each postcode area in Thames Valley: its districts, and which of our areas each is in. */
interface PostcodeArea {
  districts: 'all' | readonly number[];
  /** The area most of its districts are in. */
  usually: LocalArea;
  /** Districts that are elsewhere, or in more than one area. */
  except?: Readonly<Record<number, readonly LocalArea[]>>;
}

const THAMES_VALLEY: Record<string, PostcodeArea> = {
  OX: { districts: 'all', usually: 'oxfordshire', except: { 27: ['oxfordshire', 'buckinghamshire'] } },
  SL: {
    districts: 'all',
    usually: 'berkshire',
    except: {
      0: ['buckinghamshire'],
      1: ['berkshire', 'buckinghamshire'],
      2: ['berkshire', 'buckinghamshire'],
      3: ['berkshire', 'buckinghamshire'],
      6: ['berkshire', 'buckinghamshire'],
      7: ['buckinghamshire'],
      8: ['buckinghamshire'],
      9: ['buckinghamshire'],
    },
  },
  RG: {
    districts: [1, 2, 4, 5, 6, 7, 8, 9, 10, 12, 14, 17, 18, 19, 20, 30, 31, 40, 41, 42, 45],
    usually: 'berkshire',
    except: {
      4: ['berkshire', 'oxfordshire'],
      8: ['berkshire', 'oxfordshire'],
      9: ['oxfordshire', 'buckinghamshire', 'berkshire'],
      20: ['berkshire', 'oxfordshire'],
    },
  },
  HP: {
    districts: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 27],
    usually: 'buckinghamshire',
  },
  MK: {
    districts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 46],
    usually: 'milton-keynes',
    except: {
      17: ['milton-keynes', 'buckinghamshire'],
      18: ['buckinghamshire', 'oxfordshire'],
      19: ['milton-keynes', 'buckinghamshire'],
    },
  },
  // Border districts mostly outside Thames Valley, with villages inside it: better to show local services than to say
  // "outside".
  SN: { districts: [6, 7], usually: 'oxfordshire' },
  GU: { districts: [47], usually: 'berkshire' },
  TW: { districts: [19], usually: 'berkshire' },
  LU: { districts: [7], usually: 'buckinghamshire' },
  UB: { districts: [9], usually: 'buckinghamshire' },
};

/** The postcode area and district number ("RG", 1) of a full postcode or its first half. */
function district(postcode: string): { area: string; number: number } | undefined {
  const match = /^([A-Z]{1,2})(\d{1,2})[A-Z]?(?:\s*\d[A-Z]{2})?$/.exec(postcode.trim().toUpperCase());
  return match ? { area: match[1]!, number: Number(match[2]) } : undefined;
}

/**
 * The areas of Thames Valley a postcode is in: usually one, two where its
 * district straddles a boundary, none outside Thames Valley, and undefined
 * when it is not (yet) a postcode.
 */
export function areasForPostcode(postcode: string): LocalArea[] | undefined {
  const found = district(postcode);
  if (!found) return undefined;
  const area = THAMES_VALLEY[found.area];
  if (!area || (area.districts !== 'all' && !area.districts.includes(found.number))) return [];
  return [...(area.except?.[found.number] ?? [area.usually])];
}

/**
 * true or false for a recognisable UK postcode (or its first half), and
 * undefined when it cannot tell yet (empty, or not a postcode).
 */
export function inThamesValley(postcode: string): boolean | undefined {
  const areas = areasForPostcode(postcode);
  return areas === undefined ? undefined : areas.length > 0;
}
