import { describe, expect, it } from 'vitest';
import { crimeTypes } from '../../content-model/vocabularies.ts';
import { ALL_SECTIONS, fieldNames, questionsIn, type FormPart, type OnlyWhen, type Question } from './questions.ts';
import { ageBands, contactMethods, personRoles, referrerTypes, supportOptions, whenOptions } from './answers.ts';
import { REFERRAL_FIELD_NAMES } from './schema.ts';

const questions: Question[] = ALL_SECTIONS.flatMap(questionsIn);
const names = questions.flatMap(fieldNames);
const questionNamed = (name: string) =>
  questions.find((question) => question.kind !== 'date' && question.name === name);
/** The answers a radio or checkbox question offers. */
const offered = (name: string) => {
  const question = questionNamed(name);
  return question?.kind === 'radio' || question?.kind === 'checkbox'
    ? question.options.map((option) => option.value)
    : undefined;
};
const blocks = (parts: readonly FormPart[]): OnlyWhen[] =>
  parts.flatMap((part) => (part.kind === 'only-when' ? [part, ...blocks(part.parts)] : []));

describe('the questions on the form', () => {
  it('are each a field the schema checks, and every field the schema checks is asked', () => {
    // The form's language is not a question: the page sends it in a hidden field.
    const asked = REFERRAL_FIELD_NAMES.filter((name) => name !== 'formLanguage');
    expect([...names].sort()).toEqual([...asked].sort());
  });

  it('are each asked once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('include those that apply only sometimes, in the order a person meets them', () => {
    expect(names.slice(0, 3)).toEqual(['referrerType', 'referrerName', 'referrerRelationship']);
    expect(names).toContain('collarNumber');
    expect(names.indexOf('isPolice')).toBeLessThan(names.indexOf('collarNumber'));
  });

  it('offer the answers the schema accepts, and no others', () => {
    expect(offered('referrerType')).toEqual([...referrerTypes]);
    expect(offered('ageBand')).toEqual([...ageBands]);
    expect(offered('contactMethod')).toEqual([...contactMethods]);
    expect(offered('whenHappened')).toEqual([...whenOptions]);
    expect(offered('personRole')).toEqual([...personRoles]);
    expect(offered('supportWanted')).toEqual([...supportOptions]);
    expect(offered('crimeTypes')).toEqual([...crimeTypes.values]);
  });
});

describe('questions that apply only sometimes', () => {
  const all = ALL_SECTIONS.flatMap(blocks);

  it('each say when to answer them', () => {
    for (const block of all) expect(block.when).toMatch(/^Answer (this|these) if .+\.$/);
  });

  it('depend on an answer that a radio question on the form offers, or on the person being under 18', () => {
    for (const { showWhen } of all) {
      if (showWhen === 'under18') continue;
      const [name = '', wanted = ''] = showWhen.split('=');
      expect(questionNamed(name)?.kind, showWhen).toBe('radio');
      for (const answer of wanted.split('|')) expect(offered(name), showWhen).toContain(answer);
    }
  });

  it('each hold at least one question', () => {
    for (const block of all) expect(questionsIn(block.parts).length, block.showWhen).toBeGreaterThan(0);
  });
});
