/** The steps of each explainer journey, in order. */
import { getCollection } from 'astro:content';
import type { JourneyStep } from '../schemas/journey-step.ts';
import { duplicatePositions, inOrder } from '../../shared/sequence.ts';
import type { Journey } from '../vocabularies.ts';

export interface StepEntry {
  id: string;
  data: JourneyStep;
  /** The step's text as HTML, rendered from its Markdown. */
  rendered?: { html: string };
}

export async function stepsOf(journey: Journey): Promise<StepEntry[]> {
  const steps = (await getCollection(
    'journeySteps',
    (step) => step.data.journey === journey,
  )) as unknown as StepEntry[];
  const twice = duplicatePositions(steps, (step) => step.data.order);
  if (twice.length)
    throw new Error(
      `Two ${journey} steps in content/journey-steps have the same order (${twice.join(', ')}): each needs its own.`,
    );
  return inOrder(steps, (step) => step.data.order);
}
