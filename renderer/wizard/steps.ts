import type { ComponentType } from 'react';
import type { StepId } from '../../shared/analysis/steps';
import { LaterPhaseStep } from '../phases/later-phase-step';
import { ContextStep } from '../phases/preparation/context-step';
import { EffectsStep } from '../phases/preparation/effects-step';
import { IndicatorsStep } from '../phases/preparation/indicators-step';
import { OptionsStep } from '../phases/preparation/options-step';
import { PerceivedStep } from '../phases/preparation/perceived-step';
import { ProblemStep } from '../phases/preparation/problem-step';
import { ReviewStep } from '../phases/preparation/review-step';
import { SpilloversStep } from '../phases/preparation/spillovers-step';
import { TheoryStep } from '../phases/preparation/theory-step';

/** Steps are data: each step id has its component; titles and help come from the catalogue. */
export const STEP_COMPONENTS: Record<StepId, ComponentType> = {
  context: ContextStep,
  problem: ProblemStep,
  theory: TheoryStep,
  options: OptionsStep,
  effects: EffectsStep,
  spillovers: SpilloversStep,
  indicators: IndicatorsStep,
  perceived: PerceivedStep,
  review: ReviewStep,
  measurements: LaterPhaseStep,
  signals: LaterPhaseStep,
  'citizen-signals': LaterPhaseStep,
  adjustments: LaterPhaseStep,
  results: LaterPhaseStep,
  'expected-realised': LaterPhaseStep,
  unintended: LaterPhaseStep,
  'perceived-measured': LaterPhaseStep,
  distribution: LaterPhaseStep,
  conclusions: LaterPhaseStep,
};
