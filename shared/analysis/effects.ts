/** Which expected effects and themes count as considered: shared by progress, rules and screens. */
import type { ThemeId } from '../framework/types';
import type { AssessmentDocument, Effect } from '../model/document';
import { isZero, preferredOption } from './options';

/**
 * Effects of the policy options whose direction was filled in (0 counts: "considered, no effect
 * expected"). The zero option's entries are the reference, not effects of a policy.
 */
export function consideredEffects(doc: AssessmentDocument): Effect[] {
  return doc.preparation.effects.filter((e) => e.direction !== null && !isZero(doc, e.optionId));
}

/** The considered effects of the preferred option; of every policy option while none is preferred. */
export function preferredEffects(doc: AssessmentDocument): Effect[] {
  const preferred = preferredOption(doc);
  const considered = consideredEffects(doc);
  return preferred ? considered.filter((e) => e.optionId === preferred.id) : considered;
}

/** Themes on which the preferred option (or, while none is preferred, some policy option) is expected to have a non-zero effect. */
export function affectedThemes(doc: AssessmentDocument): ThemeId[] {
  const themes = new Set<ThemeId>();
  for (const e of preferredEffects(doc)) if (e.direction !== 0) themes.add(e.theme);
  return [...themes];
}
