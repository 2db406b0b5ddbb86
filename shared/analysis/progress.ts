/** Progress per phase: the share of what its steps ask for that is filled in. */
import type { AssessmentDocument, Phase } from '../model/document';
import { PHASES, stepsOf, type StepId } from '../steps/list';

/** One thing a step asks for, with the step it belongs to. */
export interface Requirement {
  id: string;
  step: StepId;
  /** 0…1; most requirements are 0 or 1, per-item ones a fraction. */
  filled: number;
}

export interface PhaseProgress {
  phase: Phase;
  requirements: Requirement[];
  /** Mean of the requirements' filled shares, 0…1. */
  share: number;
}

/** Progress of one phase, from the requirements of its steps in step order. */
export function phaseProgress(
  doc: AssessmentDocument,
  phase: Phase,
  /** One step's requirements (the UI keeps them per step, so an edit reruns only the steps that read what it changed). */
  of: (step: ReturnType<typeof stepsOf>[number]) => readonly Omit<Requirement, 'step'>[] = (step) => step.requirements?.(doc) ?? [],
): PhaseProgress {
  const requirements = stepsOf(phase).flatMap((step) => of(step).map((r) => ({ ...r, step: step.id })));
  const share = requirements.length === 0 ? 0 : requirements.reduce((sum, r) => sum + r.filled, 0) / requirements.length;
  return { phase, requirements, share };
}

/** Progress of all three phases. */
export function progress(doc: AssessmentDocument): Record<Phase, PhaseProgress> {
  return Object.fromEntries(PHASES.map((phase) => [phase, phaseProgress(doc, phase)])) as Record<Phase, PhaseProgress>;
}
