/**
 * House rules for the words in content, checked with the schemas before every
 * build, so a page never mixes styles and never sends a reader off the site
 * to reach one of its own pages:
 *
 * - One apostrophe: the curly ’ ("Victims’ Code", "don’t"). Markdown turns a
 *   straight one into a curly one but fields such as titles and summaries keep
 *   what was typed, so a page showed both. The content editor changes straight
 *   apostrophes to curly ones when it saves; this catches files edited by hand.
 * - Links to the site's own pages are relative ("/refer/"), never the live
 *   address ("https://www.victims-first.org.uk/refer/"): an absolute link
 *   leaves a local copy, a test build or a translated page for the live
 *   English site. Writing the address out as words for people to read or
 *   type ("www.victims-first.org.uk/refer") is fine.
 */
import type { ContentProblem } from './guard.ts';
import { fieldPath } from './front-matter.ts';

/** A straight apostrophe inside a word ("don't") or after the s of a plural ("victims' "). */
const STRAIGHT_APOSTROPHE = /(?<=\p{L})'(?=\p{L})|(?<=s)'(?=[\s.,;:!?)]|$)/gu;

/** Stretches that are not words: code, link targets and web addresses. */
const NOT_WORDS = /```[\s\S]*?```|`[^`\n]*`|\]\([^)\s]*(?:\s+"[^"]*")?\)|<https?:[^>\s]+>|https?:\/\/\S+/g;

/**
 * The text with its straight apostrophes made curly ("don't" → "don’t", "victims' " → "victims’ "), leaving code,
 * link targets and web addresses as they are. The content editor runs this on every field when it saves.
 */
export function curlApostrophes(text: string): string {
  if (ADDRESS_ONLY.test(text)) return text;
  let result = '';
  let last = 0;
  for (const match of text.matchAll(NOT_WORDS)) {
    result += text.slice(last, match.index).replace(STRAIGHT_APOSTROPHE, '’') + match[0];
    last = match.index + match[0].length;
  }
  return result + text.slice(last).replace(STRAIGHT_APOSTROPHE, '’');
}

/** Code and link targets are not words: `code`, ```blocks```, (targets) and <autolinks>. */
function withoutCodeAndTargets(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']')
    .replace(/<https?:[^>\s]+>/g, '');
}

function excerptAround(text: string, index: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - 12)) + 1);
  const end = text.indexOf(' ', index + 12);
  return text
    .slice(start, end === -1 ? undefined : end)
    .replace(/\s+/g, ' ')
    .trim();
}

function straightApostrophes(file: string, field: string, text: string): ContentProblem[] {
  const match = STRAIGHT_APOSTROPHE.exec(text);
  STRAIGHT_APOSTROPHE.lastIndex = 0;
  if (!match) return [];
  return [
    {
      file,
      field,
      message: `has a straight apostrophe in "${excerptAround(text, match.index)}": use the curly one, ’, as the rest of the site does (the content editor changes it for you when you save English words)`,
    },
  ];
}

/** The site's own host names: the one in siteUrl, with and without "www.". */
function ownHosts(siteUrl: string): string[] {
  const host = new URL(siteUrl).hostname.replace(/^www\./, '');
  return [host, `www.${host}`];
}

function linksToOwnSite(file: string, field: string, text: string, siteUrl: string): ContentProblem[] {
  const hosts = ownHosts(siteUrl).map((host) => host.replace(/\./g, '\\.'));
  const link = new RegExp(`https?://(?:${hosts.join('|')})(/[^\\s)"'<>\\]]*)?`, 'i').exec(text);
  if (!link) return [];
  const path = link[1] && link[1] !== '' ? link[1] : '/';
  return [
    {
      file,
      field,
      message: `links to this website by its full address (${link[0]}): write ${path} instead, so the link works on every copy of the site and in every language`,
    },
  ];
}

/** Every string in a file's fields, with its field path. */
function stringsIn(value: unknown, path: PropertyKey[] = []): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: fieldPath(path), text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  }
  return [];
}

/** A plain value that is only a web address or a site path: not words, so apostrophes are not checked. */
const ADDRESS_ONLY = /^(?:https?:\/\/|\/)\S*$/;

/** Problems with the house rules in one content file: its fields, and its Markdown body if it has one. */
export function writingProblems(file: string, data: unknown, body: string, siteUrl: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { field, text } of stringsIn(data)) {
    if (field === 'siteUrl') continue; // where the site's own address is set
    problems.push(...linksToOwnSite(file, field, text, siteUrl));
    if (!ADDRESS_ONLY.test(text)) problems.push(...straightApostrophes(file, field, withoutCodeAndTargets(text)));
  }
  if (body.trim() !== '') {
    problems.push(...linksToOwnSite(file, 'body', body, siteUrl));
    problems.push(...straightApostrophes(file, 'body', withoutCodeAndTargets(body)));
  }
  return problems;
}
