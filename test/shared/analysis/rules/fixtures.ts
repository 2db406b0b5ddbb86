import type { AssessmentDocument, RealisedEffect } from '../../../../shared/model/document';

/** Freezes the document's expectations as they are now and moves it to implementation. */
export function freeze(d: AssessmentDocument): void {
  d.implementation.frozen = {
    at: '2026-02-01T00:00:00.000Z',
    by: 'A',
    ambition: d.preparation.ambition,
    effects: structuredClone(d.preparation.effects),
    indicators: structuredClone(d.preparation.indicators),
  };
  d.context.phase = 'implementation';
}

/** A complete realised effect of e1, with the given fields changed. */
export function realised(fields: Partial<RealisedEffect> = {}): RealisedEffect {
  return {
    effectId: 'e1',
    direction: 1,
    evidence: 'Registratie UWV',
    contributionConfidence: 'high',
    contributionArgument: 'Deelnemers aan het traject vonden werk.',
    lag: 'short',
    ...fields,
  };
}
