/**
 * Evaluation step after the results: the process evaluation (was it carried out as planned, for
 * whom, at what cost, what changed on the way, what helped or hindered), value for money, and
 * support and trust ex post.
 */
import { plannedPreparation, processOf } from '../../analysis/value-for-money';
import { filled, share } from '../share';
import { defineStep } from '../types';

export const processStep = defineStep({
  id: 'process',
  phase: 'evaluation',
  requirements: (doc) => {
    const p = processOf(doc);
    const activities = plannedPreparation(doc).theoryOfChange.activities;
    const checked = new Set(p.activities.filter((a) => a.carriedOut !== null).map((a) => a.activityId));
    return [
      ...(activities.length > 0
        ? [{ id: 'carried-out', filled: share(activities.filter((a) => checked.has(a.id)).length, activities.length) }]
        : []),
      { id: 'spending', filled: p.spent.oneOff !== null || p.spent.yearly !== null ? 1 : 0 },
      { id: 'helped-hindered', filled: filled(p.helped) || filled(p.hindered) ? 1 : 0 },
      { id: 'support', filled: p.support !== null || filled(p.supportReason) ? 1 : 0 },
    ];
  },
});
