/**
 * Changes to the expectations after they were frozen, and whether an adjustment decision
 * explains each one: expectations never change silently.
 */
import type { AssessmentDocument } from '../model/document';

export interface ExpectationChange {
  kind: 'effect' | 'indicator';
  id: string;
  /** What changed, for the adjustment's text. */
  what: 'added' | 'removed' | 'direction' | 'baseline' | 'target';
  /** Whether an adjustment decision refers to this effect or indicator. */
  explained: boolean;
}

/**
 * Whether two values have the same JSON text: key by key for an object (a baseline or target of a ×10
 * document's 1,500 indicators), without writing it out.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b))
    return JSON.stringify(a) === JSON.stringify(b);
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keysOf = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined && typeof o[k] !== 'function');
  const kx = keysOf(x);
  const ky = keysOf(y);
  return kx.length === ky.length && kx.every((k, i) => k === ky[i] && (x[k] === y[k] || same(x[k], y[k])));
}

/** Every change to frozen effects (direction) and indicators (baseline, target), added or removed items. */
export function expectationChanges(doc: AssessmentDocument): ExpectationChange[] {
  const frozen = doc.implementation.frozen;
  if (!frozen) return [];
  const adjustments = doc.implementation.adjustments;
  // An adjustment explains an item it names, or whose fields it records as changed ("Bijstellen").
  const recorded = (a: (typeof adjustments)[number], id: string) => a.changes?.some((c) => c.itemId === id) ?? false;
  const explainedEffect = (id: string) => adjustments.some((a) => a.effectIds.includes(id) || recorded(a, id));
  const explainedIndicator = (id: string) => adjustments.some((a) => a.indicatorIds.includes(id) || recorded(a, id));
  const changes: ExpectationChange[] = [];

  const nowEffects = new Map(doc.preparation.effects.map((e) => [e.id, e]));
  const thenEffects = new Map(frozen.effects.map((e) => [e.id, e]));
  for (const [id, then] of thenEffects) {
    const now = nowEffects.get(id);
    if (!now) changes.push({ kind: 'effect', id, what: 'removed', explained: explainedEffect(id) });
    else if (now.direction !== then.direction) changes.push({ kind: 'effect', id, what: 'direction', explained: explainedEffect(id) });
  }
  for (const [id, now] of nowEffects)
    if (!thenEffects.has(id) && now.direction !== null) changes.push({ kind: 'effect', id, what: 'added', explained: explainedEffect(id) });

  const nowIndicators = new Map(doc.preparation.indicators.map((i) => [i.id, i]));
  const thenIndicators = new Map(frozen.indicators.map((i) => [i.id, i]));
  for (const [id, then] of thenIndicators) {
    const now = nowIndicators.get(id);
    if (!now) changes.push({ kind: 'indicator', id, what: 'removed', explained: explainedIndicator(id) });
    else {
      if (!same(now.baseline, then.baseline)) changes.push({ kind: 'indicator', id, what: 'baseline', explained: explainedIndicator(id) });
      if (!same(now.target, then.target)) changes.push({ kind: 'indicator', id, what: 'target', explained: explainedIndicator(id) });
    }
  }
  for (const id of nowIndicators.keys())
    if (!thenIndicators.has(id)) changes.push({ kind: 'indicator', id, what: 'added', explained: explainedIndicator(id) });
  return changes;
}
