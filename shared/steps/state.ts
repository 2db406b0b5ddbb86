/** A step's state in the navigation: not started, needs attention, or done. */
import type { Finding } from '../analysis/findings';
import type { PhaseProgress } from '../analysis/progress';
import type { Phase } from '../model/document';
import type { StepId } from './list';

export type StepState = 'done' | 'in-progress' | 'attention' | 'not-started';

/**
 * Not started when none of the step's requirements holds content. Once begun, it needs attention
 * only when an important finding points at it (the findings panel lists the same findings, so
 * the two never disagree); otherwise it is done ("klaar") only when every requirement holds
 * content, and in progress before that. Steps without requirements are done once visited,
 * unless a finding points at them.
 */
export function stepState(step: StepId, progress: Record<Phase, PhaseProgress>, findings: Finding[], visited: boolean): StepState {
  const requirements = Object.values(progress).flatMap((p) => p.requirements.filter((r) => r.step === step));
  const open = findings.filter((f) => f.target.step === step && f.severity !== 'low');
  if (requirements.length === 0) return open.length > 0 ? 'attention' : visited ? 'done' : 'not-started';
  const filled = requirements.reduce((sum, r) => sum + r.filled, 0) / requirements.length;
  if (filled === 0) return 'not-started';
  if (open.length > 0) return 'attention';
  return filled === 1 ? 'done' : 'in-progress';
}
