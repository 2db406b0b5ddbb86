import { levels, scaleLevels } from '../../shared/framework/framework';
import {
  Confidence,
  CostQuality,
  Direction,
  Frequency,
  GoodDirection,
  IndicatorKind,
  Sign,
  Strength,
  TimeLag,
} from '../../shared/model/document';
import type { MessageKey } from '../i18n';

/** The values of a zod enum or multi-value literal, in their declared order. */
const valuesOf = <V extends string | number>(schema: { options: readonly V[] } | { values: ReadonlySet<V> }): V[] =>
  'options' in schema ? [...schema.options] : [...schema.values];

/** Choice lists for selects, in the UI language; the values come from the document's schemas. */
export function choices(t: (key: MessageKey) => string, lang: 'nl' | 'en') {
  const label = <V extends string | number>(values: V[], key: (value: V) => MessageKey) =>
    values.map((value) => ({ value, label: t(key(value)) }));
  return {
    scale: scaleLevels.map((s) => ({ value: s.id, label: s.name[lang] })),
    level: levels.map((l) => ({ value: l.id, label: l.name[lang] })),
    direction: label(valuesOf(Direction), (v) => `enums.direction.${v}`),
    confidence: label(valuesOf(Confidence), (v) => `enums.confidence.${v}`),
    lag: label(valuesOf(TimeLag), (v) => `enums.lag.${v}`),
    sign: label(valuesOf(Sign), (v) => `enums.sign.${v}`),
    strength: label(valuesOf(Strength), (v) => `enums.strength.${v}`),
    kind: label(valuesOf(IndicatorKind), (v) => `enums.kind.${v}`),
    goodDirection: label(valuesOf(GoodDirection), (v) => `enums.goodDirection.${v}`),
    frequency: label(valuesOf(Frequency), (v) => `enums.frequency.${v}`),
    costQuality: label(valuesOf(CostQuality), (v) => `enums.costQuality.${v}`),
  };
}

/** A short random id for a new item, with a readable prefix. */
export function newItemId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
