/**
 * Synthetic content for the benchmarks at scale (`npm run bench -- --scale N`): many valid items across the content
 * types, written into a copy of content/ (never into the real one), so the real build can be timed with a national
 * directory's worth of pages. The words are plain sentences from a small word bank; every value comes from the real
 * vocabularies, and the files pass the content guard (tests/unit/bench-synthetic-content.test.ts checks it).
 */
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readData } from '../../src/content-model/front-matter.ts';
import { contentTypes } from '../../src/content-model/schemas/index.ts';
import {
  accessRoutes,
  ageGroups,
  areas,
  crimeTypes,
  resourceFormats,
  resourceTopics,
  supportKinds,
  weekdays,
} from '../../src/content-model/vocabularies.ts';

/** The content types synthetic items are made for, and the share of the items each gets. */
export const SYNTHETIC_SHARES = {
  services: 0.35,
  news: 0.2,
  pages: 0.15,
  resources: 0.1,
  glossary: 0.08,
  vip: 0.05,
  journeySteps: 0.04,
  campaigns: 0.03,
} as const;
export type SyntheticType = keyof typeof SYNTHETIC_SHARES;

/** Every synthetic file's name starts with this, so it can never be mistaken for real content. */
export const SYNTHETIC_PREFIX = 'bench';

export interface SyntheticOptions {
  /** The day the content is written for, YYYY-MM-DD: review dates, news dates and campaign dates are set from it. */
  today?: string;
  /** The same seed gives the same content. */
  seed?: number;
}

/** How many items of each type make `total`, shared out by SYNTHETIC_SHARES (largest remainder, so they add up). */
export function syntheticCounts(total: number): Record<SyntheticType, number> {
  const types = Object.keys(SYNTHETIC_SHARES) as SyntheticType[];
  const exact = types.map((type) => total * SYNTHETIC_SHARES[type]);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = types.map((_, index) => index).sort((a, b) => exact[b]! - counts[b]! - (exact[a]! - counts[a]!));
  for (const index of byRemainder) {
    if (left <= 0) break;
    counts[index]! += 1;
    left -= 1;
  }
  return Object.fromEntries(types.map((type, index) => [type, counts[index]!])) as Record<SyntheticType, number>;
}

/** A small seeded random number generator (mulberry32): the same seed gives the same content on every machine. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  /** Between `min` and `max` different items of the list, in the list's order. */
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const wanted = Math.min(list.length, min + Math.floor(next() * (max - min + 1)));
    const chosen = new Set<number>();
    while (chosen.size < wanted) chosen.add(Math.floor(next() * list.length));
    return [...chosen].sort((a, b) => a - b).map((index) => list[index]!);
  };
  return { next, pick, some, chance: (probability: number) => next() < probability };
}
type Random = ReturnType<typeof randomFrom>;

// The word bank. Plain words only, with no apostrophes: the writing rules want curly ones, and none are needed.
const places = ['Reading', 'Oxford', 'Milton Keynes', 'High Wycombe', 'Slough', 'Banbury', 'Aylesbury', 'Newbury'];
const helpers = [
  'A support worker',
  'A trained volunteer',
  'An adviser',
  'A counsellor',
  'A caseworker',
  'An advocate',
];
const actions = [
  'listen to what happened',
  'talk through your choices with you',
  'help you make a plan to stay safe',
  'explain what the police will do next',
  'help you fill in forms',
  'go with you to court',
  'help you get your locks changed',
  'find a group near you',
  'help you ask for compensation',
  'explain your rights under the Victims Code',
  'speak to your landlord or your school for you',
  'help you sleep and eat well again',
];
const times = [
  'at any time',
  'on weekdays',
  'in the evening',
  'within two working days',
  'for as long as you need',
  'before and after court',
  'at a time that suits you',
];
const calmSentences = [
  'It is normal to feel scared, angry or numb after a crime.',
  'You do not have to report the crime to the police to get help.',
  'Support is free, and you can stop at any time.',
  'You can bring a friend or family member with you.',
  'We will not judge you, and you can take things at your own pace.',
  'Everything you tell us stays private unless someone is in danger.',
  'Many people find it helps to talk to someone who is not a friend or family member.',
];
const topics = [
  'staying safe at home',
  'going to court',
  'money after a crime',
  'talking to your children',
  'staying safe online',
  'sleeping well',
  'feeling safe again',
  'giving a statement',
  'getting your things back',
  'help for older people',
  'help for young people',
  'living with a disability',
];
const nouns = ['Listening', 'Advice', 'Recovery', 'Support', 'Outreach', 'Advocacy', 'Wellbeing', 'Family'];
const providers = ['Riverside Trust', 'Chiltern Support Network', 'Vale Community Care', 'Kennet Advice Centre'];
const termWords = ['Case', 'Witness', 'Court', 'Victim', 'Community', 'Safety', 'Review', 'Hearing', 'Order'];
const termEndings = ['meeting', 'notice', 'officer', 'plan', 'panel', 'report', 'scheme', 'letter'];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const padded = (index: number) => String(index).padStart(5, '0');

function sentence(random: Random): string {
  return random.pick([
    () => `${random.pick(helpers)} can ${random.pick(actions)} ${random.pick(times)}.`,
    () => random.pick(calmSentences),
    () => `We can meet you in ${random.pick(places)}, talk on the phone or see you online.`,
    () => `Your family, a friend or a carer can also ask for help ${random.pick(times)}.`,
  ])();
}

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** A body like a real page's: three short sections, one with a list, ending with where to get help now. */
function body(random: Random, headings: readonly [string, string, string], extra = ''): string {
  const [first, second, third] = headings;
  const list = random.some(actions, 3, 4).map((action) => `- ${action}`);
  return [
    `## ${first}`,
    paragraph(random, 3),
    paragraph(random, 2),
    `## ${second}`,
    'You can ask for help to:',
    list.join('\n'),
    extra,
    `## ${third}`,
    paragraph(random, 2),
    'To ask for support, call the Victims First Hub on 0300 1234 148 or [ask for support online](/refer/). If you are in danger now, call 999.',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function markdownFile(data: Record<string, unknown>, text: string): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n${text}\n`;
}

/** The day `days` before `today` (YYYY-MM-DD). */
function daysBefore(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function summaryOf(random: Random, lead: string): string {
  return `${lead} ${random.pick(helpers)} can ${random.pick(actions)} ${random.pick(times)}.`;
}

/** One synthetic service; `fileNames` are the others it may name as related. */
function serviceFile(random: Random, index: number, today: string, fileNames: readonly string[]): string {
  const place = random.pick(places);
  const area = random.chance(0.1)
    ? ['national']
    : random.chance(0.15)
      ? ['thames-valley']
      : random.some(
          areas.values.filter((value) => value !== 'national' && value !== 'thames-valley'),
          1,
          2,
        );
  const weekly = random.chance(0.1)
    ? { alwaysOpen: true, closedOnBankHolidays: false }
    : {
        weekly: [
          { days: weekdays.values.slice(0, 5), opens: '09:00', closes: random.pick(['17:00', '17:30', '20:00']) },
          ...(random.chance(0.3) ? [{ days: ['saturday'], opens: '10:00', closes: '13:00' }] : []),
        ],
      };
  const name = `${place} ${random.pick(nouns)} Service ${index}`;
  const data = {
    name,
    provider: random.pick(providers),
    summary: summaryOf(random, `Free help for people affected by crime in ${place}.`),
    audience: { ageGroups: random.some(ageGroups.values, 1, 3) },
    crimeTypes: random.some(crimeTypes.values, 1, 4),
    areas: area,
    supportKinds: random.some(supportKinds.values, 1, 3),
    access: random.some(accessRoutes.values, 1, 2),
    contacts: [
      { method: 'phone', value: `0300 ${String(1000 + (index % 9000))} ${String(100 + (index % 900))}` },
      { method: 'web', value: `https://example.org/services/${index}/` },
      ...(random.chance(0.4) ? [{ method: 'email', value: `help${index}@example.org` }] : []),
    ],
    openingHours: weekly,
    languages: random.chance(0.2) ? ['en', random.pick(['pl', 'ro', 'ur', 'pa', 'ar'])] : ['en'],
    referrable: random.chance(0.1),
    relatedSlugs: fileNames.length ? random.some(fileNames, 0, 3) : [],
    lastReviewed: today,
  };
  return markdownFile(data, body(random, ['What you get', 'How to get it', 'What happens next']));
}

/**
 * Write `count` synthetic services into content/services under `contentFolder` (the lead's directory benchmark uses
 * 2,000). Each may name up to three others as related. Returns their file names, without ".md".
 */
export function writeSyntheticServices(contentFolder: string, count: number, options: SyntheticOptions = {}): string[] {
  const random = randomFrom(options.seed ?? 1);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const folder = path.join(contentFolder, contentTypes.services.folder);
  mkdirSync(folder, { recursive: true });
  const fileNames = Array.from({ length: count }, (_, index) => `${SYNTHETIC_PREFIX}-service-${padded(index + 1)}`);
  fileNames.forEach((fileName, index) => {
    // Related services are chosen among near neighbours, so the choice stays cheap for thousands of services.
    const others = fileNames.slice(Math.max(0, index - 20), index + 21).filter((other) => other !== fileName);
    writeFileSync(path.join(folder, `${fileName}.md`), serviceFile(random, index + 1, today, others));
  });
  return fileNames;
}

/** The fields of every file in a content type's folder, to build on the real content (rights, orders). */
function existing(contentFolder: string, type: keyof typeof contentTypes): Record<string, unknown>[] {
  const folder = path.join(contentFolder, contentTypes[type].folder);
  return globSync(contentTypes[type].pattern, { cwd: folder }).map(
    (file) => readData(readFileSync(path.join(folder, file), 'utf8'), file) as Record<string, unknown>,
  );
}

export type SyntheticSummary = Record<SyntheticType, number> & { total: number };

/**
 * Write `total` synthetic items across the content types into `contentFolder` (a copy of content/, whose real items
 * stay), shared out by SYNTHETIC_SHARES. Journey steps come after the real ones and name real rights; pack sections
 * come after the real ones; most campaigns have ended, and only the first three are live.
 */
export function writeSyntheticContent(
  contentFolder: string,
  total: number,
  options: SyntheticOptions = {},
): SyntheticSummary {
  const counts = syntheticCounts(total);
  const random = randomFrom(options.seed ?? 1);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const write = (type: keyof typeof contentTypes, fileName: string, text: string) => {
    const folder = path.join(contentFolder, contentTypes[type].folder);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${fileName}.md`), text);
  };
  const services = writeSyntheticServices(contentFolder, counts.services, options);

  for (let index = 1; index <= counts.pages; index += 1) {
    const topic = random.pick(topics);
    const data = {
      title: `${capitalised(topic)} in ${random.pick(places)} (${index})`,
      description: `What to expect and where to get help with ${topic}, for anyone affected by crime.`,
      lastReviewed: today,
    };
    write('pages', `${SYNTHETIC_PREFIX}-page-${padded(index)}`, markdownFile(data, body(random, headingsFor(topic))));
  }

  for (let index = 1; index <= counts.news; index += 1) {
    const slug = `${SYNTHETIC_PREFIX}-news-${padded(index)}`;
    const data = {
      title: `New help with ${random.pick(topics)} in ${random.pick(places)}`,
      slug,
      date: daysBefore(today, 1 + (index % 1000)),
      summary: summaryOf(random, 'A new service has started.'),
      lastReviewed: today,
    };
    write('news', slug, markdownFile(data, `${paragraph(random, 3)}\n\n${paragraph(random, 3)}`));
  }

  for (let index = 1; index <= counts.resources; index += 1) {
    const topic = random.pick(topics);
    const data = {
      title: `A guide to ${topic} (${index})`,
      format: random.pick(resourceFormats.values),
      topics: random.some(resourceTopics.values, 1, 3),
      audience: random.some(ageGroups.values, 1, 3),
      summary: `A short, free guide to ${topic}, written in plain words for anyone affected by crime.`,
      url: `https://example.org/guides/${index}/`,
      lastReviewed: today,
    };
    write('resources', `${SYNTHETIC_PREFIX}-resource-${padded(index)}`, markdownFile(data, paragraph(random, 4)));
  }

  const terms: { slug: string; term: string }[] = [];
  for (let index = 1; index <= counts.glossary; index += 1) {
    const term = `${random.pick(termWords)} ${random.pick(termEndings)} ${index}`;
    const slug = `${SYNTHETIC_PREFIX}-term-${padded(index)}`;
    terms.push({ slug, term });
    const data = {
      term,
      slug,
      definition: `A word used in the criminal justice process. ${random.pick(helpers)} can explain what it means for you.`,
      lastReviewed: today,
    };
    write('glossary', slug, markdownFile(data, paragraph(random, 2)));
  }

  const lastPackPosition = Math.max(0, ...existing(contentFolder, 'vip').map((entry) => Number(entry['order']) || 0));
  for (let index = 1; index <= counts.vip; index += 1) {
    const code = `${SYNTHETIC_PREFIX}-${padded(index)}`;
    const crimeSpecific = random.chance(0.7);
    const data = {
      code,
      title: `${capitalised(random.pick(topics))} (${index})`,
      summary: summaryOf(random, 'What happens next and where to get help.'),
      kind: crimeSpecific ? 'crime-specific' : 'general',
      order: lastPackPosition + index,
      ...(crimeSpecific ? { crimeTypes: random.some(crimeTypes.values, 1, 2) } : {}),
      lastReviewed: today,
    };
    write('vip', code, markdownFile(data, body(random, ['What happens now', 'Getting help', 'Staying safe'])));
  }

  const steps = existing(contentFolder, 'journeySteps');
  const rights = existing(contentFolder, 'rights').map((right) => String(right['slug']));
  const lastStep = (journey: string) =>
    Math.max(0, ...steps.filter((step) => step['journey'] === journey).map((step) => Number(step['order']) || 0));
  const nextStep = {
    'criminal-justice': lastStep('criminal-justice'),
    'restorative-justice': lastStep('restorative-justice'),
  };
  for (let index = 1; index <= counts.journeySteps; index += 1) {
    const journey = index % 2 ? 'criminal-justice' : 'restorative-justice';
    nextStep[journey] += 1;
    const slug = `${SYNTHETIC_PREFIX}-step-${padded(index)}`;
    const used = terms.length ? random.some(terms, 1, 2) : [];
    const data = {
      journey,
      order: nextStep[journey],
      slug,
      title: `${capitalised(random.pick(topics))} (${index})`,
      summary: summaryOf(random, 'What happens at this step.'),
      relatedRights: random.some(rights, 1, 3),
      glossaryTerms: used.map((term) => term.slug),
      lastReviewed: today,
    };
    const explained = used.map((term) => `You may hear the words ${term.term.toLowerCase()}.`).join(' ');
    write(
      'journeySteps',
      `${SYNTHETIC_PREFIX}-${journey}-${padded(index)}`,
      markdownFile(data, body(random, ['What happens', 'What you can ask for', 'Support'], explained)),
    );
  }

  for (let index = 1; index <= counts.campaigns; index += 1) {
    const slug = `${SYNTHETIC_PREFIX}-campaign-${padded(index)}`;
    const live = index <= 3;
    const start = daysBefore(today, live ? 10 : 60 + index * 7);
    const data = {
      title: `Talk about ${random.pick(topics)} (${index})`,
      slug,
      hashtag: `#TalkAboutIt${index}`,
      summary: summaryOf(random, 'A campaign about where to get help.'),
      crimeTypes: random.some(crimeTypes.values, 1, 2),
      start,
      end: live ? daysBefore(today, -30) : daysBefore(today, 30 + index * 7),
      relatedServices: services.length ? random.some(services, 1, 3) : [],
      lastReviewed: today,
    };
    write('campaigns', slug, markdownFile(data, body(random, ['What this is about', 'What you can do', 'Get help'])));
  }

  return { ...counts, total };
}

function headingsFor(topic: string): [string, string, string] {
  return [`About ${topic}`, 'Who can help', 'What happens next'];
}
