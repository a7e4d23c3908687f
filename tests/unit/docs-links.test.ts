/**
 * Every link between the project's Markdown files works: a relative link
 * ([text](path), [text](path#anchor), or #anchor in the same file) leads to
 * a file that exists, and its anchor to a heading in that file, named as
 * GitHub names it. Also: the developers' guide mentions every folder of
 * code, so the guide and the layout cannot drift apart.
 *
 * Checked: every Markdown file Git tracks or would add (not ignored),
 * except the comms team's content/ (site addresses, not files),
 * node_modules/ and tests/fixtures/. Links to web addresses (https:,
 * mailto: …) and site addresses starting with "/" are not files here, so
 * they are left alone; links inside code are not links.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** What the checker needs of a set of files: on disk, or in memory for the tests below. */
export interface Files {
  /** True for a file or a folder. */
  exists(file: string): boolean;
  /** The text of a file, or undefined for a folder. */
  read(file: string): string | undefined;
}

/** Fenced code blocks blanked (their lines kept), so what is in them is read as neither a link nor a heading. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, (block) =>
    block.replace(/[^\n]/g, ' '),
  );
}

/** Fenced code blocks and inline code (which may run over a line break, not a blank line) blanked. */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/(`+)(?:[^\n]|\n(?![ \t]*\n))*?\1(?!`)/g, (code) =>
    code.replace(/[^\n]/g, ' '),
  );
}

/**
 * GitHub's anchor for a heading: the heading's text (link text kept, markup
 * dropped), lower case, every character that is not a letter, digit, space,
 * hyphen or underscore removed, then each space a hyphen.
 */
export function githubSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor a Markdown file offers: one per heading (a repeated heading gets -1, -2 …), and any <a id> or name. */
export function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const prose = withoutFences(markdown);
  for (const match of prose.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const slug = githubSlug(match[1] ?? '');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const match of prose.matchAll(/<a\s[^>]*\b(?:id|name)="([^"]+)"/g)) anchors.add(match[1] ?? '');
  return anchors;
}

export interface Link {
  /** The line it is on, from 1. */
  line: number;
  target: string;
}

/** Every inline link, image and link reference definition, with where it is; none inside code. */
export function linksIn(markdown: string): Link[] {
  const links: Link[] = [];
  withoutCode(markdown)
    .split('\n')
    .forEach((text, index) => {
      for (const match of text.matchAll(/!?\[(?:[^\]]|\][^(])*?\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*)?\)/g))
        links.push({ line: index + 1, target: match[1] ?? '' });
      const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(text);
      if (definition) links.push({ line: index + 1, target: definition[1] ?? '' });
    });
  return links;
}

/** True for a link this checker follows: a path in the repository, or #anchor. */
function isRelative(target: string): boolean {
  return target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('/');
}

/** One line per broken link, naming the file, the line, the link and what is wrong. */
export function brokenLinks(markdownFiles: readonly string[], files: Files): string[] {
  const problems: string[] = [];
  for (const file of markdownFiles) {
    const source = files.read(file) ?? '';
    for (const { line, target } of linksIn(source).filter((link) => isRelative(link.target))) {
      const hash = target.indexOf('#');
      const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash)).replace(/\?.*$/, '');
      const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
      const destination =
        pathPart === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart));
      const where = `${file}:${line}: (${target})`;
      if (destination.startsWith('../') || !files.exists(destination.replace(/\/$/, '') || '.')) {
        problems.push(`${where} leads to ${destination}, which does not exist`);
        continue;
      }
      if (anchor === undefined) continue;
      const text = files.read(destination.replace(/\/$/, ''));
      if (text === undefined || !/\.md$/i.test(destination)) {
        problems.push(`${where} has an anchor, but ${destination} is not a Markdown file with headings`);
      } else if (!anchorsIn(text).has(anchor)) {
        problems.push(`${where} leads to #${anchor}, but ${destination} has no heading with that anchor`);
      }
    }
  }
  return problems;
}

/** Folders named in `folders` that the guide never mentions as a path ("src/shared" or "src/shared/"). */
export function foldersNotMentioned(guide: string, folders: readonly string[]): string[] {
  return folders.filter((folder) => {
    const escaped = folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return !new RegExp(`(?<![\\w./-])${escaped}(?=/|[^\\w.-]|$)`, 'm').test(guide);
  });
}

/** Files as they are on disk, from the project's root. */
const onDisk: Files = {
  exists: (file) => existsSync(file),
  read: (file) => (existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined),
};

function git(args: string[]): string[] {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.split('\n').filter(Boolean);
}

/** The project's Markdown files: tracked, or new and not ignored; still on disk; not content or fixtures. */
function projectMarkdown(): string[] {
  return [...new Set(git(['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.md']))]
    .filter((file) => !/^(content|node_modules|tests\/fixtures)\//.test(file) && !file.includes('/node_modules/'))
    .filter((file) => existsSync(file))
    .sort();
}

/** Every folder holding code in src/ and admin/, as `git ls-files src admin | sed 's|/[^/]*$||' | sort -u` lists them. */
function codeFolders(): string[] {
  return [...new Set(git(['ls-files', 'src', 'admin']).map((file) => file.replace(/\/[^/]*$/, '')))].sort();
}

/** An in-memory project for the checker's own tests. */
function inMemory(contents: Record<string, string>): Files {
  return {
    exists: (file) =>
      file === '.' || file in contents || Object.keys(contents).some((name) => name.startsWith(`${file}/`)),
    read: (file) => contents[file],
  };
}

describe('links between the Markdown docs', () => {
  it('finds the docs it checks, and no content or fixtures', () => {
    const files = projectMarkdown();
    expect(files).toContain('README.md');
    expect(files).toContain('docs/developers.md');
    expect(files.filter((file) => /^(content|tests\/fixtures)\//.test(file))).toEqual([]);
  });

  it('all lead to a file that exists, and to a heading in it', () => {
    expect(brokenLinks(projectMarkdown(), onDisk)).toEqual([]);
  });

  it('reports a link to a missing file and an anchor that matches no heading', () => {
    const project = inMemory({
      'README.md': [
        '# Victims First',
        'Read [the guide](docs/guide.md), [its setup](docs/guide.md#setting-up),',
        '[the missing guide](docs/missing.md) and [a missing part](docs/guide.md#deploying).',
        'See [below](#whats-here) and [nowhere](#nowhere).',
        '## What’s here?',
      ].join('\n'),
      'docs/guide.md': '# The guide\n\n## Setting up\n\nBack to [the start](../README.md#victims-first).',
    });
    expect(brokenLinks(['README.md', 'docs/guide.md'], project)).toEqual([
      'README.md:3: (docs/missing.md) leads to docs/missing.md, which does not exist',
      'README.md:3: (docs/guide.md#deploying) leads to #deploying, but docs/guide.md has no heading with that anchor',
      'README.md:4: (#nowhere) leads to #nowhere, but README.md has no heading with that anchor',
    ]);
  });

  it('leaves web addresses, site addresses and code alone, and follows links to folders', () => {
    const project = inMemory({
      'docs/a.md': [
        '[web](https://example.org/x.md) [mail](mailto:hub@example.org) [site](/cover-your-tracks/)',
        '`[not a link](nowhere.md)` [folder](../src/shared/) [picture](../public/x.png)',
        '```',
        '[also not a link](nowhere.md)',
        '# not a heading',
        '```',
      ].join('\n'),
      'src/shared/dates.ts': '',
    });
    expect(brokenLinks(['docs/a.md'], project)).toEqual([
      'docs/a.md:2: (../public/x.png) leads to public/x.png, which does not exist',
    ]);
    expect(anchorsIn(project.read('docs/a.md') ?? '').size).toBe(0);
  });

  it('names anchors as GitHub does', () => {
    expect(githubSlug('The content editor (for the comms team)')).toBe('the-content-editor-for-the-comms-team');
    expect(githubSlug("The project's layout")).toBe('the-projects-layout');
    expect(githubSlug('`npm run hub:collect`: collecting referrals')).toBe('npm-run-hubcollect-collecting-referrals');
    expect(githubSlug('Where [the guide](x.md) says: A & B')).toBe('where-the-guide-says-a--b');
    expect([...anchorsIn('# Tests\n## Tests\n### Tests')]).toEqual(['tests', 'tests-1', 'tests-2']);
  });
});

describe("the developers' guide", () => {
  it('mentions every folder of code in src/ and admin/', () => {
    const folders = codeFolders();
    expect(folders).toContain('src/shared');
    expect(foldersNotMentioned(readFileSync('docs/developers.md', 'utf8'), folders)).toEqual([]);
  });

  it('names a folder it misses, and does not count a longer name as a mention', () => {
    const guide = '`src/shared/` holds shared code; `src/features/finder-old/` is gone; see src/pages/[journey]/.';
    expect(foldersNotMentioned(guide, ['src/shared', 'src/features/finder', 'src/pages/[journey]'])).toEqual([
      'src/features/finder',
    ]);
  });
});
