/**
 * Finding a section on the officers' sharing page by typing part of its
 * name or one of its short addresses ("burg", "scams", "anti social"). The
 * page works without it: a list of links jumps to each section.
 */

/** Words in lower case, split at anything that is not a letter or a digit ("Anti-social" is "anti", "social"). */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** What a section is found by: its title and its short addresses, as one string for a data attribute. */
export function searchWords(...texts: readonly string[]): string {
  return [...new Set(texts.flatMap(wordsOf))].join(' ');
}

/**
 * True when every word typed starts a word of the section: "burg" finds "If your home has been burgled", "scams"
 * finds fraud (one of its short addresses), "anti social" finds /vip/anti-social-behaviour. Nothing typed matches
 * everything.
 */
export function matchesFilter(typed: string, words: string): boolean {
  const wanted = wordsOf(typed);
  const own = words.split(' ');
  return wanted.every((word) => own.some((candidate) => candidate.startsWith(word)));
}

/** What the live region says once the list has been filtered. */
export function filterStatus(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} links.`;
  if (shown === 0) return 'No link matches. Try another word, or clear the box to see them all.';
  return `${shown} ${shown === 1 ? 'link matches' : 'links match'}.`;
}
