/**
 * Links inside the document that do not hold (shared/model/integrity.ts): an id used twice, or a
 * reference to an id that is not there. The app opens such a file all the same (a file that opened
 * yesterday must open today) and says so here, per phase, at the path; `impactwijzer validate`
 * refuses it. One rule per phase, so each phase's panel lists the links of its own part.
 */
import { integrityProblems } from '../../model/integrity';
import type { AssessmentDocument, Phase } from '../../model/document';
import type { StepId } from '../../steps/list';
import { defineRule, type RuleHit } from './types';

/** The broken links under one part of the document, as hits. */
function hitsUnder(doc: AssessmentDocument, part: Phase): RuleHit[] {
  return integrityProblems(doc)
    .filter((p) => p.path.startsWith(`${part}.`))
    .map((p) => ({
      key: p.path,
      params: {
        path: p.path,
        id: String(p.params.id),
        kind: { keys: [p.code === 'duplicate-id' ? 'findings.brokenLinkKind.duplicate-id' : 'findings.brokenLinkKind.dangling-reference'] },
      },
    }));
}

const ruleFor = <const Id extends string>(id: Id, phase: Phase, step: StepId) =>
  defineRule({ id, severity: 'high', phase, step, message: 'findings.broken-link', applies: (doc) => hitsUnder(doc, phase) });

export const brokenLinksPreparation = ruleFor('broken-links-preparation', 'preparation', 'options');
export const brokenLinksImplementation = ruleFor('broken-links-implementation', 'implementation', 'measurements');
export const brokenLinksEvaluation = ruleFor('broken-links-evaluation', 'evaluation', 'expected-realised');
