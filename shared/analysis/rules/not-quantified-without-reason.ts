/**
 * Something is marked "niet gekwantificeerd" without saying why: the reader cannot tell a thing that
 * cannot be counted from one nobody tried to count. One rule per place the mark is set.
 */
import { themeOf } from '../../framework/framework';
import type { AssessmentDocument } from '../../model/document';
import { notQuantifiedItems, type NotQuantifiedItem } from '../limitations';
import { defineRule, type RuleHit } from './types';

const hits = (doc: AssessmentDocument, kind: NotQuantifiedItem['kind']): RuleHit[] =>
  notQuantifiedItems(doc)
    .filter((x) => x.kind === kind && x.reason === '')
    .map((x) => {
      const id = x.kind === 'result' ? x.indicator.id : x.effect.id;
      const name = x.kind === 'result' ? x.indicator.name : themeOf(x.effect.theme).name;
      return { itemId: id, key: id, params: { kind: { keys: [`limits.findings.kind.${kind}` as const] }, name } };
    });

const message = 'limits.findings.not-quantified-without-reason';

export const effectNotQuantifiedWithoutReason = defineRule({
  id: 'effect-not-quantified-without-reason',
  severity: 'low',
  phase: 'preparation',
  step: 'effects',
  field: 'notQuantified',
  message,
  applies: (doc) => hits(doc, 'effect'),
});

export const realisedNotQuantifiedWithoutReason = defineRule({
  id: 'realised-not-quantified-without-reason',
  severity: 'low',
  phase: 'evaluation',
  step: 'expected-realised',
  field: 'notQuantified',
  message,
  applies: (doc) => (doc.context.phase === 'evaluation' ? hits(doc, 'realised') : []),
});

export const resultNotQuantifiedWithoutReason = defineRule({
  id: 'result-not-quantified-without-reason',
  severity: 'low',
  phase: 'evaluation',
  step: 'results',
  field: 'notQuantified',
  message,
  applies: (doc) => (doc.context.phase === 'evaluation' ? hits(doc, 'result') : []),
});
