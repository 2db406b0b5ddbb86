/** Empty items of the document, filled in by the screens and tests: one place knows every field's empty value. */
import type { Effect, PolicyOption } from './document';
import type { Risk } from './tradeoff';

/** An effect with nothing filled in yet: in the area, naming no group. */
export function emptyEffect(id: string, optionId: string, theme: Effect['theme']): Effect {
  return {
    id,
    optionId,
    theme,
    direction: null,
    confidence: null,
    lag: null,
    level: null,
    scale: null,
    gains: '',
    loses: '',
    rationale: '',
    evidence: '',
    where: 'area',
    groups: [],
    reach: null,
    reachUnit: 'people',
    size: '',
    sizeValue: null,
    sizeUnit: '',
    duration: null,
  };
}

/** An option with only a name: no costs, feasibility or risks yet. */
export function emptyOption(id: string, name: string, isZeroOption = false): PolicyOption {
  return {
    id,
    name,
    description: '',
    isZeroOption,
    costs: { oneOff: null, yearly: null, period: '', payer: '' },
    feasibility: {
      legal: { level: null, reason: '' },
      organisational: { level: null, reason: '' },
      financial: { level: null, reason: '' },
    },
    risks: [],
  };
}

/** An empty line of a risk register. */
export const emptyRisk = (id: string): Risk => ({ id, risk: '', likelihood: null, impact: null, mitigation: '' });
