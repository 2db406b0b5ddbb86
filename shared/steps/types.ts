/**
 * What a wizard step is, apart from its screen: its id and phase, what it asks to be filled in
 * (so progress and the navigation can say whether it is started or done), whether it shows the
 * expectations frozen at the start of implementation. Its report section is its folder's report.ts
 * (listed in reports.ts); its title and help text are in the message catalogue under `steps.<id>`
 * and `help.<id>`; its screen is the renderer's, tied to the id by a typed map (renderer/wizard/steps.ts).
 */
import type { AssessmentDocument, Phase } from '../model/document';
import type { Block } from '../report/blocks';
import type { Lang } from '../report/format';

/** One thing a step asks for, and how much of it is filled in. */
export interface StepRequirement {
  id: string;
  /** 0…1; most requirements are 0 or 1, per-item ones a fraction. */
  filled: number;
}

/** One step of the wizard. */
export interface StepDefinition<Id extends string = string> {
  readonly id: Id;
  readonly phase: Phase;
  /**
   * What the step asks for. None: the step only shows or records optional things; it counts as
   * done once visited (unless a finding points at it).
   */
  requirements?(doc: AssessmentDocument): StepRequirement[];
  /** The step edits what is frozen at the start of implementation (its screen then says so). */
  readonly holdsExpectations?: boolean;
}

/**
 * A step's section of the report (in its phase's chapter), listed in reports.ts. Kept apart from
 * the step definition so the screens never load the report's code and both catalogues.
 */
export type StepReport = (doc: AssessmentDocument, lang: Lang, options?: StepReportOptions) => Block[];

/** Report choices a step's section may follow. */
export interface StepReportOptions {
  /** Every measurement in the measurement table (else the last few per indicator; see shared/report/limits.ts). */
  allMeasurements?: boolean;
  /** Every effect in the effect tables (else the first few per option and theme; see shared/report/effect-limits.ts). */
  allEffects?: boolean;
}

/** Declares a step, keeping its id as a literal type. */
export function defineStep<const Id extends string>(step: StepDefinition<Id>): StepDefinition<Id> {
  return step;
}
