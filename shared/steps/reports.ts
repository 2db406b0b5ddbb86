/**
 * The report section of each step that has one, read by the report (shared/report/content.ts) in
 * step order. The screens never import this file: it would pull the report's code and both
 * catalogues into the start bundle. Adding a step with a section: its report.ts, and one line here.
 */
import { adjustmentsReport } from './adjustments/report';
import { citizenSignalsReport } from './citizen-signals/report';
import { conclusionsReport } from './conclusions/report';
import { contextReport } from './context/report';
import { distributionReport } from './distribution/report';
import { effectsReport } from './effects/report';
import { expectedRealisedReport } from './expected-realised/report';
import { indicatorsReport } from './indicators/report';
import type { StepId } from './list';
import { measurementsReport } from './measurements/report';
import { optionsReport } from './options/report';
import { perceivedMeasuredReport } from './perceived-measured/report';
import { perceivedReport } from './perceived/report';
import { problemReport } from './problem/report';
import { processReport } from './process/report';
import { resultsReport } from './results/report';
import { reviewReport } from './review/report';
import { spilloversReport } from './spillovers/report';
import { theoryReport } from './theory/report';
import type { StepReport } from './types';
import { unintendedReport } from './unintended/report';

export const STEP_REPORTS: Partial<Record<StepId, StepReport>> = {
  context: contextReport,
  problem: problemReport,
  theory: theoryReport,
  options: optionsReport,
  effects: effectsReport,
  spillovers: spilloversReport,
  indicators: indicatorsReport,
  perceived: perceivedReport,
  review: reviewReport,
  measurements: measurementsReport,
  'citizen-signals': citizenSignalsReport,
  adjustments: adjustmentsReport,
  results: resultsReport,
  process: processReport,
  'expected-realised': expectedRealisedReport,
  unintended: unintendedReport,
  'perceived-measured': perceivedMeasuredReport,
  distribution: distributionReport,
  conclusions: conclusionsReport,
};
