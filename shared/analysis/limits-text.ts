/** The limits in words (issue 18), shared by the screens and the report, in the reader's language. */
import type { MessageKey, MessageValues } from '../i18n/lookup';
import type { Effect, RealisedEffect } from '../model/document';
import type { NotQuantified } from '../model/schema-limits';
import type { ConclusionBasis, LimitReason } from './limitations';

type T = (key: MessageKey, values?: MessageValues) => string;

/** "niet gekwantificeerd: <reason>", or with "geen reden opgegeven" when the reason is empty. */
export function notQuantifiedText(mark: NotQuantified, t: T): string {
  return t('limits.notQuantifiedBecause', { reason: mark.reason.trim() || t('limits.noReason') });
}

/** The caveats of a result in words, "gegevens van lage kwaliteit, bron gewijzigd"; empty for none. */
export function reasonsText(reasons: readonly LimitReason[], t: T): string {
  return reasons.map((r) => t(`limits.because.${r}`)).join(', ');
}

/** Whether a realised effect lasts, with its evidence: "blijvend gebleken — <evidence>"; empty when not stated. */
export function lastingText(r: Pick<RealisedEffect, 'lasting' | 'lastingEvidence'> | null | undefined, t: T): string {
  if (!r?.lasting) return '';
  const evidence = r.lastingEvidence?.trim();
  return `${t(`limits.lasting.${r.lasting}`)}${evidence ? ` — ${evidence}` : ''}`;
}

/** The zero option's development on the theme: "+1 — <rationale>" per entry, or "niet beschreven". */
export function counterfactualText(basis: ConclusionBasis, t: T, directionWords: (d: Effect['direction']) => string): string {
  if (basis.counterfactual.length === 0) return t('limits.counterfactualNone');
  return basis.counterfactual
    .map((e) => [e.direction !== null ? directionWords(e.direction) : '', e.rationale.trim()].filter(Boolean).join(' — '))
    .join('; ');
}

/** The contribution confidence in words, or "niet opgegeven". */
export function contributionText(basis: ConclusionBasis, t: T): string {
  return basis.confidence ? t(`enums.confidence.${basis.confidence}`) : t('limits.contributionNone');
}
