/** An indicator's target lies against its good direction (good = up, but the target is below the baseline, or the reverse). */
import { defineRule } from './types';

export const targetAgainstDirection = defineRule({
  id: 'target-against-direction',
  severity: 'high',
  phase: 'preparation',
  step: 'indicators',
  field: 'target',
  message: 'findings.target-against-direction',
  applies: (doc) =>
    doc.preparation.indicators.flatMap((ind) => {
      if (!ind.baseline || !ind.target) return [];
      const way = ind.target.value - ind.baseline.value;
      if (way === 0 || way > 0 === (ind.goodDirection === 'up')) return [];
      return [
        { itemId: ind.id, key: ind.id, params: { name: ind.name, direction: { keys: [`findings.goodDirection.${ind.goodDirection}`] } } },
      ];
    }),
});
