/** What a rule of the critical friend is: one check, with where it points and what it says. */
import type { Localized } from '../../framework/types';
import type { MessageKey } from '../../i18n';
import type { AssessmentDocument, Phase } from '../../model/document';
import type { StepId } from '../../steps/list';

export type Severity = 'high' | 'medium' | 'low';

/**
 * Values for a message's {{placeholders}}: a Localized value is read in the reader's language, and
 * `{ keys }` are catalogue keys translated there and joined with ", " (so rules need no catalogue).
 */
export type MessageParams = Record<string, string | number | Localized | { keys: MessageKey[] }>;

/** One place where a rule fires. */
export interface RuleHit {
  /** The item the finding is about (indicator, effect, theme …). */
  itemId?: string;
  /** The field, as the UI names it (e.g. "citizenValues", "baseline"), when it differs per hit. */
  field?: string;
  params?: MessageParams;
  /** For rules that fire per item: appended to the finding's id to keep it unique and stable. */
  key?: string;
}

/** One check of the critical friend. */
export interface Rule<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  /** The phase whose panel lists the finding. */
  readonly phase: Phase;
  /** The step the finding takes the user to. */
  readonly step: StepId;
  /** The field the finding points to, when it is the same for every hit. */
  readonly field?: string;
  /** The catalogue key of the message, with the hit's params. */
  readonly message: MessageKey;
  /** Where the rule fires in this document: one hit per finding, none when it does not. */
  applies(doc: AssessmentDocument): RuleHit[];
}

/** Declares a rule, keeping its id as a literal type. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** One hit when the condition holds, none otherwise: for rules about the document as a whole. */
export const when = (condition: boolean, hit: RuleHit = {}): RuleHit[] => (condition ? [hit] : []);
