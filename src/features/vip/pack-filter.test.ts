import { describe, expect, it } from 'vitest';
import { filterStatus, matchesFilter, searchWords } from './pack-filter.ts';

const fraud = searchWords('If you have been a victim of fraud or cyber crime', 'fraud', 'scams', 'cyber-crime');
const asb = searchWords('If you are affected by antisocial behaviour', 'asb', 'anti-social-behaviour');

describe('finding a section on the sharing page', () => {
  it('keeps each word once, in lower case, split at hyphens and punctuation', () => {
    expect(searchWords('Fraud, or CYBER crime', 'cyber-crime')).toBe('fraud or cyber crime');
  });

  it('finds a section by the start of any word of its title or short addresses', () => {
    expect(matchesFilter('burg', searchWords('If your home has been burgled', 'burglary'))).toBe(true);
    expect(matchesFilter('Scams', fraud)).toBe(true);
    expect(matchesFilter('cyber crime', fraud)).toBe(true);
    expect(matchesFilter('anti-social', asb)).toBe(true);
    expect(matchesFilter('antisocial', asb)).toBe(true);
  });

  it('needs every word typed', () => {
    expect(matchesFilter('fraud court', fraud)).toBe(false);
    expect(matchesFilter('raud', fraud)).toBe(false);
  });

  it('shows everything when nothing, or only spaces, is typed', () => {
    expect(matchesFilter('', fraud)).toBe(true);
    expect(matchesFilter('   ', fraud)).toBe(true);
  });

  it('says how many links are shown', () => {
    expect(filterStatus(20, 20)).toBe('Showing all 20 links.');
    expect(filterStatus(1, 20)).toBe('1 link matches.');
    expect(filterStatus(3, 20)).toBe('3 links match.');
    expect(filterStatus(0, 20)).toMatch(/^No link matches/);
  });
});
