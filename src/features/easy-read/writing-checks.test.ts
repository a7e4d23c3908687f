import { describe, expect, it } from 'vitest';
import type { EasyRead } from '../../content-model/schemas/easy-read.ts';
import { gradeProblems, hardestPoints, lengthProblems, pageReadability, pointsOf, textsOf } from './writing-checks.ts';

const page: Pick<EasyRead, 'title' | 'sections'> = {
  title: 'Your rights: Easy Read',
  sections: [
    {
      heading: 'Right 12: You can complain',
      points: [
        { picture: 'megaphone', text: 'If you do not get your rights, you can complain.' },
        { picture: 'information', text: 'Complain means you tell them what went wrong.' },
      ],
    },
    {
      heading: 'Getting help',
      points: [
        {
          picture: 'support',
          text: 'You can get help. It is free. Call us today.',
        },
        {
          picture: 'question',
          text: 'If you feel an organisation has not respected your entitlements under this legislation, you can complain.',
        },
      ],
    },
  ],
};

describe('the Easy Read writing checks', () => {
  it('read the title, each heading and each point, in order', () => {
    expect(textsOf(page)).toEqual([
      'Your rights: Easy Read',
      'Right 12: You can complain',
      'If you do not get your rights, you can complain.',
      'Complain means you tell them what went wrong.',
      'Getting help',
      'You can get help. It is free. Call us today.',
      'If you feel an organisation has not respected your entitlements under this legislation, you can complain.',
    ]);
  });

  it('name the part and point of a point with too many sentences, or a sentence with too many words', () => {
    expect(lengthProblems(page)).toEqual([
      'part 2 ("Getting help"), point 1 has 3 sentences: keep it to 2, or make another point. "You can get help. It is free. Call us today."',
      'part 2 ("Getting help"), point 2 has a sentence of 16 words: keep each sentence to 12 words or fewer. "If you feel an organisation has not respected your entitlements under this legislation, you can complain."',
    ]);
  });

  it('name a point too hard to read on its own', () => {
    const problems = gradeProblems(page);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^part 2 \("Getting help"\), point 2 reads at grade \d+\.\d: use shorter, everyday words/,
    );
  });

  it('put the hardest point first, to say where to start', () => {
    expect(hardestPoints(page, 1)).toEqual([expect.objectContaining({ where: 'part 2 ("Getting help"), point 2' })]);
    expect(pointsOf(page)).toHaveLength(4);
  });

  it('grade the whole page as one text', () => {
    const easy = pageReadability({ ...page, sections: [page.sections[0]!] });
    expect(easy.grade).toBeLessThan(3);
    expect(pageReadability(page).grade).toBeGreaterThan(easy.grade);
  });
});
