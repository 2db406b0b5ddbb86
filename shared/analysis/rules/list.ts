/** The critical friend's rules, in the order their findings are listed within a severity. Adding a rule: its file, one line here. */
import { brokenLinksEvaluation, brokenLinksImplementation, brokenLinksPreparation } from './broken-links';
import { indicatorIncomplete } from './indicator-incomplete';
import { measurementBeforeBaseline } from './measurement-before-baseline';
import { negativeWithoutGroup } from './negative-without-group';
import { noAmbition } from './no-ambition';
import { noCitizenInput } from './no-citizen-input';
import { noDistribution } from './no-distribution';
import { noEffects } from './no-effects';
import { noElsewhereEffect } from './no-elsewhere-effect';
import { noIndicators } from './no-indicators';
import { noLaterEffect } from './no-later-effect';
import { noMainIndicator } from './no-main-indicator';
import { noProblem } from './no-problem';
import { noSubjectiveIndicator } from './no-subjective-indicator';
import { noTimeLag } from './no-time-lag';
import { noZeroOption } from './no-zero-option';
import { onlyPositive } from './only-positive';
import { processEmpty } from './process-empty';
import { realisedWithoutContribution } from './realised-without-contribution';
import { realisedWithoutEvidence } from './realised-without-evidence';
import { scaleMismatch } from './scale-mismatch';
import { targetAgainstDirection } from './target-against-direction';
import { targetEqualsBaseline } from './target-equals-baseline';
import { targetYearNotAfterBaseline } from './target-year-not-after-baseline';
import { themeWithoutIndicator } from './theme-without-indicator';
import { tocAssumptionNoEvidence } from './toc-assumption-no-evidence';
import { tocOutcomeUnmeasured } from './toc-outcome-unmeasured';
import { unrecordedChange } from './unrecorded-change';
import { resultCaveatUnstated } from './result-caveat-unstated';
import {
  effectNotQuantifiedWithoutReason,
  realisedNotQuantifiedWithoutReason,
  resultNotQuantifiedWithoutReason,
} from './not-quantified-without-reason';

export const RULES = [
  brokenLinksPreparation,
  brokenLinksImplementation,
  brokenLinksEvaluation,
  noProblem,
  noAmbition,
  noCitizenInput,
  noZeroOption,
  noEffects,
  noLaterEffect,
  noElsewhereEffect,
  onlyPositive,
  noTimeLag,
  noDistribution,
  negativeWithoutGroup,
  noIndicators,
  noSubjectiveIndicator,
  themeWithoutIndicator,
  tocOutcomeUnmeasured,
  tocAssumptionNoEvidence,
  indicatorIncomplete,
  targetAgainstDirection,
  targetYearNotAfterBaseline,
  targetEqualsBaseline,
  measurementBeforeBaseline,
  scaleMismatch,
  unrecordedChange,
  realisedWithoutEvidence,
  realisedWithoutContribution,
  processEmpty,
  noMainIndicator,
  resultCaveatUnstated,
  effectNotQuantifiedWithoutReason,
  realisedNotQuantifiedWithoutReason,
  resultNotQuantifiedWithoutReason,
] as const;

/** One rule's id. */
export type RuleId = (typeof RULES)[number]['id'];
