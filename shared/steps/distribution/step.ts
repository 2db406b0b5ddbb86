/** Step 5 of evaluation: who gained, who lost, and whether inequality fell. */
import { orEmpty, sectionHeading, translatorOf } from '../../report/format';
import { filled } from '../share';
import { defineStep } from '../types';

export const distributionStep = defineStep({
  id: 'distribution',
  phase: 'evaluation',
  requirements: ({ evaluation: { distribution: d } }) => [{ id: 'distribution', filled: filled(d.gainers) || filled(d.losers) ? 1 : 0 }],
  report: ({ evaluation: { distribution: d } }, lang) => {
    const t = translatorOf(lang);
    return [
      sectionHeading(t('report.distribution')),
      {
        kind: 'fields',
        rows: [
          [t('distribution.gainers'), orEmpty(lang, d.gainers)],
          [t('distribution.losers'), orEmpty(lang, d.losers)],
          [t('report.inequality'), t(`distribution.inequalityOptions.${d.inequality}`)],
          [t('distribution.explanation'), orEmpty(lang, d.explanation)],
        ],
      },
    ];
  },
});
