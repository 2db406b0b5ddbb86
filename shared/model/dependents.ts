/**
 * What goes with an item when it is deleted: the items that refer to it by id (an option's effects,
 * an indicator's measurements, links in adjustments, …). The UI names them before it deletes, and
 * deletes them with the item in one edit, so one undo brings everything back and no reference is
 * left dangling.
 */
import type { AssessmentDocument } from './document';

export type Removable = { kind: 'option' | 'indicator' | 'effect' | 'group'; id: string };

export type DependentKind =
  | 'effects'
  | 'measurements'
  | 'finalValues'
  | 'adjustmentLinks'
  | 'perceivedLinks'
  | 'realised'
  | 'groupLinks'
  | 'preferred'
  | 'tocLinks'
  | 'mainIndicator'
  | 'notQuantified'
  | 'unintendedGroupLinks'
  | 'reachLines';

export interface Dependent {
  kind: DependentKind;
  count: number;
}

const linked = (ids: string[], list: { indicatorIds?: string[]; effectIds?: string[] }[], field: 'indicatorIds' | 'effectIds') =>
  list.filter((a) => (a[field] ?? []).some((x) => ids.includes(x))).length;

/** Every step of the theory of change (outcomes and impacts link to indicators). */
const tocSteps = (doc: AssessmentDocument) => {
  const toc = doc.preparation.theoryOfChange;
  return [...toc.activities, ...toc.outputs, ...toc.outcomes, ...toc.impacts];
};

function effectIdsOf(doc: AssessmentDocument, item: Removable): string[] {
  if (item.kind === 'effect') return [item.id];
  if (item.kind === 'option') return doc.preparation.effects.filter((e) => e.optionId === item.id).map((e) => e.id);
  return [];
}

/** The items that go with `item`, by kind, only those with a count above zero. */
export function dependentsOf(doc: AssessmentDocument, item: Removable): Dependent[] {
  const { preparation: p, implementation: im, evaluation: ev } = doc;
  const out: Dependent[] = [];
  const add = (kind: DependentKind, count: number) => count > 0 && out.push({ kind, count });
  if (item.kind === 'option') {
    add('effects', effectIdsOf(doc, item).length);
    add('preferred', p.preferredOptionId === item.id ? 1 : 0);
  }
  if (item.kind === 'option' || item.kind === 'effect') {
    const ids = effectIdsOf(doc, item);
    add('realised', ev.realisedEffects.filter((r) => ids.includes(r.effectId)).length);
    add('adjustmentLinks', linked(ids, im.adjustments, 'effectIds'));
  }
  if (item.kind === 'indicator') {
    add('measurements', im.measurements.filter((m) => m.indicatorId === item.id).length);
    add('finalValues', ev.finalValues.filter((f) => f.indicatorId === item.id).length);
    add('adjustmentLinks', linked([item.id], im.adjustments, 'indicatorIds'));
    add('perceivedLinks', p.perceivedOutcomes.filter((o) => o.indicatorId === item.id).length);
    add('tocLinks', tocSteps(doc).filter((s) => s.indicatorIds?.includes(item.id)).length);
    add('mainIndicator', ev.process?.mainIndicators.some((m) => m.indicatorId === item.id) ? 1 : 0);
    add('notQuantified', ev.notQuantifiedResults?.some((r) => r.indicatorId === item.id) ? 1 : 0);
  }
  if (item.kind === 'group') {
    add('groupLinks', p.effects.filter((e) => e.groups.includes(item.id)).length);
    add('unintendedGroupLinks', ev.unintendedEffects.filter((u) => u.groups?.includes(item.id)).length);
    add('reachLines', ev.process?.reach.filter((r) => r.group === item.id).length ?? 0);
  }
  return out;
}

/** Deletes `item` and what goes with it from a draft document (inside one edit). */
export function removeWithDependents(d: AssessmentDocument, item: Removable): void {
  const { preparation: p, implementation: im, evaluation: ev } = d;
  const effects = effectIdsOf(d, item);
  if (item.kind === 'option') {
    p.options = p.options.filter((o) => o.id !== item.id);
    if (p.preferredOptionId === item.id) p.preferredOptionId = p.options[0]?.id ?? null;
  }
  if (effects.length > 0) {
    p.effects = p.effects.filter((e) => !effects.includes(e.id));
    ev.realisedEffects = ev.realisedEffects.filter((r) => !effects.includes(r.effectId));
    for (const a of im.adjustments) a.effectIds = a.effectIds.filter((x) => !effects.includes(x));
  }
  if (item.kind === 'indicator') {
    p.indicators = p.indicators.filter((i) => i.id !== item.id);
    im.measurements = im.measurements.filter((m) => m.indicatorId !== item.id);
    ev.finalValues = ev.finalValues.filter((f) => f.indicatorId !== item.id);
    for (const a of im.adjustments) a.indicatorIds = a.indicatorIds.filter((x) => x !== item.id);
    for (const o of p.perceivedOutcomes) if (o.indicatorId === item.id) o.indicatorId = null;
    for (const s of tocSteps(d)) if (s.indicatorIds) s.indicatorIds = s.indicatorIds.filter((x) => x !== item.id);
    if (ev.process) ev.process.mainIndicators = ev.process.mainIndicators.filter((m) => m.indicatorId !== item.id);
    if (ev.notQuantifiedResults) ev.notQuantifiedResults = ev.notQuantifiedResults.filter((r) => r.indicatorId !== item.id);
  }
  if (item.kind === 'group') {
    p.groups = p.groups.filter((g) => g.id !== item.id);
    for (const e of p.effects) e.groups = e.groups.filter((x) => x !== item.id);
    for (const u of ev.unintendedEffects) if (u.groups) u.groups = u.groups.filter((x) => x !== item.id);
    for (const r of ev.process?.reach ?? []) if (r.group === item.id) r.group = null;
  }
}
