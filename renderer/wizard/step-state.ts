import type { Finding } from '../../shared/analysis/findings';
import type { PhaseProgress } from '../../shared/analysis/progress';
import type { StepId } from '../../shared/analysis/steps';
import type { Phase } from '../../shared/model/document';

export type StepState = 'done' | 'attention' | 'not-started';

/**
 * A step's state, in words for the navigation: not started when none of its required parts is
 * filled; done when all are and no important finding points at it; needs attention otherwise.
 * Steps without required parts are done once visited, unless a finding points at them.
 */
export function stepState(step: StepId, progress: Record<Phase, PhaseProgress>, findings: Finding[], visited: boolean): StepState {
  const requirements = Object.values(progress).flatMap((p) => p.requirements.filter((r) => r.step === step));
  const open = findings.filter((f) => f.target.step === step && f.severity !== 'low');
  if (requirements.length === 0) return open.length > 0 ? 'attention' : visited ? 'done' : 'not-started';
  const filled = requirements.reduce((sum, r) => sum + r.filled, 0) / requirements.length;
  if (filled === 0) return 'not-started';
  return filled === 1 && open.length === 0 ? 'done' : 'attention';
}
