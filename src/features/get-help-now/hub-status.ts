/**
 * Whether the hub is open now, in the words the home page shows: "We are open
 * now." or "We are closed now.", and whether to show the free lines that are
 * open all day and night. Worked out in the browser (hub-status.browser.ts), in
 * UK time with the bank holidays from settings, so a page built days ago is
 * still right; the page gives the sentences already in its language.
 */
import { openStatus, type OpeningHoursData } from '../../shared/open-now.ts';

/** The two sentences, in the page's language. */
export interface HubStatusWords {
  open: string;
  closed: string;
}

export interface HubStatus {
  open: boolean;
  /** What the page says. */
  sentence: string;
  /** Show the lines open all day and night: only when the hub cannot answer. */
  showAlwaysOpenLines: boolean;
}

/** The hub's status at `moment`. */
export function hubStatus(
  hours: OpeningHoursData,
  moment: Date,
  bankHolidays: readonly string[],
  words: HubStatusWords,
): HubStatus {
  const { open } = openStatus(hours, moment, bankHolidays);
  return { open, sentence: open ? words.open : words.closed, showAlwaysOpenLines: !open };
}

/** The words the page gives the script, or English when they are missing or mangled. */
export function hubStatusWordsFrom(json: string | undefined): HubStatusWords {
  const english: HubStatusWords = { open: 'We are open now.', closed: 'We are closed now.' };
  try {
    const given = JSON.parse(json ?? '') as Partial<HubStatusWords>;
    return {
      open: typeof given.open === 'string' && given.open ? given.open : english.open,
      closed: typeof given.closed === 'string' && given.closed ? given.closed : english.closed,
    };
  } catch {
    return english;
  }
}
