import { levels, scaleLevels } from '../../shared/framework/framework';
import {
  CONFIDENCES,
  COST_QUALITIES,
  DIRECTIONS,
  FREQUENCIES,
  GOOD_DIRECTIONS,
  INDICATOR_KINDS,
  SIGNS,
  STRENGTHS,
  TIME_LAGS,
} from '../../shared/model/choices';
import type { MessageKey } from '../i18n';

/** Choice lists for selects, in the UI language; the values are the ones the document's schemas are built from. */
export function choices(t: (key: MessageKey) => string, lang: 'nl' | 'en') {
  const label = <V extends string | number>(values: V[], key: (value: V) => MessageKey) =>
    values.map((value) => ({ value, label: t(key(value)) }));
  return {
    scale: scaleLevels.map((s) => ({ value: s.id, label: s.name[lang] })),
    level: levels.map((l) => ({ value: l.id, label: l.name[lang] })),
    direction: label([...DIRECTIONS], (v) => `enums.direction.${v}`),
    confidence: label([...CONFIDENCES], (v) => `enums.confidence.${v}`),
    lag: label([...TIME_LAGS], (v) => `enums.lag.${v}`),
    sign: label([...SIGNS], (v) => `enums.sign.${v}`),
    strength: label([...STRENGTHS], (v) => `enums.strength.${v}`),
    kind: label([...INDICATOR_KINDS], (v) => `enums.kind.${v}`),
    goodDirection: label([...GOOD_DIRECTIONS], (v) => `enums.goodDirection.${v}`),
    frequency: label([...FREQUENCIES], (v) => `enums.frequency.${v}`),
    costQuality: label([...COST_QUALITIES], (v) => `enums.costQuality.${v}`),
  };
}

/** A short random id for a new item, with a readable prefix. */
export function newItemId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
