/** Which expected effects and themes count as considered: shared by progress, rules and screens. */
import type { ThemeId } from '../framework/types';
import type { AssessmentDocument, Effect } from '../model/document';

/** Effects whose direction was filled in (0 counts: "considered, no effect expected"). */
export function consideredEffects(doc: AssessmentDocument): Effect[] {
  return doc.preparation.effects.filter((e) => e.direction !== null);
}

/** Themes on which some option is expected to have a non-zero effect. */
export function affectedThemes(doc: AssessmentDocument): ThemeId[] {
  const themes = new Set<ThemeId>();
  for (const e of doc.preparation.effects) if (e.direction !== null && e.direction !== 0) themes.add(e.theme);
  return [...themes];
}
