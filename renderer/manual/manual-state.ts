import { observable, runInAction } from 'mobx';
import type { StepId } from '../../shared/steps/list';
import type { UiStore } from '../stores/root-store';

/** The step whose manual page was asked for (null: the manual as a whole). */
export const manualState = observable({ step: null as StepId | null });

/** Opens the manual, at a step's page when one is given. */
export function openManual(ui: Pick<UiStore, 'openDialog'>, step: StepId | null = null): void {
  runInAction(() => (manualState.step = step));
  ui.openDialog('manual');
}
