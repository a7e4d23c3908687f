import { describe, expect, it } from 'vitest';
import {
  checkContent,
  describeProblem,
  fieldPath,
  hiddenPagePaths,
  InvalidContentError,
  monthsBefore,
  readData,
} from './guard.ts';

const now = new Date('2026-11-23T12:00:00Z');

describe('the content guard on valid content', () => {
  const report = checkContent('tests/fixtures/content-valid', now);

  it('checks every file of every content type and finds no errors', () => {
    expect(report.errors).toEqual([]);
    expect(report.checked).toBe(34);
  });

  it('warns about content not reviewed for 12 months, naming the file and field', () => {
    expect(report.warnings).toContainEqual({
      file: 'tests/fixtures/content-valid/services/hub.md',
      field: 'lastReviewed',
      message: expect.stringContaining('2024-01-15: more than 12 months ago'),
    });
  });

  it('warns about content flagged for checking', () => {
    expect(report.warnings).toContainEqual({
      file: 'tests/fixtures/content-valid/campaigns/hate.md',
      field: 'toCheck',
      message: expect.stringContaining('Confirm the campaign dates'),
    });
  });

  it('does not warn about content reviewed within 12 months', () => {
    expect(report.warnings.filter((warning) => warning.field === 'lastReviewed')).toHaveLength(1);
  });
});

describe('hidden pages', () => {
  it('lists the addresses of pages marked hidden, to keep them out of the sitemap', () => {
    expect(hiddenPagePaths('tests/fixtures/content-valid')).toEqual(['/staff-notes/']);
    expect(hiddenPagePaths('content')).toEqual([]);
  });
});

describe('the content guard on broken content', () => {
  const report = checkContent('tests/fixtures/content-broken', now);
  const lines = report.errors.map(describeProblem);

  it('names the file and the missing field', () => {
    expect(lines).toContain(
      'tests/fixtures/content-broken/pages/en/no-title.md: field "title" is missing: this field is required',
    );
  });

  it('names each broken field of a Connect point, so a wrong address never reaches the page', () => {
    const file = 'tests/fixtures/content-broken/connect/no-postcode.md';
    expect(lines).toContain(
      `${file}: field "address.postcode" must be a full postcode in capital letters with a space, for example "RG1 1QH"`,
    );
    expect(lines).toContainEqual(expect.stringMatching(/no-postcode\.md: field "area" must be one of: "berkshire"/));
    expect(lines).toContain(`${file}: field "offers" needs at least one thing people can do there`);
  });

  it('names list items by position and says what is allowed', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /services\/bad-contact\.md: field "areas\[0\]" must be one of: "thames-valley", "berkshire"/,
      ),
    );
    expect(lines).toContain(
      'tests/fixtures/content-broken/services/bad-contact.md: field "contacts[0].value" must be a phone number using digits and spaces only',
    );
  });

  it('names a right or glossary term that does not exist, so a typo never leaves a broken link', () => {
    expect(lines).toContain(
      'tests/fixtures/content-broken/journey-steps/criminal-justice-1-typos.md: field "relatedRights[0]" names the right "understand-and-be-understod", but there is no right with that name in content/rights/en',
    );
    expect(lines).toContain(
      'tests/fixtures/content-broken/journey-steps/criminal-justice-1-typos.md: field "glossaryTerms[0]" names the glossary term "bial", but there is no glossary term with that name in content/glossary',
    );
  });

  it('names nested fields in the settings file', () => {
    expect(lines).toContainEqual(
      expect.stringContaining('settings/site.yaml: field "hub.phone" must be a phone number'),
    );
    expect(lines).toContainEqual(
      expect.stringContaining(
        'settings/site.yaml: field "exitPage.url" must be a full web address starting with "https://"',
      ),
    );
  });

  it('explains dates written the wrong way and dates in the wrong order', () => {
    expect(lines).toContainEqual(
      expect.stringContaining('campaigns/backwards.md: field "lastReviewed" is not a date: write it YYYY-MM-DD'),
    );
  });

  it('reports files it cannot read, rather than stopping at the first', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/rights\/en\/no-front-matter\.md could not be read: has no front matter/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/glossary\/bad-yaml\.md could not be read:/));
  });

  it('builds one error that lists every problem', () => {
    const error = new InvalidContentError(report.errors);
    expect(error.message).toMatch(/^The site was not built because content files have \d+ problems/);
    for (const line of lines) expect(error.message).toContain(line);
  });
});

describe('the content guard on the site’s own content', () => {
  it('finds no errors in content/', () => {
    const report = checkContent('content');
    expect(report.errors.map(describeProblem)).toEqual([]);
    expect(report.checked).toBeGreaterThan(10);
  });
});

describe('content guard helpers', () => {
  it('writes field paths the way people read them', () => {
    expect(fieldPath(['contacts', 0, 'value'])).toBe('contacts[0].value');
    expect(fieldPath(['hub', 'openingHours', 'weekly', 1, 'closes'])).toBe('hub.openingHours.weekly[1].closes');
    expect(fieldPath([])).toBe('');
  });

  it('reads front matter from Markdown and whole YAML files', () => {
    expect(readData('---\ntitle: Hello\n---\nBody', 'a.md')).toEqual({ title: 'Hello' });
    expect(readData('---\r\ntitle: Hello\r\n---\r\n', 'a.md')).toEqual({ title: 'Hello' });
    expect(readData('title: Hello\n', 'a.yaml')).toEqual({ title: 'Hello' });
    expect(() => readData('No front matter', 'a.md')).toThrow(/no front matter/);
  });

  it('counts months back across year ends and short months', () => {
    expect(monthsBefore(new Date('2026-11-23T00:00:00Z'), 12).toISOString().slice(0, 10)).toBe('2025-11-23');
    expect(monthsBefore(new Date('2026-01-15T00:00:00Z'), 2).toISOString().slice(0, 10)).toBe('2025-11-15');
  });
});

describe('the content guard on addresses', async () => {
  const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');

  /** A copy of the valid fixtures with some files changed. */
  function checkChanged(change: (root: string) => void) {
    const root = mkdtempSync(path.join(tmpdir(), 'vf-guard-'));
    try {
      cpSync('tests/fixtures/content-valid', root, { recursive: true });
      change(root);
      return checkContent(root, now).errors.map(
        (problem) => `${path.basename(problem.file)}: ${problem.field} ${problem.message}`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('refuses a pack address that another section already has, naming both files', () => {
    const errors = checkChanged((root) =>
      writeFileSync(
        path.join(root, 'vip/en/break-ins.md'),
        '---\ncode: burglary-help\ntitle: Break-ins\nsummary: Another section that wrongly takes an address in use.\nkind: crime-specific\norder: 11\naliases: [break-in]\nlastReviewed: 2026-06-01\n---\nBody.\n',
      ),
    );
    // Whichever file is read second gets the error; it names the other one.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^(break-ins|burglary)\.md: aliases\[0\] is "break-in", but \/vip\/break-in\/ is already used by .*(burglary|break-ins)\.md \(aliases\[0\]\)/,
    );
    expect(errors[0]).toContain('break-ins.md');
    expect(errors[0]).toContain('burglary.md');
  });

  it('refuses a campaign picture that is not in public/', () => {
    const errors = checkChanged((root) => {
      const file = path.join(root, 'campaigns/hate.md');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('/images/campaigns/lets-hate-hate.svg', '/images/campaigns/missing.png'),
      );
    });
    expect(errors).toContain(
      'hate.md: hero.src is /images/campaigns/missing.png, but there is no such picture in public/: upload it, or correct the path',
    );
  });

  it('refuses the pack codes "share" and "cover", which are the officers’ pages', () => {
    const errors = checkChanged((root) => {
      const file = path.join(root, 'vip/en/burglary.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('code: burglary', 'code: share'));
    });
    expect(errors).toContainEqual(expect.stringContaining('burglary.md: code must not be "share"'));
    const cover = checkChanged((root) => {
      const file = path.join(root, 'vip/en/burglary.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('code: burglary', 'code: cover'));
    });
    expect(cover).toContainEqual(expect.stringContaining('burglary.md: code must not be "cover"'));
  });

  it('refuses a service file called "in", whose address would sit where the directory’s groups are', () => {
    const errors = checkChanged((root) =>
      cpSync(path.join(root, 'services/hub.md'), path.join(root, 'services/in.md')),
    );
    expect(errors).toEqual([
      "in.md:  would be published at /services/in/, but /services/in/ holds the directory's groups of services (such as /services/in/berkshire/): rename the file, for example to the service's name",
    ]);
  });

  it('refuses redirects that take over a page, repeat, loop or chain', () => {
    const errors = checkChanged((root) => {
      const file = path.join(root, 'settings/site.yaml');
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}\nredirects:\n  - { from: /about/, to: /vip/ }\n  - { from: /old-help/, to: /old-help/ }\n  - { from: /first/, to: /second/ }\n  - { from: /second/, to: /about/ }\n  - { from: /second/, to: /vip/ }\n  - { from: /help/, to: /vip/break-in/ }\n`,
      );
    });
    expect(errors).toContain(
      'site.yaml: redirects[0].from is /about/, which is still a page or a pack address: a redirect must not take it over',
    );
    expect(errors).toContain(
      'site.yaml: redirects[1].to is the same as the old address, /old-help/: a redirect must lead somewhere else',
    );
    expect(errors).toContain(
      'site.yaml: redirects[2].to is /second/, which itself redirects: lead straight to the final address',
    );
    expect(errors).toContain(
      'site.yaml: redirects[4].from is /second/, which is already redirected above: list each old address once',
    );
    expect(errors).toContain(
      'site.yaml: redirects[5].to is /vip/break-in/, which itself redirects: lead straight to the final address',
    );
  });
});
