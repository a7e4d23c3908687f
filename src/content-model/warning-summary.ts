/**
 * What the build and `npm run content:check` print about the content guard's
 * warnings. Reminders (a "toCheck" note, a review date that has passed) are
 * many and change slowly, so they get one summary line and are listed in full
 * only on request; anything else (a translation behind its English, a
 * language folder not in settings) is a real problem and stays in view.
 */
import { describeProblem, type ContentProblem } from './guard.ts';

/** The command that lists every warning in full; the summary line names it. */
export const LIST_COMMAND = 'npm run content:check -- --list';

/** Set to 1 to have the build list every warning in full, as `npm run content:check -- --list` does. */
export const LIST_ENVIRONMENT_VARIABLE = 'VF_LIST_CHECKS';

/** Beyond this many other warnings, the rest are counted, not listed, unless asked for. */
export const OTHER_WARNINGS_SHOWN = 10;

/** Fields whose warnings are reminders to review, not problems with the content itself. */
const OVERDUE_FIELDS = new Set(['lastReviewed', 'reviewBy']);

export interface SortedWarnings {
  /** Items with a "toCheck" note: something the comms team must confirm. */
  toCheck: ContentProblem[];
  /** Items whose review is overdue: not reviewed for a year, or a campaign past its review date. */
  overdue: ContentProblem[];
  /** Every other warning, such as a translation behind its English. */
  other: ContentProblem[];
}

/** Sorts the guard's warnings into reminders (to check, overdue) and the rest. */
export function sortWarnings(warnings: readonly ContentProblem[]): SortedWarnings {
  return {
    toCheck: warnings.filter((warning) => warning.field === 'toCheck'),
    overdue: warnings.filter((warning) => OVERDUE_FIELDS.has(warning.field)),
    other: warnings.filter((warning) => warning.field !== 'toCheck' && !OVERDUE_FIELDS.has(warning.field)),
  };
}

/** How many different files a list of warnings is about: one item may have several. */
function itemCount(warnings: readonly ContentProblem[]): number {
  return new Set(warnings.map((warning) => warning.file)).size;
}

const items = (count: number) => (count === 1 ? '1 content item' : `${count} content items`);

/** How many items need checking, and how many are overdue for review. */
export function reminderNumbers(sorted: SortedWarnings): { toCheck: number; overdue: number } {
  return { toCheck: itemCount(sorted.toCheck), overdue: itemCount(sorted.overdue) };
}

/** How many items need checking and how many are overdue, in words; undefined when there are none. */
export function reminderCounts(sorted: SortedWarnings): string | undefined {
  const { toCheck, overdue } = reminderNumbers(sorted);
  if (toCheck === 0 && overdue === 0) return undefined;
  const needChecking = `${items(toCheck)} ${toCheck === 1 ? 'needs' : 'need'} checking`;
  const overdueForReview = `${overdue === 1 ? 'is' : 'are'} overdue for review`;
  if (toCheck === 0) return `${items(overdue)} ${overdueForReview}`;
  if (overdue === 0) return needChecking;
  return `${needChecking} and ${overdue} ${overdueForReview}`;
}

/**
 * The one line about reminders, for example "104 content items need checking and 2 are overdue for review: see
 * them with npm run content:check -- --list". Undefined when there are none.
 */
export function reminderSummary(sorted: SortedWarnings): string | undefined {
  const counts = reminderCounts(sorted);
  if (!counts) return undefined;
  const one = itemCount([...sorted.toCheck, ...sorted.overdue]) === 1;
  return `${counts}: see ${one ? 'it' : 'them'} with ${LIST_COMMAND}`;
}

export interface WarningLines {
  /** Lines that should stand out (printed as warnings). */
  warnings: string[];
  /** The summary of reminders, if any. */
  summary?: string;
}

/**
 * The lines to print for the guard's warnings. With `list`, every warning in full, reminders last, so the real
 * problems are not lost above them. Without, the other warnings (the first few if there are many) and one
 * summary line for the reminders.
 */
export function warningLines(warnings: readonly ContentProblem[], { list }: { list: boolean }): WarningLines {
  const sorted = sortWarnings(warnings);
  const other = sorted.other.map(describeProblem);
  if (list) {
    const lines = [...other, ...sorted.overdue.map(describeProblem), ...sorted.toCheck.map(describeProblem)];
    const counts = reminderCounts(sorted);
    return counts ? { warnings: lines, summary: `${counts}: listed above.` } : { warnings: lines };
  }
  const summary = reminderSummary(sorted);
  const shown = other.length > OTHER_WARNINGS_SHOWN ? other.slice(0, OTHER_WARNINGS_SHOWN) : other;
  const hidden = other.length - shown.length;
  const lines =
    hidden > 0 ? [...shown, `…and ${hidden} more warnings like these: see them all with ${LIST_COMMAND}`] : shown;
  return summary ? { warnings: lines, summary } : { warnings: lines };
}

/** Whether the environment asks the build to list every warning in full. */
export function listRequested(environment: Record<string, string | undefined>): boolean {
  const value = environment[LIST_ENVIRONMENT_VARIABLE];
  return value !== undefined && value !== '' && value !== '0';
}
