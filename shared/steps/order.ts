/**
 * The wizard's steps in order, by id and phase only: what navigation and the address need
 * (renderer/stores/wizard-store.ts, location.ts), without the steps' definitions (list.ts: what each
 * step asks for, which imports the analysis and the framework). Kept equal to list.ts by a test.
 */
import type { Phase } from '../model/document';
import type { StepId } from './list';

export const STEP_ORDER: readonly { readonly id: StepId; readonly phase: Phase }[] = [
  { id: 'context', phase: 'preparation' },
  { id: 'problem', phase: 'preparation' },
  { id: 'theory', phase: 'preparation' },
  { id: 'options', phase: 'preparation' },
  { id: 'effects', phase: 'preparation' },
  { id: 'spillovers', phase: 'preparation' },
  { id: 'indicators', phase: 'preparation' },
  { id: 'perceived', phase: 'preparation' },
  { id: 'review', phase: 'preparation' },
  { id: 'measurements', phase: 'implementation' },
  { id: 'signals', phase: 'implementation' },
  { id: 'citizen-signals', phase: 'implementation' },
  { id: 'adjustments', phase: 'implementation' },
  { id: 'results', phase: 'evaluation' },
  { id: 'process', phase: 'evaluation' },
  { id: 'expected-realised', phase: 'evaluation' },
  { id: 'unintended', phase: 'evaluation' },
  { id: 'perceived-measured', phase: 'evaluation' },
  { id: 'distribution', phase: 'evaluation' },
  { id: 'conclusions', phase: 'evaluation' },
];
