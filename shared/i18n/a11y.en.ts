/** English messages of accessibility and wording (issue 19). */
import type { a11yNl } from './a11y.nl';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const a11yEn: Shape<typeof a11yNl> = {
  a11y: {
    zeroOptionNamed: '{{name}} is the zero option (do nothing)',
    addSuggested: 'Add {{name}} (suggestion)',
    moreAbout: 'More about the source of {{name}}',
    effectNth: '{{theme}}, effect {{n}}',
    ofItem: '{{label}} ({{item}})',
    fold: {
      filled: 'filled in: {count, plural, one {# field} other {# fields}}',
      empty: 'not filled in yet',
    },
    choose: {
      none: 'There is nothing to choose yet.',
      chosen: '{count, plural, =0 {none chosen} one {# chosen} other {# chosen}}',
    },
    confirm: {
      title: 'Delete {{what}}?',
      withDependents: 'This also removes:',
      undo: 'You can take the deletion back afterwards with "Undo" (Ctrl+Z).',
      cancel: 'Cancel',
      remove: 'Delete',
      option: 'option "{{name}}"',
      indicator: 'indicator "{{name}}"',
      effect: 'the effect on {{name}}',
      group: 'own group "{{name}}"',
      dependents: {
        effects: '{count, plural, one {# effect} other {# effects}} of this option',
        measurements: '{count, plural, one {# measurement} other {# measurements}}',
        finalValues: 'the final value',
        adjustmentLinks: 'the link in {count, plural, one {# adjustment} other {# adjustments}}',
        perceivedLinks: 'the link in {count, plural, one {# perceived outcome} other {# perceived outcomes}}',
        realised: 'the realised effect (evaluation)',
        groupLinks: 'the choice of this group in {count, plural, one {# effect} other {# effects}}',
        preferred: 'the choice of this option as the preferred option',
        tocLinks: 'the link in {count, plural, one {# step} other {# steps}} of the theory of change',
        mainIndicator: 'its choice as main outcome indicator (value for money)',
        notQuantified: 'the result\'s "not quantified" mark',
        unintendedGroupLinks: 'the choice of this group in {count, plural, one {# unintended effect} other {# unintended effects}}',
        reachLines: 'the group in {count, plural, one {# line} other {# lines}} of the reach (process evaluation)',
      },
    },
    chart: {
      baseline: 'baseline',
      target: 'target',
      lines: 'Dashed lines: baseline {{baseline}}, target {{target}}.',
      baselineOnly: 'Dashed line: baseline {{baseline}}.',
      targetOnly: 'Dashed line: target {{target}}.',
    },
    manual: {
      open: 'Manual for this step',
      openAll: 'Manual',
      title: 'Manual',
      intro: 'Per step: what you do, why, an example from the Heerlen medtech campus, and common mistakes.',
      search: 'Search the manual',
      results: '{count, plural, =0 {No page found} one {# page found} other {# pages found}}',
      what: 'What',
      why: 'Why',
      example: 'Example: medtech campus Heerlen',
      mistakes: 'Common mistakes',
      phase: 'Phase: {{phase}}',
      toStep: 'Go to the step {{step}}',
      back: 'Back to the step',
      close: 'Close the manual',
      loading: 'Loading the manual…',
    },
  },
};
