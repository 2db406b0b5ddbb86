/**
 * How many effects a report of a large document lists (next to the measurement limit in
 * limits.ts). Above EFFECT_LIMIT_ABOVE effects, each table lists per option and theme only the
 * first EFFECT_LIMIT entries, and the critical friend's list only the first FINDING_LIMIT findings
 * of each rule, with a note of what was left out; counts and profiles still use them all. The
 * export dialog's "Alle effecten opnemen" turns the limit off.
 */
import type { AssessmentDocument } from '../model/document';
import type { Block } from './blocks';
import { translatorOf, type Lang } from './format';

/** Entries per option and theme a limited table keeps. */
export const EFFECT_LIMIT = 10;
/** Findings per rule a limited list keeps. */
export const FINDING_LIMIT = 10;
/** Above this many effects the limit is on by default (the reference documents have 48, the ×100 document 10,000). */
export const EFFECT_LIMIT_ABOVE = 500;

/** Whether the report limits its effect tables by default. */
export function limitsEffects(doc: AssessmentDocument): boolean {
  return doc.preparation.effects.length > EFFECT_LIMIT_ABOVE;
}

/** The first `limit` items of each group (per key), in their order, and how many were left out. */
export function firstPerGroup<T>(items: readonly T[], key: (item: T) => string, limit: number): { kept: T[]; left: number } {
  const seen = new Map<string, number>();
  const kept: T[] = [];
  for (const item of items) {
    const k = key(item);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    if (n < limit) kept.push(item);
  }
  return { kept, left: items.length - kept.length };
}

/** The note under a limited table: what was left out, and how to see it all. */
export function effectsLeftOutNote(lang: Lang, left: number): Block[] {
  if (left === 0) return [];
  const t = translatorOf(lang);
  return [{ kind: 'paragraph', style: 'small', text: t('scale.effectsLimited', { limit: EFFECT_LIMIT, left }) }];
}

/** The note under the limited list of findings. */
export function findingsLeftOutNote(lang: Lang, left: number): Block[] {
  if (left === 0) return [];
  const t = translatorOf(lang);
  return [{ kind: 'paragraph', style: 'small', text: t('scale.findingsLimited', { limit: FINDING_LIMIT, left }) }];
}
