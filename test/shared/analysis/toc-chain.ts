/** Test helper: a small theory of change on the complete document, every link with assumption and evidence. */
import type { AssessmentDocument } from '../../../shared/model/document';
import { completeDocument } from './build';

const step = (id: string, text: string, extra: object = {}) => ({ id, text, assumption: '', ...extra });
const link = (to: string, assumption = 'Aanname', evidence = 'Onderzoek 2023') => ({ to, assumption, evidence });

/** activity a1 → output o1 → outcome u1 (effect e1, indicator i1) → impact m1; a2 → o2 → u2 (no effect of the option). */
export function chainDocument(): AssessmentDocument {
  const d = completeDocument();
  d.preparation.theoryOfChange = {
    activities: [step('a1', 'Campus bouwen', { links: [link('o1')] }), step('a2', 'Route aanleggen', { links: [link('o2')] })],
    outputs: [step('o1', 'Banen op de campus', { links: [link('u1')] }), step('o2', 'Route klaar', { links: [link('u2')] })],
    outcomes: [
      step('u1', 'Meer mensen aan het werk', { links: [link('m1')], indicatorIds: ['i1'], perceivedOutcomeIds: [] }),
      step('u2', 'Minder vrachtverkeer in de straten', { links: [], indicatorIds: ['i2'] }),
    ],
    impacts: [step('m1', 'Brede welvaart in de wijk groeit', { indicatorIds: ['i3'] })],
  };
  d.preparation.effects.find((e) => e.id === 'e1')!.outcomeId = 'u1';
  return d;
}
