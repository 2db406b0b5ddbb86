/** Progress per phase: the share of required parts that are filled. */
import type { AssessmentDocument, Phase } from '../model/document';
import { consideredEffects } from './findings';
import { dimensionOf } from '../framework/framework';
import type { StepId } from './steps';

export interface Requirement {
  id: string;
  step: StepId;
  /** 0…1; most requirements are 0 or 1, per-item ones a fraction. */
  filled: number;
}

export interface PhaseProgress {
  phase: Phase;
  requirements: Requirement[];
  /** Mean of the requirements' filled shares, 0…1. */
  share: number;
}

const has = (s: string) => s.trim() !== '';
const frac = (n: number, d: number) => (d === 0 ? 0 : Math.min(1, n / d));

/** What preparation requires. */
function preparation(doc: AssessmentDocument): Requirement[] {
  const p = doc.preparation;
  const toc = p.theoryOfChange;
  const effects = consideredEffects(doc);
  return [
    { id: 'title', step: 'context', filled: has(doc.context.title) ? 1 : 0 },
    { id: 'area', step: 'context', filled: has(doc.context.area.name) && doc.context.area.scale ? 1 : 0 },
    { id: 'problem', step: 'problem', filled: has(p.problem) ? 1 : 0 },
    { id: 'ambition', step: 'problem', filled: has(p.ambition) ? 1 : 0 },
    { id: 'citizen-input', step: 'problem', filled: has(p.citizenValues) ? 1 : 0 },
    {
      id: 'theory',
      step: 'theory',
      filled: [toc.activities, toc.outputs, toc.outcomes, toc.impacts].filter((l) => l.some((s) => has(s.text))).length / 4,
    },
    { id: 'options', step: 'options', filled: p.options.some((o) => o.isZeroOption) && p.options.length >= 2 ? 1 : 0 },
    { id: 'effects', step: 'effects', filled: effects.length > 0 ? 1 : 0 },
    {
      id: 'effects-later-elsewhere',
      step: 'effects',
      filled: (['later', 'elders'] as const).filter((d) => effects.some((e) => dimensionOf(e.theme) === d)).length / 2,
    },
    { id: 'spillovers', step: 'spillovers', filled: p.spillovers.length > 0 ? 1 : 0 },
    { id: 'indicators', step: 'indicators', filled: p.indicators.length > 0 ? 1 : 0 },
    {
      id: 'indicator-values',
      step: 'indicators',
      filled: frac(p.indicators.filter((i) => i.baseline && i.target).length, p.indicators.length),
    },
    { id: 'perceived', step: 'perceived', filled: p.perceivedOutcomes.length > 0 ? 1 : 0 },
  ];
}

function implementation(doc: AssessmentDocument): Requirement[] {
  const { indicators } = doc.preparation;
  const measured = new Set(doc.implementation.measurements.map((m) => m.indicatorId));
  return [
    { id: 'frozen', step: 'measurements', filled: doc.implementation.frozen ? 1 : 0 },
    { id: 'measurements', step: 'measurements', filled: frac(indicators.filter((i) => measured.has(i.id)).length, indicators.length) },
    { id: 'citizen-signals', step: 'citizen-signals', filled: doc.implementation.citizenSignals.length > 0 ? 1 : 0 },
  ];
}

function evaluation(doc: AssessmentDocument): Requirement[] {
  const e = doc.evaluation;
  const { indicators, effects, perceivedOutcomes } = doc.preparation;
  const preferred = doc.preparation.preferredOptionId;
  const expected = effects.filter((x) => x.direction !== null && (preferred === null || x.optionId === preferred));
  const finals = new Set(e.finalValues.map((f) => f.indicatorId));
  const realised = new Set(e.realisedEffects.filter((r) => r.direction !== null).map((r) => r.effectId));
  const perceived = new Set(e.perceivedResults.filter((r) => has(r.result)).map((r) => r.perceivedOutcomeId));
  return [
    { id: 'final-values', step: 'results', filled: frac(indicators.filter((i) => finals.has(i.id)).length, indicators.length) },
    { id: 'realised', step: 'expected-realised', filled: frac(expected.filter((x) => realised.has(x.id)).length, expected.length) },
    {
      id: 'perceived-results',
      step: 'perceived-measured',
      filled: frac(perceivedOutcomes.filter((p) => perceived.has(p.id)).length, perceivedOutcomes.length),
    },
    { id: 'distribution', step: 'distribution', filled: has(e.distribution.gainers) || has(e.distribution.losers) ? 1 : 0 },
    { id: 'lessons', step: 'conclusions', filled: has(e.lessons) ? 1 : 0 },
    { id: 'recommendation', step: 'conclusions', filled: e.recommendation ? 1 : 0 },
    { id: 'other-choices', step: 'conclusions', filled: has(e.otherChoices) ? 1 : 0 },
  ];
}

const RULES: Record<Phase, (doc: AssessmentDocument) => Requirement[]> = { preparation, implementation, evaluation };

/** Progress of one phase. */
export function phaseProgress(doc: AssessmentDocument, phase: Phase): PhaseProgress {
  const requirements = RULES[phase](doc);
  const share = requirements.reduce((sum, r) => sum + r.filled, 0) / requirements.length;
  return { phase, requirements, share };
}

/** Progress of all three phases. */
export function progress(doc: AssessmentDocument): Record<Phase, PhaseProgress> {
  return {
    preparation: phaseProgress(doc, 'preparation'),
    implementation: phaseProgress(doc, 'implementation'),
    evaluation: phaseProgress(doc, 'evaluation'),
  };
}
