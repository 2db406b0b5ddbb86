/**
 * CSV cells of coded values: words in the report's language ("lager is beter", "objective (measured)",
 * "Wijk"), or with `codes` the document's codes (`down`, `objective`, `wijk`, theme ids) for machine use.
 */
import { scaleLevels, themeOf } from '../framework/framework';
import type { GoodDirection, IndicatorKind, ScaleLevel, ThemeId } from '../framework/types';
import { translate } from '../i18n';

type Lang = 'nl' | 'en';

export interface CsvWords {
  theme: (id: ThemeId) => string;
  goodDirection: (v: GoodDirection) => string;
  kind: (v: IndicatorKind) => string;
  scale: (v: ScaleLevel | null) => string;
}

/** The words (or codes) for the CSV's coded columns. */
export function csvWords(lang: Lang, codes: boolean): CsvWords {
  if (codes) return { theme: (id) => id, goodDirection: (v) => v, kind: (v) => v, scale: (v) => v ?? '' };
  return {
    theme: (id) => themeOf(id).name[lang],
    goodDirection: (v) => translate(lang, `enums.goodDirection.${v}`),
    kind: (v) => translate(lang, `enums.kind.${v}`),
    scale: (v) => (v ? (scaleLevels.find((s) => s.id === v)?.name[lang] ?? v) : ''),
  };
}
