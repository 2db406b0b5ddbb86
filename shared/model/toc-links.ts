/**
 * The theory of change as a chain (issue 18): each step links to the steps of the next list
 * (activity → output → outcome → impact), each link with its assumption and the evidence for it;
 * outcomes and impacts link to the indicators and perceived outcomes that would show them; an effect
 * may name the outcome it belongs to. Every field is optional (absent in older files, and absent
 * stays absent, so the hash of an earlier freeze still matches); readers treat absent as empty.
 * Kept apart from schema-preparation.ts, which spreads these into ChangeStep and Effect.
 */
import { z } from 'zod';

const ItemId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Ongeldige id');

/** One link from a step to a step of the next list: why the one leads to the other, and what shows it does. */
export const ChainLink = z.object({
  to: ItemId,
  /** Under what assumption this step leads to the next. */
  assumption: z.string().max(2000).default(''),
  /** The evidence for that assumption (research, earlier evaluations, pilot figures). */
  evidence: z.string().max(2000).default(''),
});
export type ChainLink = z.infer<typeof ChainLink>;

/** The fields a step of the theory of change gets. `assumption` (of the step as a whole) stays beside them. */
export const changeStepLinkFields = {
  /** Links to steps of the next list (activities → outputs → outcomes → impacts); impacts have none. */
  links: z.array(ChainLink).max(200).optional(),
  /** Outcomes and impacts: the indicators that would show them. */
  indicatorIds: z.array(ItemId).max(200).optional(),
  /** Outcomes and impacts: the perceived outcomes that would show them. */
  perceivedOutcomeIds: z.array(ItemId).max(200).optional(),
};

/** The field an effect gets: the outcome of the theory of change it belongs to. */
export const effectTocFields = {
  outcomeId: ItemId.nullable().optional(),
};
