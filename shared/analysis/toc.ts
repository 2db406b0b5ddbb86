/**
 * The theory of change as a chain: its links, what would show each outcome, and which links the
 * preferred option depends on. Shared by the rules, the theory step, its diagram and the report.
 *
 * "Depends on": the preferred option's considered effects (every policy option's while none is
 * preferred; shared/analysis/effects.ts) name the outcomes they belong to (`outcomeId`). Those
 * outcomes, every step with a chain of links into them (outputs, activities) and every impact they
 * link to form the option's chain; a link the option depends on is one whose two ends both lie on
 * that chain. A link into an outcome no effect of the option belongs to is not one of them.
 */
import type { AssessmentDocument, ChangeStep, Indicator, PerceivedOutcome } from '../model/document';
import type { ChainLink } from '../model/toc-links';
import { preferredEffects } from './effects';

export const TOC_LISTS = ['activities', 'outputs', 'outcomes', 'impacts'] as const;
export type TocList = (typeof TOC_LISTS)[number];
type Preparation = AssessmentDocument['preparation'];
type Toc = Preparation['theoryOfChange'];

/** The list a step's links point into; null for impacts (the end of the chain). */
export function nextList(list: TocList): TocList | null {
  return TOC_LISTS[TOC_LISTS.indexOf(list) + 1] ?? null;
}

/** Whether a list's steps are shown by indicators and perceived outcomes (outcomes and impacts). */
export const isMeasuredList = (list: TocList) => list === 'outcomes' || list === 'impacts';

/** One link of the chain, with both its ends. */
export interface ChainEdge {
  from: ChangeStep;
  fromList: TocList;
  to: ChangeStep;
  toList: TocList;
  link: ChainLink;
}

/** Every link whose target is a step of the next list (links to removed steps are left out). */
export function chainEdges(toc: Toc): ChainEdge[] {
  return TOC_LISTS.flatMap((fromList) => {
    const toList = nextList(fromList);
    if (!toList) return [];
    const targets = new Map(toc[toList].map((s) => [s.id, s]));
    return toc[fromList].flatMap((from) =>
      (from.links ?? []).flatMap((link) => {
        const to = targets.get(link.to);
        return to ? [{ from, fromList, to, toList, link }] : [];
      }),
    );
  });
}

/** The indicators and perceived outcomes a step links to (ids that no longer exist are left out). */
export function measuresOf(p: Preparation, step: ChangeStep): { indicators: Indicator[]; perceived: PerceivedOutcome[] } {
  const ind = new Set(step.indicatorIds ?? []);
  const per = new Set(step.perceivedOutcomeIds ?? []);
  return { indicators: p.indicators.filter((i) => ind.has(i.id)), perceived: p.perceivedOutcomes.filter((o) => per.has(o.id)) };
}

/** Outcomes (with a text) that no indicator and no perceived outcome would show. */
export function unmeasuredOutcomes(p: Preparation): ChangeStep[] {
  return p.theoryOfChange.outcomes.filter((o) => {
    if (o.text.trim() === '') return false;
    const m = measuresOf(p, o);
    return m.indicators.length === 0 && m.perceived.length === 0;
  });
}

/** The ids of the steps on the preferred option's chain (see the top of this file). */
export function preferredChain(doc: AssessmentDocument): Set<string> {
  const toc = doc.preparation.theoryOfChange;
  const outcomeIds = new Set(toc.outcomes.map((o) => o.id));
  const chain = new Set(preferredEffects(doc).flatMap((e) => (e.outcomeId && outcomeIds.has(e.outcomeId) ? [e.outcomeId] : [])));
  if (chain.size === 0) return chain;
  const edges = chainEdges(toc);
  for (const e of edges) if (e.fromList === 'outcomes' && chain.has(e.from.id)) chain.add(e.to.id);
  // Upstream: outputs into the chain's outcomes, then activities into those outputs.
  for (const list of ['outputs', 'activities'] as const)
    for (const e of edges) if (e.fromList === list && chain.has(e.to.id)) chain.add(e.from.id);
  return chain;
}

/** The links the preferred option depends on: both ends on its chain. */
export function dependentEdges(doc: AssessmentDocument): ChainEdge[] {
  const chain = preferredChain(doc);
  return chainEdges(doc.preparation.theoryOfChange).filter((e) => chain.has(e.from.id) && chain.has(e.to.id));
}

/** The outcome an effect belongs to, or null. */
export function outcomeOf(p: Preparation, outcomeId: string | null | undefined): ChangeStep | null {
  return outcomeId ? (p.theoryOfChange.outcomes.find((o) => o.id === outcomeId) ?? null) : null;
}

/** A short label of a step for lists and the diagram: its text's first line, or "<list> n". */
export function stepLabel(step: ChangeStep, fallback: string): string {
  const first = step.text.trim().split('\n')[0] ?? '';
  return first || fallback;
}
