import type { findingsNl } from './findings.nl';

/** English messages of the critical friend's rules, by rule id. */
export const findingsEn: typeof findingsNl = {
  findings: {
    'no-main-indicator':
      'Spending is filled in, but no main outcome indicator is chosen: without it there is no cost per unit (value for money).',
    'process-empty':
      'The process evaluation is empty while the rest of the evaluation is filled in: record whether it was carried out as planned, whom it reached and what it cost.',
    'broken-link':
      'A link does not hold at {{path}}: the id "{{id}}" {{kind}}. Links go by id: give the item an id of its own or choose an existing item (for example by restoring the file from "Earlier versions").',
    'no-problem': 'The problem has not been described yet.',
    'no-ambition': 'There is no ambition for the area yet: what should broad prosperity be here?',
    'no-citizen-input': 'Nothing is recorded about what residents value or how they were involved.',
    'no-zero-option': 'There is no zero option: compare the proposal with what happens without the policy.',
    'no-effects': 'No expected effects have been filled in yet.',
    'no-later-effect': 'No effect for later (future generations) has been considered.',
    'no-elsewhere-effect': 'No effect elsewhere (other countries) has been considered.',
    'only-positive':
      'All effects of the preferred option are positive (relative to the zero option): what downsides or trade-offs are there?',
    'no-time-lag': 'No effect says when it will occur (time lag).',
    'no-distribution': 'Nowhere does it say who gains and who loses by the preferred option.',
    'negative-without-group':
      'A negative effect of the preferred option on {{theme}} names no group that bears it ("Nobody" is not a group).',
    'no-indicators': 'No indicators have been chosen yet.',
    'no-subjective-indicator': 'There is no subjective indicator: also measure what residents perceive.',
    'theme-without-indicator': 'The preferred option affects the theme {{theme}}, but it has no indicator.',
    'toc-outcome-unmeasured':
      'Outcome "{{outcome}}" has no indicator and no perceived outcome: afterwards nobody can tell whether it was reached.',
    'toc-assumption-no-evidence':
      'The link "{{from}}" → "{{to}}", which the preferred option depends on, rests on an assumption without evidence.',
    'indicator-incomplete': 'Indicator "{{name}}" lacks: {{missing}}.',
    'scale-mismatch': 'The ambition is at neighbourhood or district level, but every indicator measures at municipality level or above.',
    'unrecorded-change': '{{noun}} {{label}} {{what}} since the expectations were frozen, without an adjustment decision.',
    'realised-without-evidence': 'The realised effect on {{theme}} has no evidence.',
    'realised-without-contribution': 'The effect on {{theme}} lacks an argument for why the policy caused it (contribution).',
    'target-against-direction':
      'The target of "{{name}}" lies against the good direction ({{direction}}): reaching it means getting worse.',
    'target-year-not-after-baseline': 'The target year of "{{name}}" ({{target}}) is not after the baseline year ({{baseline}}).',
    'target-equals-baseline':
      'The target of "{{name}}" equals the baseline: nothing needs to change. Is holding the level really the goal?',
    'measurement-before-baseline':
      'Indicator "{{name}}" has {count, plural, one {# measurement} other {# measurements}} from before the baseline year ({{year}}), the first on {{date}}.',
    brokenLinkKind: { 'duplicate-id': 'occurs twice', 'dangling-reference': 'belongs to no item (any more)' },
    goodDirection: { up: 'higher is better', down: 'lower is better' },
    parts: { baseline: 'baseline', target: 'target', source: 'source', scale: 'scale level' },
    changeNoun: { effect: 'The expected effect on', indicator: 'The indicator' },
    changeWhat: {
      added: 'was added',
      removed: 'was removed',
      direction: 'has a different expected direction',
      baseline: 'has a different baseline',
      target: 'has a different target',
    },
  },
};
