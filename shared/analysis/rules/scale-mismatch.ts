/** The ambition is for a neighbourhood or district, but every indicator measures a municipality or more. */
import { scaleRank } from '../../framework/framework';
import { defineRule, when } from './types';

export const scaleMismatch = defineRule({
  id: 'scale-mismatch',
  severity: 'medium',
  phase: 'preparation',
  step: 'indicators',
  field: 'scale',
  message: 'findings.scale-mismatch',
  applies: ({ preparation: p }) => {
    const scaled = p.indicators.flatMap((i) => (i.scale === null ? [] : [i.scale]));
    const local = p.ambitionScale !== null && scaleRank(p.ambitionScale) <= scaleRank('wijk');
    return when(local && scaled.length > 0 && scaled.every((s) => scaleRank(s) >= scaleRank('gemeente')));
  },
});
