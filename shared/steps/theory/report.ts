/** The theory section of the report (in its phase's chapter): the diagram of the chain, its steps and its links. */
import { chainEdges, isMeasuredList, measuresOf, stepLabel, TOC_LISTS } from '../../analysis/toc';
import type { Block, Cell } from '../../report/blocks';
import { emptyBlock, sectionHeading, translatorOf } from '../../report/format';
import { CONTENT_WIDTH } from '../../report/page';
import type { StepReport } from '../types';
import { hasChain, tocChart } from './diagram';

/** The tallest the diagram may be on a page, in mm. */
const MAX_HEIGHT = 200;

export const theoryReport: StepReport = (doc, lang) => {
  const t = translatorOf(lang);
  const p = doc.preparation;
  const toc = p.theoryOfChange;
  const shownBy = (list: (typeof TOC_LISTS)[number], s: (typeof toc.outcomes)[number]) => {
    if (!isMeasuredList(list)) return '';
    const m = measuresOf(p, s);
    const names = [...m.indicators.map((i) => i.name), ...m.perceived.map((o) => o.description.trim())].filter(Boolean);
    return names.length ? names.join('; ') : t('toc.unmeasured');
  };
  const rows: Cell[][] = TOC_LISTS.flatMap((list) =>
    toc[list].map((s) => [{ text: t(`fields.${list}`), bold: true }, s.text || '—', s.assumption || '—', shownBy(list, s) || '—']),
  );
  if (rows.length === 0) return [sectionHeading(t('report.theory')), emptyBlock(lang)];
  const chart = tocChart(doc, t);
  const width = Math.min(CONTENT_WIDTH, (MAX_HEIGHT * chart.width) / chart.height);
  const name = (list: (typeof TOC_LISTS)[number], id: string) => {
    const i = toc[list].findIndex((s) => s.id === id);
    return stepLabel(toc[list][i]!, t('toc.step', { list: t(`fields.${list}`), n: i + 1 }));
  };
  const edges = chainEdges(toc);
  const links: Block = edges.length
    ? {
        kind: 'table',
        fontSize: 7.5,
        columns: [
          { header: t('toc.from'), width: 2 },
          { header: t('toc.to'), width: 2 },
          { header: t('report.assumption'), width: 2 },
          { header: t('toc.evidence'), width: 2 },
        ],
        rows: edges.map((e) => [
          name(e.fromList, e.from.id),
          name(e.toList, e.to.id),
          e.link.assumption || '—',
          e.link.assumption.trim() && !e.link.evidence.trim()
            ? { text: t('toc.legendUnevidenced'), tone: 'negative' }
            : e.link.evidence || '—',
        ]),
      }
    : { kind: 'paragraph', text: t('toc.noLinks'), style: 'muted' };
  return [
    sectionHeading(t('report.theory')),
    ...(hasChain(doc)
      ? [
          { kind: 'paragraph', text: t('toc.diagram'), style: 'small' } satisfies Block,
          { kind: 'chart', chart, title: t('toc.diagram'), width } satisfies Block,
        ]
      : []),
    {
      kind: 'table',
      columns: [
        { header: t('report.link'), width: 1 },
        { header: t('report.description'), width: 2.5 },
        { header: t('report.assumption'), width: 2.2 },
        { header: t('toc.shownBy'), width: 1.6 },
      ],
      rows,
    },
    { kind: 'paragraph', text: t('toc.links'), style: 'bold' },
    links,
  ];
};
