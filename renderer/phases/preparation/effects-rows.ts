/**
 * The rows of the effects grid of one option, across every theme in the framework's order: a theme's entries (the
 * zero option: its first only), or one empty row where a theme has none yet, so the grid pages as a whole.
 */
import type { IComputedValue } from 'mobx';
import { dimensions, themes } from '../../../shared/framework/framework';
import type { DimensionId, ThemeId } from '../../../shared/framework/types';
import type { Effect } from '../../../shared/model/document';
import { kept } from '../../components/kept';

/** The first entry of an option on a theme has a fixed id and is created on first edit; more entries get their own ids. */
export const firstId = (optionId: string, theme: ThemeId) => `eff-${optionId}-${theme}`;

export interface GridRow {
  dimension: DimensionId;
  theme: ThemeId;
  /** The entry's id (the fixed first id while there is none), the same before and after the first edit creates it. */
  key: string;
  effect?: Effect;
  /** The entry's number within its theme, from 1. */
  n: number;
  /** Whether it is its theme's last entry. */
  last: boolean;
}

/**
 * The effects by option and theme, made once per document and again only when an effect is added or
 * removed or changes option or theme (typing does not redo it).
 */
const groups = new WeakMap<readonly Effect[], IComputedValue<Map<string, Effect[]>>>();
function effectsOn(effects: readonly Effect[], optionId: string, theme: ThemeId): readonly Effect[] {
  const byKey = kept(groups, effects, () => {
    const map = new Map<string, Effect[]>();
    for (const e of effects) {
      const key = `${e.optionId}\u0000${e.theme}`;
      const list = map.get(key);
      if (list) list.push(e);
      else map.set(key, [e]);
    }
    return map;
  });
  return byKey.get(`${optionId}\u0000${theme}`) ?? [];
}

/** Every row of the option's grid, dimension by dimension and theme by theme. */
export function gridRows(effects: readonly Effect[], optionId: string, zero: boolean): GridRow[] {
  const rows: GridRow[] = [];
  for (const dim of dimensions)
    for (const th of themes) {
      if (th.dimension !== dim.id) continue;
      const entries = effectsOn(effects, optionId, th.id);
      const list = zero ? entries.slice(0, 1) : entries;
      if (list.length === 0) rows.push({ dimension: dim.id, theme: th.id, key: firstId(optionId, th.id), n: 1, last: true });
      list.forEach((e, i) => rows.push({ dimension: dim.id, theme: th.id, key: e.id, effect: e, n: i + 1, last: i === list.length - 1 }));
    }
  return rows;
}
