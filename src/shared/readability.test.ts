import { describe, expect, it } from 'vitest';
import { countsOf, gradeOf, readability, sentencesOf, syllablesOf, wordsOf } from './readability.ts';

describe('the Flesch-Kincaid grade', () => {
  it('is 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
    expect(gradeOf({ sentences: 1, words: 10, syllables: 15 })).toBeCloseTo(0.39 * 10 + 11.8 * 1.5 - 15.59, 6);
    expect(gradeOf({ sentences: 0, words: 0, syllables: 0 })).toBe(0);
  });

  it('gives the textbook example, the Australian platypus, grade 13.1', () => {
    // 13 words, 26 syllables, 1 sentence: Flesch reading ease 24.4, grade 13.08.
    const result = readability('The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.');
    expect(result).toMatchObject({ sentences: 1, words: 13, syllables: 26 });
    expect(result.grade).toBeCloseTo(13.08, 2);
  });

  it('gives "The cat sat on the mat." grade −1.45', () => {
    const result = readability('The cat sat on the mat.');
    expect(result).toMatchObject({ sentences: 1, words: 6, syllables: 6 });
    expect(result.grade).toBeCloseTo(-1.45, 2);
  });

  it('gives a sentence from the rights pages a higher grade than its Easy Read version', () => {
    const plain = readability(
      'If you feel an organisation has not given you your rights under this Code, you can complain.',
    );
    const easy = readability('If you do not get your rights, you can complain.');
    expect(plain.grade).toBeGreaterThan(6);
    expect(easy.grade).toBeLessThan(3);
  });
});

describe('counting', () => {
  it('ends a sentence at a full stop, question mark or exclamation mark followed by a space', () => {
    expect(sentencesOf('Not happy with their answer? You can ask the Ombudsman to look at it.')).toEqual([
      'Not happy with their answer?',
      'You can ask the Ombudsman to look at it.',
    ]);
    expect(sentencesOf('To sign up, text the word "register" to 999. Do it now!')).toHaveLength(2);
    expect(sentencesOf('Go to www.victims-first.org.uk/refer at any time.')).toHaveLength(1);
  });

  it('counts a heading with no full stop as one sentence, and counts texts apart', () => {
    expect(countsOf(['Right 4: You can get support', 'You can get help.'])).toEqual({
      sentences: 2,
      words: 10,
      syllables: 11,
    });
  });

  it('counts a number in digits, a time or a web address as one word of one syllable', () => {
    expect(wordsOf('Call the hub on 0300 1234 148.')).toEqual(['Call', 'the', 'hub', 'on', '0300 1234 148']);
    expect(wordsOf('Open 9am to 5pm.')).toEqual(['Open', '9am', 'to', '5pm']);
    expect(wordsOf('Go to www.victims-first.org.uk/refer')).toEqual(['Go', 'to', 'www.victims-first.org.uk/refer']);
    expect(syllablesOf('0300 1234 148')).toBe(1);
    expect(syllablesOf('www.victims-first.org.uk/refer')).toBe(1);
    expect(wordsOf('Online: buckinghamshire.gov.uk/community-and-safety/domestic-abuse')).toEqual([
      'Online',
      'buckinghamshire.gov.uk/community-and-safety/domestic-abuse',
    ]);
    expect(readability('Call 999. Do it now.')).toMatchObject({ sentences: 2, words: 5, syllables: 5 });
  });

  it('keeps words with apostrophes and hyphens whole', () => {
    expect(wordsOf("Don't worry: it's well-known.")).toEqual(["Don't", 'worry', "it's", 'well-known']);
    expect(syllablesOf('interpreter')).toBe(4);
  });

  it('gives a text with no words grade 0', () => {
    expect(readability('  ')).toEqual({ sentences: 0, words: 0, syllables: 0, grade: 0 });
  });
});
