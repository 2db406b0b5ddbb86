/** Who gains and who loses: the groups effects name, and the group × option view built from them. */
import { GROUPS } from '../model/choices';
import type { AssessmentDocument, Effect } from '../model/document';
import { policyOptions } from './options';

/** Names that say "no group": they do not count as naming one. */
const NOBODY = /^(niemand|nobody|none|no one|geen|geen groep|n\.?v\.?t\.?|n\/a|-+|—)\.?$/i;

/** Whether an id names a real group: a standard one, or a document's own group with a real name. */
export function isGroup(doc: AssessmentDocument, id: string): boolean {
  if ((GROUPS as readonly string[]).includes(id)) return true;
  const own = doc.preparation.groups.find((g) => g.id === id);
  return own !== undefined && own.name.trim() !== '' && !NOBODY.test(own.name.trim());
}

/** The real groups an effect names. */
export function groupsOf(doc: AssessmentDocument, effect: Effect): string[] {
  return effect.groups.filter((g) => isGroup(doc, g));
}

/** One group's row: per policy option, how many of its effects make the group gain or lose. */
export interface GroupRow {
  group: string;
  cells: { optionId: string; gains: number; loses: number }[];
}

/** The group × option view: every real group some option's effect names, in the standard order, then the document's own. */
export function distribution(doc: AssessmentDocument): GroupRow[] {
  const options = policyOptions(doc);
  const order = [...GROUPS, ...doc.preparation.groups.map((g) => g.id)];
  const rows = order.map((group) => ({
    group,
    cells: options.map((o) => {
      const effects = doc.preparation.effects.filter(
        (e) => e.optionId === o.id && e.direction !== null && groupsOf(doc, e).includes(group),
      );
      return {
        optionId: o.id,
        gains: effects.filter((e) => e.direction! > 0).length,
        loses: effects.filter((e) => e.direction! < 0).length,
      };
    }),
  }));
  return rows.filter((r) => r.cells.some((c) => c.gains + c.loses > 0));
}
