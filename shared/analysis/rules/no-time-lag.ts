/** No effect says when it will occur, so monitoring cannot tell "not yet" from "not at all". */
import { consideredEffects } from '../effects';
import { defineRule, when } from './types';

export const noTimeLag = defineRule({
  id: 'no-time-lag',
  severity: 'low',
  phase: 'preparation',
  step: 'effects',
  field: 'lag',
  message: 'findings.no-time-lag',
  applies: (doc) => {
    const nonZero = consideredEffects(doc).filter((e) => e.direction !== 0);
    return when(nonZero.length > 0 && !nonZero.some((e) => e.lag !== null), { itemId: nonZero[0]?.id });
  },
});
