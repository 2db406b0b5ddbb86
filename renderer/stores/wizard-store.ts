import { makeAutoObservable } from 'mobx';
import type { Phase } from '../../shared/model/document';
import type { StepId } from '../../shared/steps/list';
import { STEP_ORDER } from '../../shared/steps/order';

const ALL_STEPS: readonly { id: StepId; phase: Phase }[] = STEP_ORDER;

/** Where the user is in the wizard. */
export class WizardStore {
  step: StepId = 'context';
  visited = new Set<StepId>(['context']);
  /** The element to focus once the step has rendered (a finding's target). */
  pendingFocus: string | null = null;
  /** The option whose effects the effects step shows. */
  optionId: string | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  get index(): number {
    return ALL_STEPS.findIndex((s) => s.id === this.step);
  }

  get phase(): Phase {
    return ALL_STEPS[this.index]!.phase;
  }

  get previous(): StepId | null {
    return ALL_STEPS[this.index - 1]?.id ?? null;
  }

  get next(): StepId | null {
    return ALL_STEPS[this.index + 1]?.id ?? null;
  }

  go(step: StepId, focusId: string | null = null): void {
    this.step = step;
    this.visited.add(step);
    this.pendingFocus = focusId;
  }

  selectOption(optionId: string): void {
    this.optionId = optionId;
  }

  reset(): void {
    this.optionId = null;
    this.step = 'context';
    this.visited = new Set(['context']);
    this.pendingFocus = null;
  }

  /** Asks the current step to focus an element once it has rendered. */
  focusLater(elementId: string): void {
    this.pendingFocus = elementId;
  }

  consumeFocus(): string | null {
    const id = this.pendingFocus;
    this.pendingFocus = null;
    return id;
  }
}
