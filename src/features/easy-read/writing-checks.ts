/**
 * The checks that keep Easy Read writing easy to read. easy-read.test.ts runs
 * them over every file in content/easy-read/, so a point that is too long or
 * too hard fails the tests, naming the file and the point.
 */
import type { EasyRead } from '../../content-model/schemas/easy-read.ts';
import { readability, sentencesOf, wordsOf, type Readability } from '../../shared/readability.ts';

/** The hardest an Easy Read page may be to read: Flesch-Kincaid grade 3. */
export const MAX_GRADE = 3;
/** The most sentences one point may have. */
export const MAX_SENTENCES_PER_POINT = 2;
/** The most words one sentence may have (Easy Read guidance: about 10 to 12). */
export const MAX_WORDS_PER_SENTENCE = 12;
/**
 * The hardest one point may be. The grade of a sentence or two swings a lot (a place name such as
 * Buckinghamshire lifts it), so the limit for one point is looser than for the page; it catches a
 * point that does not belong in Easy Read at all.
 */
export const MAX_POINT_GRADE = 10;

/** One point, with where it is in words a writer can find: 'Part 3 "Right 1: …", point 2'. */
export interface LocatedPoint {
  where: string;
  text: string;
}

export function pointsOf(page: Pick<EasyRead, 'sections'>): LocatedPoint[] {
  return page.sections.flatMap((section, sectionIndex) =>
    section.points.map((point, pointIndex) => ({
      where: `part ${sectionIndex + 1} ("${section.heading}"), point ${pointIndex + 1}`,
      text: point.text,
    })),
  );
}

/** Every piece of text on the page a reader reads: the title, each heading and each point, in order. */
export function textsOf(page: Pick<EasyRead, 'title' | 'sections'>): string[] {
  return [page.title, ...page.sections.flatMap((section) => [section.heading, ...section.points.map((p) => p.text)])];
}

/** How hard the whole page is to read. */
export function pageReadability(page: Pick<EasyRead, 'title' | 'sections'>): Readability {
  return readability(textsOf(page));
}

/** The points that break the Easy Read rules on length, each as a sentence saying what to change. */
export function lengthProblems(page: Pick<EasyRead, 'sections'>): string[] {
  return pointsOf(page).flatMap((point) => {
    const sentences = sentencesOf(point.text);
    const problems: string[] = [];
    if (sentences.length > MAX_SENTENCES_PER_POINT)
      problems.push(
        `${point.where} has ${sentences.length} sentences: keep it to ${MAX_SENTENCES_PER_POINT}, or make another point. "${point.text}"`,
      );
    for (const sentence of sentences) {
      const words = wordsOf(sentence).length;
      if (words > MAX_WORDS_PER_SENTENCE)
        problems.push(
          `${point.where} has a sentence of ${words} words: keep each sentence to ${MAX_WORDS_PER_SENTENCE} words or fewer. "${sentence}"`,
        );
    }
    return problems;
  });
}

/** The points too hard to read on their own, each as a sentence saying what to change. */
export function gradeProblems(page: Pick<EasyRead, 'sections'>): string[] {
  return pointsOf(page).flatMap((point) => {
    const { grade } = readability(point.text);
    return grade > MAX_POINT_GRADE
      ? [
          `${point.where} reads at grade ${grade.toFixed(1)}: use shorter, everyday words to bring it to ${MAX_POINT_GRADE} or lower. "${point.text}"`,
        ]
      : [];
  });
}

/** The hardest points to read first, to say where to start when the page as a whole is too hard. */
export function hardestPoints(page: Pick<EasyRead, 'sections'>, count = 5): (LocatedPoint & { grade: number })[] {
  return pointsOf(page)
    .map((point) => ({ ...point, grade: readability(point.text).grade }))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, count);
}
