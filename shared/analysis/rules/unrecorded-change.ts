/** A frozen expectation changed without an adjustment decision that explains it. */
import { themeOf } from '../../framework/framework';
import type { AssessmentDocument } from '../../model/document';
import { expectationChanges, type ExpectationChange } from '../changes';
import { defineRule } from './types';

function label(doc: AssessmentDocument, change: ExpectationChange) {
  const frozen = doc.implementation.frozen;
  if (change.kind === 'effect') {
    const effect = doc.preparation.effects.find((e) => e.id === change.id) ?? frozen?.effects.find((e) => e.id === change.id);
    return effect ? themeOf(effect.theme).name : change.id;
  }
  const ind = doc.preparation.indicators.find((i) => i.id === change.id) ?? frozen?.indicators.find((i) => i.id === change.id);
  return ind?.name ?? change.id;
}

export const unrecordedChange = defineRule({
  id: 'unrecorded-change',
  severity: 'medium',
  phase: 'implementation',
  step: 'adjustments',
  message: 'findings.unrecorded-change',
  applies: (doc) =>
    expectationChanges(doc)
      .filter((change) => !change.explained)
      .map((change) => ({
        itemId: `change-${change.id}`,
        key: `${change.kind}:${change.id}:${change.what}`,
        params: {
          noun: { keys: [`findings.changeNoun.${change.kind}`] },
          label: label(doc, change),
          what: { keys: [`findings.changeWhat.${change.what}`] },
        },
      })),
});
