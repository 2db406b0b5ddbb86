/** A frozen expectation changed without an adjustment decision that explains it. */
import { themeOf } from '../../framework/framework';
import type { AssessmentDocument } from '../../model/document';
import { expectationChanges, type ExpectationChange } from '../changes';
import { defineRule } from './types';

/** The label of a changed item, from the current document or else the frozen one (looked up by id, once per document). */
function labeller(doc: AssessmentDocument) {
  const frozen = doc.implementation.frozen;
  const byId = <T extends { id: string }>(...lists: (readonly T[] | undefined)[]) => {
    const map = new Map<string, T>();
    for (const list of lists) for (const item of list ?? []) if (!map.has(item.id)) map.set(item.id, item);
    return map;
  };
  const effects = byId(doc.preparation.effects, frozen?.effects);
  const indicators = byId(doc.preparation.indicators, frozen?.indicators);
  return (change: ExpectationChange) => {
    if (change.kind === 'effect') {
      const effect = effects.get(change.id);
      return effect ? themeOf(effect.theme).name : change.id;
    }
    return indicators.get(change.id)?.name ?? change.id;
  };
}

export const unrecordedChange = defineRule({
  id: 'unrecorded-change',
  severity: 'medium',
  phase: 'implementation',
  step: 'adjustments',
  message: 'findings.unrecorded-change',
  applies: (doc) => {
    const label = labeller(doc);
    return expectationChanges(doc)
      .filter((change) => !change.explained)
      .map((change) => ({
        itemId: `change-${change.id}`,
        key: `${change.kind}:${change.id}:${change.what}`,
        params: {
          noun: { keys: [`findings.changeNoun.${change.kind}`] },
          label: label(change),
          what: { keys: [`findings.changeWhat.${change.what}`] },
        },
      }));
  },
});
