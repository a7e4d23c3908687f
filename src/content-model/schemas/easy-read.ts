import { z } from 'astro/zod';
import { pageSummary, reviewFields } from './common.ts';

/**
 * The pictures an Easy Read point can show, each with the name the comms team
 * sees in the editor. src/features/easy-read/EasyReadPicture.astro draws them.
 */
export const easyReadPictureOptions = [
  { value: 'book', label: "Book (the Victims' Code, a list of rights)" },
  { value: 'person', label: 'One person (you)' },
  { value: 'people', label: 'Two people (family, friends, someone who helps)' },
  { value: 'worker', label: 'A worker with a badge' },
  { value: 'police', label: 'Police badge' },
  { value: 'speech', label: 'Speech bubble (talking, understanding)' },
  { value: 'people-talking', label: 'Two speech bubbles (a conversation)' },
  { value: 'sign-language', label: 'Hand (sign language)' },
  { value: 'clipboard', label: 'Clipboard (writing something down)' },
  { value: 'crime-number', label: 'Hash sign (a number for your case)' },
  { value: 'information', label: 'Letter i (information)' },
  { value: 'support', label: 'Hand holding a heart (support, help)' },
  { value: 'money', label: 'Pound sign (money)' },
  { value: 'free', label: '£0 (free)' },
  { value: 'magnifier', label: 'Magnifying glass (looking into the crime)' },
  { value: 'statement', label: 'Page of writing (a statement)' },
  { value: 'court', label: 'Court building' },
  { value: 'gavel', label: "Judge's hammer (a decision)" },
  { value: 'receipt', label: 'Receipt (costs paid back)' },
  { value: 'belongings', label: 'Bag (your things)' },
  { value: 'bell', label: 'Bell (news, updates)' },
  { value: 'prison', label: 'Prison window' },
  { value: 'megaphone', label: 'Megaphone (complaining, speaking up)' },
  { value: 'phone-call', label: 'Phone (calling)' },
  { value: 'text-message', label: 'Mobile phone with a message (texting)' },
  { value: 'typing', label: 'Keyboard (typing, Relay UK)' },
  { value: 'video', label: 'Video camera (video call)' },
  { value: 'computer', label: 'Laptop (online)' },
  { value: 'form', label: 'Form with ticks' },
  { value: 'question', label: 'Question mark' },
  { value: 'clock', label: 'Clock (time)' },
  { value: 'calendar', label: 'Calendar (days)' },
  { value: 'envelope', label: 'Envelope (letter, email)' },
  { value: 'tick', label: 'Tick (yes, agree)' },
  { value: 'stop', label: 'Stop button (stop at any time)' },
  { value: 'come-back', label: 'Arrow going round (come back)' },
  { value: 'private', label: 'Padlock (private, safe)' },
  { value: 'emergency', label: 'Flashing light (999, danger)' },
  { value: 'place', label: 'Map pin (a place, an area)' },
  { value: 'feelings', label: 'Heart (feelings)' },
  { value: 'witness', label: 'Eye (someone who saw the crime)' },
  { value: 'print', label: 'Printer' },
] as const;

/** The picture names, in the order the editor lists them. */
export const easyReadPictures = easyReadPictureOptions.map((option) => option.value) as unknown as readonly [
  EasyReadPicture,
  ...EasyReadPicture[],
];
export type EasyReadPicture = (typeof easyReadPictureOptions)[number]['value'];

/** The most characters a point's text may have: one or two very short sentences. */
export const POINT_MAX_CHARACTERS = 150;

/** One line of an Easy Read page: a picture, and one idea in one or two very short sentences beside it. */
export const easyReadPoint = z.object({
  picture: z.enum(easyReadPictures).meta({
    description:
      'The picture shown beside the words. Choose the one that shows the idea best. Screen readers skip it, so the words must say everything.',
    cms: { options: easyReadPictureOptions },
  }),
  text: z
    .string()
    .trim()
    .min(3, 'is missing: write one or two very short sentences')
    .max(POINT_MAX_CHARACTERS, `must be one or two very short sentences: ${POINT_MAX_CHARACTERS} characters or fewer`)
    .meta({
      description: `One idea in one or two very short sentences, up to ${POINT_MAX_CHARACTERS} characters. Use everyday words and digits for numbers, for example "Call 999". Explain any hard word here.`,
      cms: { label: 'Words', widget: 'text' },
    }),
});
export type EasyReadPoint = z.infer<typeof easyReadPoint>;

/** A part of an Easy Read page: a heading, then its points. */
export const easyReadSection = z.object({
  heading: z
    .string()
    .trim()
    .min(3, 'is missing: write a short heading')
    .max(80, 'must be a short heading of 80 characters or fewer')
    .meta({
      description: 'A short heading for this part, up to 80 characters, for example "Right 4: You can get support".',
    }),
  points: z.array(easyReadPoint).min(1, 'needs at least 1 point').meta({
    description: 'The points in this part, in order. Each point is one picture and one idea.',
  }),
});
export type EasyReadSection = z.infer<typeof easyReadSection>;

/**
 * An Easy Read page, for people with a learning disability: one idea per line,
 * short sentences, a picture beside each point, printable as an A4 booklet.
 * Its address is /easy-read/<file name>/.
 */
export const easyReadSchema = z.object({
  title: z.string().trim().min(3, 'must be at least 3 characters').max(80, 'must be 80 characters or fewer').meta({
    description:
      'The main heading, also shown in browser tabs and search results, for example "Your rights after a crime: Easy Read". The address comes from the file name, not the title.',
  }),
  description: pageSummary,
  printedPages: z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing: write how many A4 pages this prints on, for example 4'
          : 'must be a whole number of pages, for example 4',
    })
    .int('must be a whole number of pages, for example 4')
    .min(1, 'must be 1 or more')
    .max(40, 'must be 40 or less: an Easy Read booklet should be short')
    .meta({
      description:
        'How many A4 pages this prints on. The page tells people this number before they print. After you add or remove points, a test prints the page and says the right number: put that number here.',
      cms: { label: 'Printed pages (A4)' },
    }),
  sections: z
    .array(easyReadSection)
    .min(1, 'needs at least 1 part')
    .meta({
      description: 'The parts of the page, in order. Each part has a heading and its points.',
      cms: { label: 'Parts' },
    }),
  ...reviewFields,
});
export type EasyRead = z.infer<typeof easyReadSchema>;
