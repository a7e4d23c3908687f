/**
 * The figures in the comms team's report, worked out from what the intake keeps: page reads per day and page, and
 * page feedback. Plain functions over plain data, so the report is tested from fixture figures.
 */
import type { PageFeedback, PageReads } from '../intake/store/referral-store.ts';
import { addDays } from '../shared/dates.ts';

/** How many times a page was read on a day, as the intake keeps it (it keeps nothing more about a read). */
export type DayReads = PageReads;

/** What the report is made from. */
export interface InsightData {
  /** The first and last day the report covers, YYYY-MM-DD. */
  from: string;
  to: string;
  reads: readonly DayReads[];
  feedback: readonly PageFeedback[];
  /** Every page on the site (from its sitemap), to find those nobody read. */
  pages: readonly string[];
  /** Whether page reads were being counted (the setting in Site settings). */
  countingReads: boolean;
}

/** Pages by reads in the period, most first (then A to Z), at most `limit`. */
export function mostRead(reads: readonly DayReads[], limit = 10): { page: string; reads: number }[] {
  const totals = new Map<string, number>();
  for (const read of reads) totals.set(read.page, (totals.get(read.page) ?? 0) + read.reads);
  return [...totals]
    .map(([page, total]) => ({ page, reads: total }))
    .sort((a, b) => b.reads - a.reads || a.page.localeCompare(b.page))
    .slice(0, limit);
}

/** Every day of the period with its reads over the whole site, days with none included, for the trend. */
export function readsEachDay(reads: readonly DayReads[], from: string, to: string): { day: string; reads: number }[] {
  const totals = new Map<string, number>();
  for (const read of reads) totals.set(read.day, (totals.get(read.day) ?? 0) + read.reads);
  const days: { day: string; reads: number }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push({ day, reads: totals.get(day) ?? 0 });
  return days;
}

/** One page's feedback: how many said yes and no, the share that said no, and what people wrote. */
export interface PageFeedbackSummary {
  page: string;
  yes: number;
  no: number;
  /** The share of answers that were "no", from 0 to 1. */
  noRate: number;
  comments: { day: string; useful: 'yes' | 'no'; text: string }[];
}

/** Feedback per page, the highest share of "no" first (then the most answers, then A to Z). */
export function feedbackByPage(feedback: readonly PageFeedback[]): PageFeedbackSummary[] {
  const pages = new Map<string, PageFeedbackSummary>();
  for (const answer of feedback) {
    const summary = pages.get(answer.page) ?? { page: answer.page, yes: 0, no: 0, noRate: 0, comments: [] };
    summary[answer.useful] += 1;
    if (answer.whatWasWrong)
      summary.comments.push({ day: answer.day, useful: answer.useful, text: answer.whatWasWrong });
    pages.set(answer.page, summary);
  }
  return [...pages.values()]
    .map((summary) => ({ ...summary, noRate: summary.no / (summary.yes + summary.no) }))
    .sort((a, b) => b.noRate - a.noRate || b.yes + b.no - (a.yes + a.no) || a.page.localeCompare(b.page));
}

/** Pages of the site that nobody read in the period, A to Z. */
export function pagesNobodyRead(pages: readonly string[], reads: readonly DayReads[]): string[] {
  const read = new Set(reads.filter((entry) => entry.reads > 0).map((entry) => entry.page));
  return pages.filter((page) => !read.has(page)).sort();
}
