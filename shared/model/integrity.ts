/**
 * Integrity of the links inside a document: items link to each other by id, so an id used twice
 * (two options "opt-a") or a reference to an id that is not there (an effect of option "opt-x")
 * makes a link ambiguous or empty. The schema cannot see this; these checks can. Each problem
 * carries its JSON path, e.g. `preparation.options[1].id`.
 *
 * What happens with the problems: `impactwijzer validate` refuses such a file (exit 1); the app
 * still opens it (a file that opened yesterday must open today) and the critical friend shows it.
 */
import type { Problem } from '../errors';
import { GROUPS } from './choices';
import type { AssessmentDocument } from './document';

interface Entry {
  id: string;
  path: string;
}

/** The entries of a list of items, by the key that names them (`id`, or a reference for records kept one per item). */
function entries<T>(items: readonly T[] | undefined, base: string, key: (item: T) => string | null | undefined, field = 'id'): Entry[] {
  const out: Entry[] = [];
  (items ?? []).forEach((item, i) => {
    const id = key(item);
    if (typeof id === 'string') out.push({ id, path: `${base}[${i}].${field}` });
  });
  return out;
}

/** One problem per entry whose id an earlier entry of the same namespace already has. */
function duplicates(namespace: Entry[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { id, path } of namespace) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, path);
    else problems.push({ code: 'duplicate-id', params: { id, first: earlier }, path });
  }
  return problems;
}

/** One problem per reference to an id that the namespace does not hold. */
function dangling(references: Entry[], known: ReadonlySet<string>): Problem[] {
  return references.filter((r) => !known.has(r.id)).map(({ id, path }) => ({ code: 'dangling-reference' as const, params: { id }, path }));
}

const ids = (...lists: Entry[][]): Set<string> => new Set(lists.flat().map((e) => e.id));
const byId = <T extends { id: string }>(items: readonly T[] | undefined, base: string) => entries(items, base, (x) => x.id);

/** Every item list of the document, by name, with the JSON path of each id. */
function namespaces(doc: AssessmentDocument) {
  const p = doc.preparation;
  const toc = p.theoryOfChange;
  const frozen = doc.implementation.frozen;
  return {
    options: byId(p.options, 'preparation.options'),
    effects: byId(p.effects, 'preparation.effects'),
    indicators: byId(p.indicators, 'preparation.indicators'),
    perceivedOutcomes: byId(p.perceivedOutcomes, 'preparation.perceivedOutcomes'),
    spillovers: byId(p.spillovers, 'preparation.spillovers'),
    groups: byId(p.groups, 'preparation.groups'),
    // The steps of the theory of change link to each other across its four columns: one namespace.
    changeSteps: (['activities', 'outputs', 'outcomes', 'impacts'] as const).flatMap((k) =>
      byId(toc[k], `preparation.theoryOfChange.${k}`),
    ),
    frozenEffects: byId(frozen?.effects, 'implementation.frozen.effects'),
    frozenIndicators: byId(frozen?.indicators, 'implementation.frozen.indicators'),
    measurements: byId(doc.implementation.measurements, 'implementation.measurements'),
    citizenSignals: byId(doc.implementation.citizenSignals, 'implementation.citizenSignals'),
    adjustments: byId(doc.implementation.adjustments, 'implementation.adjustments'),
    unintendedEffects: byId(doc.evaluation.unintendedEffects, 'evaluation.unintendedEffects'),
    // Records kept once per item: a second record for the same item is a duplicate as well.
    finalValues: entries(doc.evaluation.finalValues, 'evaluation.finalValues', (x) => x.indicatorId, 'indicatorId'),
    realisedEffects: entries(doc.evaluation.realisedEffects, 'evaluation.realisedEffects', (x) => x.effectId, 'effectId'),
    perceivedResults: entries(
      doc.evaluation.perceivedResults,
      'evaluation.perceivedResults',
      (x) => x.perceivedOutcomeId,
      'perceivedOutcomeId',
    ),
  };
}

/** Every reference in the document, each with the namespace it must name. */
function references(doc: AssessmentDocument, ns: ReturnType<typeof namespaces>): [Entry[], Set<string>][] {
  const p = doc.preparation;
  const { adjustments } = doc.implementation;
  // Items may have left the current expectations after the freeze: what was frozen still counts.
  const indicators = ids(ns.indicators, ns.frozenIndicators);
  const effects = ids(ns.effects, ns.frozenEffects);
  const groups = new Set<string>([...GROUPS, ...ns.groups.map((g) => g.id)]);
  const anyItem = ids(ns.options, ns.effects, ns.indicators, ns.frozenEffects, ns.frozenIndicators, ns.perceivedOutcomes, ns.spillovers);
  const preferred: Entry[] = p.preferredOptionId ? [{ id: p.preferredOptionId, path: 'preparation.preferredOptionId' }] : [];
  return [
    [[...entries(p.effects, 'preparation.effects', (e) => e.optionId, 'optionId'), ...preferred], ids(ns.options)],
    [p.effects.flatMap((e, i) => e.groups.map((id, j) => ({ id, path: `preparation.effects[${i}].groups[${j}]` }))), groups],
    [entries(p.perceivedOutcomes, 'preparation.perceivedOutcomes', (o) => o.indicatorId, 'indicatorId'), indicators],
    [entries(doc.implementation.measurements, 'implementation.measurements', (m) => m.indicatorId, 'indicatorId'), indicators],
    [
      adjustments.flatMap((a, i) => a.indicatorIds.map((id, j) => ({ id, path: `implementation.adjustments[${i}].indicatorIds[${j}]` }))),
      indicators,
    ],
    [
      adjustments.flatMap((a, i) => a.effectIds.map((id, j) => ({ id, path: `implementation.adjustments[${i}].effectIds[${j}]` }))),
      effects,
    ],
    [
      adjustments.flatMap((a, i) =>
        (a.changes ?? []).flatMap((c, j) =>
          c.itemId ? [{ id: c.itemId, path: `implementation.adjustments[${i}].changes[${j}].itemId` }] : [],
        ),
      ),
      anyItem,
    ],
    [ns.finalValues, indicators],
    [ns.realisedEffects, effects],
    [ns.perceivedResults, ids(ns.perceivedOutcomes)],
  ];
}

/** Duplicate ids (per list, and across lists that share a namespace) and references to ids that are not there, with their paths. */
export function integrityProblems(doc: AssessmentDocument): Problem[] {
  const ns = namespaces(doc);
  const dup = Object.values(ns).flatMap(duplicates);
  const refs = references(doc, ns).flatMap(([list, known]) => dangling(list, known));
  return [...dup, ...refs];
}
