import { describe, expect, it } from 'vitest';
import { checkContent, describeProblem, type ContentProblem } from './guard.ts';
import {
  LIST_COMMAND,
  listRequested,
  OTHER_WARNINGS_SHOWN,
  reminderSummary,
  sortWarnings,
  warningLines,
} from './warning-summary.ts';

const toCheck = (n: number): ContentProblem => ({
  file: `content/services/service-${n}.md`,
  field: 'toCheck',
  message: `says something needs checking: "Confirm number ${n}"`,
});
const overdue: ContentProblem = {
  file: 'content/pages/en/about.md',
  field: 'lastReviewed',
  message: 'was 2025-01-01: more than 12 months ago. Check the content is still right, then update the date.',
};
const campaignOverdue: ContentProblem = {
  file: 'content/campaigns/know-this-isnt-love.md',
  field: 'reviewBy',
  message: 'was 2026-02-25, so the site no longer lists the campaign as running now.',
};
const translationBehind: ContentProblem = {
  file: 'content/pages/pl/about.md',
  field: 'translation.englishVersion',
  message: 'is 0a1b2c3d, but content/pages/en/about.md has changed since',
};

describe('the summary of reminders', () => {
  it('counts the items that need checking and those overdue for review, and names the command that lists them', () => {
    const sorted = sortWarnings([toCheck(1), toCheck(2), toCheck(3), overdue, campaignOverdue, translationBehind]);
    expect(reminderSummary(sorted)).toBe(
      `3 content items need checking and 2 are overdue for review: see them with ${LIST_COMMAND}`,
    );
    expect(LIST_COMMAND).toBe('npm run content:check -- --list');
  });

  it('writes one item, and leaves out a count of none', () => {
    expect(reminderSummary(sortWarnings([toCheck(1)]))).toBe(
      `1 content item needs checking: see it with ${LIST_COMMAND}`,
    );
    expect(reminderSummary(sortWarnings([overdue]))).toBe(
      `1 content item is overdue for review: see it with ${LIST_COMMAND}`,
    );
    expect(reminderSummary(sortWarnings([toCheck(1), overdue]))).toBe(
      `1 content item needs checking and 1 is overdue for review: see them with ${LIST_COMMAND}`,
    );
    expect(reminderSummary(sortWarnings([translationBehind]))).toBeUndefined();
  });

  it('counts an item once even when it has two reminders of a kind', () => {
    const old = { ...overdue, file: campaignOverdue.file };
    expect(reminderSummary(sortWarnings([old, campaignOverdue]))).toMatch(/^1 content item is overdue for review/);
  });
});

describe('what the build prints about warnings', () => {
  const warnings = [translationBehind, ...Array.from({ length: 101 }, (_, n) => toCheck(n)), campaignOverdue];

  it('prints real warnings in full and one summary line for the reminders', () => {
    const { warnings: lines, summary } = warningLines(warnings, { list: false });
    expect(lines).toEqual([describeProblem(translationBehind)]);
    expect(summary).toBe(`101 content items need checking and 1 is overdue for review: see them with ${LIST_COMMAND}`);
  });

  it('lists every reminder in full only when asked, after the real warnings', () => {
    const { warnings: lines, summary } = warningLines(warnings, { list: true });
    expect(lines).toHaveLength(103);
    expect(lines[0]).toBe(describeProblem(translationBehind));
    expect(lines[1]).toBe(describeProblem(campaignOverdue));
    expect(lines).toContain(describeProblem(toCheck(57)));
    expect(summary).toBe('101 content items need checking and 1 is overdue for review: listed above.');
  });

  it('shows the first few of many other warnings and says how to see the rest', () => {
    const many = Array.from({ length: OTHER_WARNINGS_SHOWN + 5 }, (_, n) => ({
      ...translationBehind,
      file: `content/pages/pl/page-${n}.md`,
    }));
    const { warnings: lines, summary } = warningLines(many, { list: false });
    expect(lines).toHaveLength(OTHER_WARNINGS_SHOWN + 1);
    expect(lines.at(-1)).toBe(`…and 5 more warnings like these: see them all with ${LIST_COMMAND}`);
    expect(summary).toBeUndefined();
    expect(warningLines(many, { list: true }).warnings).toHaveLength(OTHER_WARNINGS_SHOWN + 5);
  });

  it('lists everything in the build when VF_LIST_CHECKS is set', () => {
    expect(listRequested({ VF_LIST_CHECKS: '1' })).toBe(true);
    expect(listRequested({ VF_LIST_CHECKS: '0' })).toBe(false);
    expect(listRequested({})).toBe(false);
  });
});

describe('campaign review dates in the content check', () => {
  it('warns, naming the file and field, once a campaign with no end date passes its review date', () => {
    const before = checkContent('tests/fixtures/content-valid', new Date('2027-01-31T12:00:00Z'));
    expect(before.warnings.filter((warning) => warning.field === 'reviewBy')).toEqual([]);
    const after = checkContent('tests/fixtures/content-valid', new Date('2027-02-01T12:00:00Z'));
    expect(after.warnings.filter((warning) => warning.field === 'reviewBy').map(describeProblem)).toEqual([
      'tests/fixtures/content-valid/campaigns/hate.md: field "reviewBy" was 2027-01-31, so the site no longer lists the campaign as running now. Check it is still running, then set a new review date, or its end date.',
    ]);
  });

  it('stops the build, naming the file and field, when a campaign has neither an end date nor a review date', () => {
    const report = checkContent('tests/fixtures/content-broken', new Date('2026-11-28T12:00:00Z'));
    expect(report.errors.map(describeProblem)).toContainEqual(
      expect.stringContaining(
        'tests/fixtures/content-broken/campaigns/no-review-date.md: field "reviewBy" is missing: a campaign with no end date needs a review date',
      ),
    );
  });
});
