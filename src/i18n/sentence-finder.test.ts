import { describe, expect, it } from 'vitest';
import { sentencesInFiles, sentencesInText } from './sentence-finder.ts';

describe('finding the sentences the code says', () => {
  it('finds literals given to say and translatable, in any quotes and across lines', () => {
    const source = `
      say('Other rights');
      build.say("To print your plan, use your browser's Print option.");
      const limit = build.say(
        'You can enter up to {count} characters',
        { count },
      );
      translatable(\`Select no more than {count} answers\`);
      say('It\\'s here');
    `;
    expect(sentencesInText(source)).toEqual([
      'Other rights',
      "To print your plan, use your browser's Print option.",
      'You can enter up to {count} characters',
      'Select no more than {count} answers',
      "It's here",
    ]);
  });

  it('leaves out template literals that put values in with ${…}, which cannot be translated', () => {
    expect(sentencesInText("say(`Step ${n}`); say(variable); t('skipLink')")).toEqual([]);
  });

  it('finds the referral form’s own sentences in its source', () => {
    const found = sentencesInFiles('src/features/referral/*.ts');
    expect(found).toContain('There is a problem');
    expect(found).toContain('Select who needs support');
    expect(found).toContain('{field} must be {max} characters or fewer');
  });
});
