import { emptyEffect } from '../../../shared/model/items';
import { newDocument, type AssessmentDocument, type Effect, type Indicator } from '../../../shared/model/document';

/** An effect with the given fields; the rest empty. */
export function effect(fields: Partial<Effect> & Pick<Effect, 'id' | 'theme'>): Effect {
  return { ...emptyEffect(fields.id, fields.optionId ?? 'option-proposal', fields.theme), ...fields };
}

/** A complete indicator with the given fields. */
export function indicator(fields: Partial<Indicator> & Pick<Indicator, 'id' | 'theme'>): Indicator {
  return {
    catalogueId: null,
    name: fields.id,
    definition: '',
    unit: '%',
    goodDirection: 'up',
    kind: 'objective',
    source: 'CBS',
    scale: 'wijk',
    level: 'individueel',
    baseline: { value: 50, year: 2023 },
    target: { value: 60, year: 2027 },
    frequency: 'yearly',
    dataCost: 'low',
    dataQuality: 'high',
    owner: '',
    ...fields,
  };
}

/** A preparation that passes every check; tests break one thing at a time. */
export function completeDocument(): AssessmentDocument {
  const doc = newDocument('compleet', 'Compleet', '2026-01-01T00:00:00.000Z');
  doc.context.area = { name: 'Heerlen-Noord', scale: 'wijk' };
  Object.assign(doc.preparation, {
    problem: 'Weinig werk in de wijk.',
    ambition: 'Meer mensen aan het werk.',
    ambitionScale: 'wijk',
    citizenValues: 'Werk dichtbij huis.',
    citizenInvolvement: 'Wijkgesprekken.',
    effects: [
      effect({ id: 'e1', theme: 'arbeid-en-vrije-tijd', direction: 2, lag: 'short', gains: 'Werkzoekenden', loses: '' }),
      effect({ id: 'e2', theme: 'milieu', direction: -1, lag: 'medium', loses: 'Omwonenden', groups: ['residents-around'] }),
      effect({ id: 'e3', theme: 'economisch-kapitaal', direction: 1 }),
      effect({ id: 'e4', theme: 'milieu-en-grondstoffen', direction: 0 }),
    ],
    indicators: [
      indicator({ id: 'i1', theme: 'arbeid-en-vrije-tijd' }),
      indicator({ id: 'i2', theme: 'milieu', kind: 'subjective', goodDirection: 'up' }),
      indicator({ id: 'i3', theme: 'economisch-kapitaal', scale: 'gemeente' }),
    ],
  });
  return doc;
}
