/** Trade-offs: where options or effects pull in opposite directions, and negative spill-overs. */
import type { ThemeId } from '../framework/types';
import type { AssessmentDocument, Spillover } from '../model/document';
import { consideredEffects } from './effects';

/** A theme on which some options help and others hurt. */
export interface OptionConflict {
  theme: ThemeId;
  helping: string[];
  hurting: string[];
}

/** Within one option: the themes it helps and the themes it hurts. */
export interface OptionTradeoff {
  optionId: string;
  gains: ThemeId[];
  losses: ThemeId[];
}

export interface Tradeoffs {
  betweenOptions: OptionConflict[];
  withinOptions: OptionTradeoff[];
  negativeSpillovers: Spillover[];
}

/** All trade-offs in the policy options' expected effects and spill-overs; the zero option is the reference, never helping or harming. */
export function tradeoffs(doc: AssessmentDocument): Tradeoffs {
  const byTheme = new Map<ThemeId, { helping: Set<string>; hurting: Set<string> }>();
  const byOption = new Map<string, OptionTradeoff>();
  for (const e of consideredEffects(doc)) {
    if (e.direction === null || e.direction === 0) continue;
    const t = byTheme.get(e.theme) ?? { helping: new Set<string>(), hurting: new Set<string>() };
    (e.direction > 0 ? t.helping : t.hurting).add(e.optionId);
    byTheme.set(e.theme, t);
    const o = byOption.get(e.optionId) ?? { optionId: e.optionId, gains: [], losses: [] };
    (e.direction > 0 ? o.gains : o.losses).push(e.theme);
    byOption.set(e.optionId, o);
  }
  // Several entries on one theme (other places, other groups) name the theme once per side.
  for (const o of byOption.values()) [o.gains, o.losses] = [[...new Set(o.gains)], [...new Set(o.losses)]];
  // An option with entries both ways on a theme (say, jobs here and fewer elsewhere) is mixed: it neither helps nor hurts there.
  for (const t of byTheme.values()) for (const id of [...t.helping]) if (t.hurting.delete(id)) t.helping.delete(id);
  const betweenOptions = [...byTheme]
    .filter(([, t]) => t.helping.size > 0 && t.hurting.size > 0)
    .map(([theme, t]) => ({ theme, helping: [...t.helping], hurting: [...t.hurting] }));
  const withinOptions = [...byOption.values()].filter((o) => o.gains.length > 0 && o.losses.length > 0);
  const negativeSpillovers = doc.preparation.spillovers.filter((s) => s.sign === 'negative').sort((a, b) => b.strength - a.strength);
  return { betweenOptions, withinOptions, negativeSpillovers };
}
