/** The steps' order without their definitions (shared/steps/order.ts, for the start screen's chunk) is list.ts's order. */
import { describe, expect, it } from 'vitest';
import { STEP_LIST } from '../../../shared/steps/list';
import { STEP_ORDER } from '../../../shared/steps/order';

describe('the step order', () => {
  it('names every step of list.ts, in its order, with its phase', () => {
    expect(STEP_ORDER).toEqual(STEP_LIST.map(({ id, phase }) => ({ id, phase })));
  });
});
