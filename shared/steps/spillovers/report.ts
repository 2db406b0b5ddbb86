/** The spill-overs section of the report: the links between themes, as a list and as a matrix. */
import { themeOf, THEME_IDS } from '../../framework/framework';
import type { Spillover } from '../../model/document';
import type { Block, Cell } from '../../report/blocks';
import { emptyBlock, sectionHeading, translatorOf, type Lang } from '../../report/format';
import type { StepReport } from '../types';

function listTable(spillovers: Spillover[], lang: Lang): Block {
  const t = translatorOf(lang);
  return {
    kind: 'table',
    columns: [
      { header: t('report.from'), width: 1.3 },
      { header: t('report.to'), width: 1.3 },
      { header: t('report.sign'), width: 1.2 },
      { header: t('report.strength'), width: 0.8 },
      { header: t('report.explanation'), width: 3 },
    ],
    rows: spillovers.map((s) => [
      themeOf(s.from).name[lang],
      themeOf(s.to).name[lang],
      { text: t(`enums.sign.${s.sign}`), tone: s.sign === 'negative' ? 'negative' : 'positive', bold: s.sign === 'negative' },
      t(`enums.strength.${s.strength}`),
      s.explanation || '—',
    ]),
  };
}

/** The net strength from theme to theme, over the themes that take part in a link. */
function matrixTable(spillovers: Spillover[], lang: Lang): Block {
  const used = THEME_IDS.filter((id) => spillovers.some((s) => s.from === id || s.to === id));
  const value = (a: string, b: string) =>
    spillovers.filter((s) => s.from === a && s.to === b).reduce((sum, s) => sum + (s.sign === 'negative' ? -s.strength : s.strength), 0);
  return {
    kind: 'table',
    fontSize: 7,
    columns: [{ header: '', width: 2.2 }, ...used.map((id) => ({ header: themeOf(id).name[lang], width: 1 }))],
    rows: used.map((a) => [
      { text: themeOf(a).name[lang], bold: true },
      ...used.map((b): Cell => {
        const v = value(a, b);
        return v === 0 ? '' : { text: v > 0 ? `+${v}` : `−${-v}`, tone: v > 0 ? 'positive' : 'negative', bold: v < 0 };
      }),
    ]),
  };
}

/** The list of spill-overs and their matrix. */
export const spilloversReport: StepReport = (doc, lang) => {
  const spillovers = doc.preparation.spillovers;
  const t = translatorOf(lang);
  if (spillovers.length === 0) return [sectionHeading(t('report.spillovers')), emptyBlock(lang)];
  return [
    sectionHeading(t('report.spillovers')),
    listTable(spillovers, lang),
    { kind: 'paragraph', text: t('report.matrix'), style: 'small' },
    matrixTable(spillovers, lang),
  ];
};
