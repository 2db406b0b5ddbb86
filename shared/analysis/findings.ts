/**
 * The critical friend: quality checks on an assessment, drawn from the seed's hard parts and
 * lessons. Each rule is one object in rules/ (listed in rules/list.ts); a finding has a stable id,
 * a severity, a message key with its params, and the place in the document it points to (step,
 * field, item), so the UI can take the user there.
 */
import type { Localized } from '../framework/types';
import type { MessageKey, MessageValues } from '../i18n';
import type { AssessmentDocument, Phase } from '../model/document';
import type { StepId } from '../steps/list';
import { RULES, type RuleId } from './rules/list';
import type { MessageParams, Severity } from './rules/types';

export type { RuleId } from './rules/list';
export type { Severity } from './rules/types';

/** Where a finding points. */
export interface FindingTarget {
  step: StepId;
  /** The field, as the UI names it (e.g. "citizenValues", "baseline"). */
  field?: string;
  /** The item (indicator, effect, theme …) the finding is about. */
  itemId?: string;
}

export interface Finding {
  /** Stable across runs: the rule, plus the item where the rule is per item. */
  id: string;
  rule: RuleId;
  severity: Severity;
  phase: Phase;
  message: { key: MessageKey; params: MessageParams };
  target: FindingTarget;
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Runs every rule; findings come most severe first, in rule order within a severity. */
export function critique(doc: AssessmentDocument): Finding[] {
  return ranked(RULES.map((rule) => ruleFindings(rule, doc)));
}

/** One rule's findings (the UI keeps them per rule, so an edit reruns only the rules that read what it changed). */
export function ruleFindings(rule: (typeof RULES)[number], doc: AssessmentDocument): Finding[] {
  return rule.applies(doc).map((hit): Finding => ({
    id: hit.key === undefined ? rule.id : `${rule.id}:${hit.key}`,
    rule: rule.id,
    severity: rule.severity,
    phase: rule.phase,
    message: { key: rule.message, params: hit.params ?? {} },
    target: { step: rule.step, field: hit.field ?? rule.field, itemId: hit.itemId },
  }));
}

/** The findings of every rule, in rule order, most severe first (the sort is stable). */
export function ranked(perRule: readonly (readonly Finding[])[]): Finding[] {
  return perRule.flat().sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A finding's message in one language, its params resolved with the same translator. */
export function findingText(finding: Finding, lang: keyof Localized, t: Translate): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(finding.message.params)) {
    if (typeof value === 'string' || typeof value === 'number') values[name] = value;
    else if ('keys' in value) values[name] = value.keys.map((key) => t(key)).join(', ');
    else values[name] = value[lang];
  }
  return t(finding.message.key, values);
}
