import { levels, scaleLevels } from '../../shared/framework/framework';

/** Choice lists for selects, in the UI language. */
export function choices(t: (key: string) => string, lang: 'nl' | 'en') {
  const fromEnum = <V extends string>(group: string, values: readonly V[]) =>
    values.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
  return {
    scale: scaleLevels.map((s) => ({ value: s.id, label: s.name[lang] })),
    level: levels.map((l) => ({ value: l.id, label: l.name[lang] })),
    direction: [-2, -1, 0, 1, 2].map((value) => ({ value, label: t(`enums.direction.${value}`) })),
    confidence: fromEnum('confidence', ['low', 'medium', 'high'] as const),
    lag: fromEnum('lag', ['none', 'short', 'medium', 'long'] as const),
    sign: fromEnum('sign', ['positive', 'negative'] as const),
    strength: [1, 2, 3].map((value) => ({ value, label: t(`enums.strength.${value}`) })),
    kind: fromEnum('kind', ['objective', 'subjective'] as const),
    goodDirection: fromEnum('goodDirection', ['up', 'down'] as const),
    frequency: fromEnum('frequency', ['monthly', 'quarterly', 'yearly', 'biennial', 'once', 'other'] as const),
    costQuality: fromEnum('costQuality', ['low', 'medium', 'high'] as const),
  };
}

/** A short random id for a new item, with a readable prefix. */
export function newItemId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
