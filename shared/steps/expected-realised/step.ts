/** Step 2 of evaluation: per expected effect of the preferred option, what was realised and why. */
import { expectedVersusRealised, type EffectComparison } from '../../analysis/compare';
import { themeOf } from '../../framework/framework';
import type { AssessmentDocument } from '../../model/document';
import type { Cell } from '../../report/blocks';
import { direction, emptyBlock, sectionHeading, translatorOf, type Lang } from '../../report/format';
import { share } from '../share';
import { defineStep } from '../types';

/** The effects of the preferred option (of every option when none is preferred) that had an expected direction. */
function expectedEffects(doc: AssessmentDocument) {
  const preferred = doc.preparation.preferredOptionId;
  return doc.preparation.effects.filter((x) => x.direction !== null && (preferred === null || x.optionId === preferred));
}

function comparisonRow(c: EffectComparison, lang: Lang): Cell[] {
  const t = translatorOf(lang);
  const mismatch = c.comparison !== 'as-expected' && c.comparison !== 'unknown';
  const confidence = c.realised?.contributionConfidence ? `${t(`enums.confidence.${c.realised.contributionConfidence}`)}: ` : '';
  return [
    { text: themeOf(c.effect.theme).name[lang], bold: true },
    direction(lang, c.expected.direction),
    direction(lang, c.realised?.direction ?? null),
    {
      text: `${mismatch ? '⚠ ' : ''}${t(`realised.compare.${c.comparison}`)}`,
      tone: c.comparison === 'opposite' ? 'negative' : mismatch ? 'target' : 'neutral',
      bold: mismatch,
    },
    c.realised?.evidence || '—',
    `${confidence}${c.realised?.contributionArgument || '—'}`,
  ];
}

export const expectedRealisedStep = defineStep({
  id: 'expected-realised',
  phase: 'evaluation',
  requirements: (doc) => {
    const expected = expectedEffects(doc);
    const realised = new Set(doc.evaluation.realisedEffects.filter((r) => r.direction !== null).map((r) => r.effectId));
    return [{ id: 'realised', filled: share(expected.filter((x) => realised.has(x.id)).length, expected.length) }];
  },
  report: (doc, lang) => {
    const t = translatorOf(lang);
    const preferred = doc.preparation.preferredOptionId;
    const comparisons = expectedVersusRealised(doc).filter(
      (c) => (preferred === null || c.effect.optionId === preferred) && c.expected.direction !== null,
    );
    if (comparisons.length === 0) return [sectionHeading(t('report.expectedRealised')), emptyBlock(lang)];
    return [
      sectionHeading(t('report.expectedRealised')),
      {
        kind: 'table',
        fontSize: 7.5,
        columns: [
          { header: t('report.theme'), width: 1.2 },
          { header: t('report.expected'), width: 1.3 },
          { header: t('report.realised'), width: 1.3 },
          { header: t('report.comparison'), width: 1.2 },
          { header: t('report.evidence'), width: 2.4 },
          { header: t('report.contribution'), width: 2.4 },
        ],
        rows: comparisons.map((c) => comparisonRow(c, lang)),
      },
    ];
  },
});
