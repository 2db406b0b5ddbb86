/**
 * The critical friend's findings and the progress of the open document, kept per rule and per
 * step: each is a computed, so an edit reruns only the rules and steps that read what it changed
 * (typing in "Lessen" reruns no rule that reads the 10,000 effects of a large document).
 */
import { computed, type IComputedValue } from 'mobx';
import { ranked, ruleFindings, type Finding } from '../../shared/analysis/findings';
import { RULES } from '../../shared/analysis/rules/list';
import { phaseProgress, type PhaseProgress, type Requirement } from '../../shared/analysis/progress';
import type { AssessmentDocument, Phase } from '../../shared/model/document';
import { PHASES, STEP_LIST, type StepId } from '../../shared/steps/list';

export class LiveAnalysis {
  private readonly rules: IComputedValue<Finding[]>[];
  private readonly steps: Map<StepId, IComputedValue<readonly Omit<Requirement, 'step'>[]>>;

  constructor(private readonly document: () => AssessmentDocument | null) {
    this.rules = RULES.map((rule) => computed(() => (this.document() ? ruleFindings(rule, this.document()!) : [])));
    this.steps = new Map(
      STEP_LIST.map((step) => [step.id, computed(() => (this.document() ? (step.requirements?.(this.document()!) ?? []) : []))]),
    );
  }

  findings(): Finding[] {
    return ranked(this.rules.map((rule) => rule.get()));
  }

  progress(doc: AssessmentDocument): Record<Phase, PhaseProgress> {
    return Object.fromEntries(
      PHASES.map((phase) => [phase, phaseProgress(doc, phase, (step) => this.steps.get(step.id)?.get() ?? [])]),
    ) as Record<Phase, PhaseProgress>;
  }
}
