/** The steps of the wizard, by phase: the ids findings and progress point to. */
import type { Phase } from '../model/document';

export const STEPS = {
  preparation: ['context', 'problem', 'theory', 'options', 'effects', 'spillovers', 'indicators', 'perceived', 'review'],
  implementation: ['measurements', 'signals', 'citizen-signals', 'adjustments'],
  evaluation: ['results', 'expected-realised', 'unintended', 'perceived-measured', 'distribution', 'conclusions'],
} as const satisfies Record<Phase, readonly string[]>;

/** One step's id. */
export type StepId = (typeof STEPS)[Phase][number];

/** The phase a step belongs to. */
export function phaseOfStep(step: StepId): Phase {
  for (const phase of Object.keys(STEPS) as Phase[]) {
    if ((STEPS[phase] as readonly string[]).includes(step)) return phase;
  }
  throw new Error(`unknown step ${step}`);
}
