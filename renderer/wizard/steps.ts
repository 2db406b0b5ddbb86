import type { ComponentType } from 'react';
import type { StepId } from '../../shared/steps/list';
import { ConclusionsStep, DistributionStep, PerceivedMeasuredStep, UnintendedStep } from '../phases/evaluation/other-steps';
import { ExpectedRealisedStep } from '../phases/evaluation/expected-realised-step';
import { ProcessStep } from '../phases/evaluation/process-step';
import { ResultsStep } from '../phases/evaluation/results-step';
import { AdjustmentsStep } from '../phases/implementation/adjustments-step';
import { CitizenSignalsStep } from '../phases/implementation/citizen-signals-step';
import { MeasurementsStep } from '../phases/implementation/measurements-step';
import { SignalsStep } from '../phases/implementation/signals-step';
import { gated } from '../phases/phase-gate';
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
  measurements: gated('implementation', MeasurementsStep),
  signals: gated('implementation', SignalsStep),
  'citizen-signals': gated('implementation', CitizenSignalsStep),
  adjustments: gated('implementation', AdjustmentsStep),
  results: gated('evaluation', ResultsStep),
  process: gated('evaluation', ProcessStep),
  'expected-realised': gated('evaluation', ExpectedRealisedStep),
  unintended: gated('evaluation', UnintendedStep),
  'perceived-measured': gated('evaluation', PerceivedMeasuredStep),
  distribution: gated('evaluation', DistributionStep),
  conclusions: gated('evaluation', ConclusionsStep),
};
