/**
 * The critical friend: quality checks on an assessment, drawn from the seed's hard parts and
 * lessons. Each finding has a stable id, a severity, a message in Dutch and English, and the
 * place in the document it points to (step, field, item), so the UI can take the user there.
 */
import { dimensionOf, scaleRank, themeOf } from '../framework/framework';
import type { Localized, ThemeId } from '../framework/types';
import type { AssessmentDocument, Effect, Indicator, Phase } from '../model/document';
import { expectationChanges } from './changes';
import type { StepId } from './steps';

export type Severity = 'high' | 'medium' | 'low';

/** Where a finding points. */
export interface FindingTarget {
  step: StepId;
  /** The field, as the UI names it (e.g. "citizenValues", "baseline"). */
  field?: string;
  /** The item (indicator, effect, theme …) the finding is about. */
  itemId?: string;
}

export interface Finding {
  /** Stable across runs: the rule, plus the item where the rule is per item. */
  id: string;
  rule: RuleId;
  severity: Severity;
  phase: Phase;
  message: Localized;
  target: FindingTarget;
}

export type RuleId =
  | 'no-problem'
  | 'no-ambition'
  | 'no-citizen-input'
  | 'no-zero-option'
  | 'no-effects'
  | 'no-later-effect'
  | 'no-elsewhere-effect'
  | 'only-positive'
  | 'no-time-lag'
  | 'no-distribution'
  | 'no-indicators'
  | 'theme-without-indicator'
  | 'no-subjective-indicator'
  | 'indicator-incomplete'
  | 'scale-mismatch'
  | 'unrecorded-change'
  | 'realised-without-evidence'
  | 'realised-without-contribution';

const PHASE_ORDER: Phase[] = ['preparation', 'implementation', 'evaluation'];
const blank = (s: string) => s.trim() === '';

/** Effects whose direction was filled in (0 counts: "considered, no effect expected"). */
export function consideredEffects(doc: AssessmentDocument): Effect[] {
  return doc.preparation.effects.filter((e) => e.direction !== null);
}

/** Themes on which some option is expected to have a non-zero effect. */
export function affectedThemes(doc: AssessmentDocument): ThemeId[] {
  const themes = new Set<ThemeId>();
  for (const e of doc.preparation.effects) if (e.direction !== null && e.direction !== 0) themes.add(e.theme);
  return [...themes];
}

function missingParts(ind: Indicator): { nl: string[]; en: string[]; fields: string[] } {
  const parts = { nl: [] as string[], en: [] as string[], fields: [] as string[] };
  const add = (field: string, nl: string, en: string) => {
    parts.fields.push(field);
    parts.nl.push(nl);
    parts.en.push(en);
  };
  if (!ind.baseline) add('baseline', 'nulmeting', 'baseline');
  if (!ind.target) add('target', 'streefwaarde', 'target');
  if (blank(ind.source)) add('source', 'bron', 'source');
  if (!ind.scale) add('scale', 'schaalniveau', 'scale level');
  return parts;
}

/** Runs every check that applies to the document's phase (and the phases before it). */
export function critique(doc: AssessmentDocument): Finding[] {
  const findings: Finding[] = [];
  const prep = doc.preparation;
  const push = (f: Omit<Finding, 'phase'> & { phase?: Phase }) => findings.push({ phase: 'preparation', ...f });
  const reached = (phase: Phase) => PHASE_ORDER.indexOf(doc.context.phase) >= PHASE_ORDER.indexOf(phase);

  if (blank(prep.problem)) {
    push({
      id: 'no-problem',
      rule: 'no-problem',
      severity: 'high',
      target: { step: 'problem', field: 'problem' },
      message: { nl: 'Het probleem is nog niet beschreven.', en: 'The problem has not been described yet.' },
    });
  }
  if (blank(prep.ambition)) {
    push({
      id: 'no-ambition',
      rule: 'no-ambition',
      severity: 'medium',
      target: { step: 'problem', field: 'ambition' },
      message: {
        nl: 'Er is nog geen ambitie voor het gebied: wat moet brede welvaart hier zijn?',
        en: 'There is no ambition for the area yet: what should broad prosperity be here?',
      },
    });
  }
  if (blank(prep.citizenValues) && blank(prep.citizenInvolvement)) {
    push({
      id: 'no-citizen-input',
      rule: 'no-citizen-input',
      severity: 'medium',
      target: { step: 'problem', field: 'citizenValues' },
      message: {
        nl: 'Er is niets vastgelegd over wat inwoners van waarde vinden of hoe zij zijn betrokken.',
        en: 'Nothing is recorded about what residents value or how they were involved.',
      },
    });
  }
  if (!prep.options.some((o) => o.isZeroOption)) {
    push({
      id: 'no-zero-option',
      rule: 'no-zero-option',
      severity: 'high',
      target: { step: 'options' },
      message: {
        nl: 'Er is geen nuloptie: vergelijk het voorstel met wat er gebeurt zonder beleid.',
        en: 'There is no zero option: compare the proposal with what happens without the policy.',
      },
    });
  }

  const considered = consideredEffects(doc);
  if (considered.length === 0) {
    push({
      id: 'no-effects',
      rule: 'no-effects',
      severity: 'high',
      target: { step: 'effects' },
      message: { nl: 'Er zijn nog geen verwachte effecten ingevuld.', en: 'No expected effects have been filled in yet.' },
    });
  } else {
    if (!considered.some((e) => dimensionOf(e.theme) === 'later')) {
      push({
        id: 'no-later-effect',
        rule: 'no-later-effect',
        severity: 'medium',
        target: { step: 'effects', itemId: 'later' },
        message: {
          nl: 'Er is geen effect voor later (volgende generaties) overwogen.',
          en: 'No effect for later (future generations) has been considered.',
        },
      });
    }
    if (!considered.some((e) => dimensionOf(e.theme) === 'elders')) {
      push({
        id: 'no-elsewhere-effect',
        rule: 'no-elsewhere-effect',
        severity: 'medium',
        target: { step: 'effects', itemId: 'elders' },
        message: {
          nl: 'Er is geen effect voor elders (andere landen) overwogen.',
          en: 'No effect elsewhere (other countries) has been considered.',
        },
      });
    }
    const hasNegative = considered.some((e) => (e.direction ?? 0) < 0) || prep.spillovers.some((s) => s.sign === 'negative');
    if (considered.some((e) => (e.direction ?? 0) > 0) && !hasNegative) {
      push({
        id: 'only-positive',
        rule: 'only-positive',
        severity: 'medium',
        target: { step: 'effects' },
        message: {
          nl: 'Alle effecten zijn positief: welke nadelen of afruilen zijn er?',
          en: 'All effects are positive: what downsides or trade-offs are there?',
        },
      });
    }
    const nonZero = considered.filter((e) => e.direction !== 0);
    if (nonZero.length > 0 && !nonZero.some((e) => e.lag !== null)) {
      push({
        id: 'no-time-lag',
        rule: 'no-time-lag',
        severity: 'low',
        target: { step: 'effects', field: 'lag', itemId: nonZero[0]!.id },
        message: {
          nl: 'Bij geen enkel effect is aangegeven wanneer het optreedt (vertraging).',
          en: 'No effect says when it will occur (time lag).',
        },
      });
    }
    if (nonZero.length > 0 && !nonZero.some((e) => !blank(e.gains) || !blank(e.loses))) {
      push({
        id: 'no-distribution',
        rule: 'no-distribution',
        severity: 'medium',
        target: { step: 'effects', field: 'gains', itemId: nonZero[0]!.id },
        message: {
          nl: 'Er staat nergens wie erop vooruitgaat en wie erop achteruitgaat.',
          en: 'Nowhere does it say who gains and who loses.',
        },
      });
    }
  }

  if (prep.indicators.length === 0) {
    push({
      id: 'no-indicators',
      rule: 'no-indicators',
      severity: 'high',
      target: { step: 'indicators' },
      message: { nl: 'Er zijn nog geen indicatoren gekozen.', en: 'No indicators have been chosen yet.' },
    });
  } else if (!prep.indicators.some((i) => i.kind === 'subjective')) {
    push({
      id: 'no-subjective-indicator',
      rule: 'no-subjective-indicator',
      severity: 'medium',
      target: { step: 'indicators' },
      message: {
        nl: 'Er is geen subjectieve indicator: meet ook wat inwoners ervaren.',
        en: 'There is no subjective indicator: also measure what residents perceive.',
      },
    });
  }
  const indicatorThemes = new Set(prep.indicators.map((i) => i.theme));
  for (const theme of affectedThemes(doc)) {
    if (indicatorThemes.has(theme)) continue;
    const name = themeOf(theme).name;
    push({
      id: `theme-without-indicator:${theme}`,
      rule: 'theme-without-indicator',
      severity: 'medium',
      target: { step: 'indicators', itemId: theme },
      message: {
        nl: `Het thema ${name.nl} wordt geraakt, maar heeft geen indicator.`,
        en: `The theme ${name.en} is affected but has no indicator.`,
      },
    });
  }
  for (const ind of prep.indicators) {
    const missing = missingParts(ind);
    if (missing.fields.length === 0) continue;
    push({
      id: `indicator-incomplete:${ind.id}`,
      rule: 'indicator-incomplete',
      severity: 'low',
      target: { step: 'indicators', itemId: ind.id, field: missing.fields[0] },
      message: {
        nl: `Indicator "${ind.name}" mist: ${missing.nl.join(', ')}.`,
        en: `Indicator "${ind.name}" lacks: ${missing.en.join(', ')}.`,
      },
    });
  }
  const scaled = prep.indicators.filter((i) => i.scale !== null);
  if (
    prep.ambitionScale &&
    scaleRank(prep.ambitionScale) <= scaleRank('wijk') &&
    scaled.length > 0 &&
    scaled.every((i) => scaleRank(i.scale!) >= scaleRank('gemeente'))
  ) {
    push({
      id: 'scale-mismatch',
      rule: 'scale-mismatch',
      severity: 'medium',
      target: { step: 'indicators', field: 'scale' },
      message: {
        nl: 'De ambitie is op buurt- of wijkniveau, maar alle indicatoren meten op gemeenteniveau of hoger.',
        en: 'The ambition is at neighbourhood or district level, but every indicator measures at municipality level or above.',
      },
    });
  }

  for (const change of expectationChanges(doc)) {
    if (change.explained) continue;
    const item =
      change.kind === 'effect'
        ? (prep.effects.find((e) => e.id === change.id) ?? doc.implementation.frozen?.effects.find((e) => e.id === change.id))
        : null;
    const ind =
      change.kind === 'indicator'
        ? (prep.indicators.find((i) => i.id === change.id) ?? doc.implementation.frozen?.indicators.find((i) => i.id === change.id))
        : null;
    const label = item ? themeOf(item.theme).name : { nl: ind?.name ?? change.id, en: ind?.name ?? change.id };
    const what = {
      added: { nl: 'is toegevoegd', en: 'was added' },
      removed: { nl: 'is verwijderd', en: 'was removed' },
      direction: { nl: 'heeft een andere verwachte richting', en: 'has a different expected direction' },
      baseline: { nl: 'heeft een andere nulmeting', en: 'has a different baseline' },
      target: { nl: 'heeft een andere streefwaarde', en: 'has a different target' },
    }[change.what];
    const noun =
      change.kind === 'effect'
        ? { nl: 'Het verwachte effect op', en: 'The expected effect on' }
        : { nl: 'De indicator', en: 'The indicator' };
    findings.push({
      id: `unrecorded-change:${change.kind}:${change.id}:${change.what}`,
      rule: 'unrecorded-change',
      severity: 'medium',
      phase: 'implementation',
      target: { step: 'adjustments', itemId: `change-${change.id}` },
      message: {
        nl: `${noun.nl} ${label.nl} ${what.nl} sinds de verwachtingen zijn vastgelegd, zonder bijstellingsbesluit.`,
        en: `${noun.en} ${label.en} ${what.en} since the expectations were frozen, without an adjustment decision.`,
      },
    });
  }

  if (reached('evaluation')) {
    const effects = new Map(prep.effects.map((e) => [e.id, e]));
    for (const realised of doc.evaluation.realisedEffects) {
      if (realised.direction === null) continue;
      const effect = effects.get(realised.effectId);
      const label = effect ? themeOf(effect.theme).name : { nl: realised.effectId, en: realised.effectId };
      if (blank(realised.evidence)) {
        findings.push({
          id: `realised-without-evidence:${realised.effectId}`,
          rule: 'realised-without-evidence',
          severity: 'high',
          phase: 'evaluation',
          target: { step: 'expected-realised', itemId: realised.effectId, field: 'evidence' },
          message: {
            nl: `Het gerealiseerde effect op ${label.nl} heeft geen onderbouwing (bewijs).`,
            en: `The realised effect on ${label.en} has no evidence.`,
          },
        });
      }
      if (blank(realised.contributionArgument) || realised.contributionConfidence === null) {
        findings.push({
          id: `realised-without-contribution:${realised.effectId}`,
          rule: 'realised-without-contribution',
          severity: 'medium',
          phase: 'evaluation',
          target: { step: 'expected-realised', itemId: realised.effectId, field: 'contributionArgument' },
          message: {
            nl: `Bij het effect op ${label.nl} ontbreekt waarom het aan het beleid is toe te schrijven (bijdrage).`,
            en: `The effect on ${label.en} lacks an argument for why the policy caused it (contribution).`,
          },
        });
      }
    }
  }

  const rank: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
  return findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
}
