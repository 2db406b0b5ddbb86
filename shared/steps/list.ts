/**
 * The ordered list of wizard steps: the one registry the wizard, the navigation, progress, the
 * critical friend's links and the report read. Adding a step: its folder, and one line here.
 */
import type { Phase } from '../model/document';
import { adjustmentsStep } from './adjustments/step';
import { citizenSignalsStep } from './citizen-signals/step';
import { conclusionsStep } from './conclusions/step';
import { contextStep } from './context/step';
import { distributionStep } from './distribution/step';
import { effectsStep } from './effects/step';
import { expectedRealisedStep } from './expected-realised/step';
import { indicatorsStep } from './indicators/step';
import { measurementsStep } from './measurements/step';
import { optionsStep } from './options/step';
import { perceivedMeasuredStep } from './perceived-measured/step';
import { perceivedStep } from './perceived/step';
import { problemStep } from './problem/step';
import { processStep } from './process/step';
import { resultsStep } from './results/step';
import { reviewStep } from './review/step';
import { signalsStep } from './signals/step';
import { spilloversStep } from './spillovers/step';
import { theoryStep } from './theory/step';
import type { StepDefinition } from './types';
import { unintendedStep } from './unintended/step';

export const STEP_LIST = [
  contextStep,
  problemStep,
  theoryStep,
  optionsStep,
  effectsStep,
  spilloversStep,
  indicatorsStep,
  perceivedStep,
  reviewStep,
  measurementsStep,
  signalsStep,
  citizenSignalsStep,
  adjustmentsStep,
  resultsStep,
  processStep,
  expectedRealisedStep,
  unintendedStep,
  perceivedMeasuredStep,
  distributionStep,
  conclusionsStep,
] as const;

/** One step's id. */
export type StepId = (typeof STEP_LIST)[number]['id'];

/** The phases in the order of the policy cycle. */
export const PHASES: readonly Phase[] = ['preparation', 'implementation', 'evaluation'];

const byId = new Map<string, StepDefinition<StepId>>(STEP_LIST.map((s) => [s.id, s]));

/** A step's definition. */
export function stepOf(id: StepId): StepDefinition<StepId> {
  return byId.get(id)!;
}

/** The steps of one phase, in order. */
export function stepsOf(phase: Phase): StepDefinition<StepId>[] {
  return STEP_LIST.filter((s) => s.phase === phase);
}

/** The phase a step belongs to. */
export function phaseOfStep(id: StepId): Phase {
  return stepOf(id).phase;
}

/** Whether a string names a step (for ids read from outside, e.g. a saved location). */
export function isStepId(id: string): id is StepId {
  return byId.has(id);
}
