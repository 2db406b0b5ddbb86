/** The theory of change as diagram input, in the reader's words (the screen and the report draw the same). */
import { tocDiagram, type TocDiagramInput } from '../../charts/toc';
import { chainEdges, isMeasuredList, measuresOf, stepLabel, TOC_LISTS } from '../../analysis/toc';
import type { MessageKey, MessageValues } from '../../i18n/lookup';
import type { AssessmentDocument } from '../../model/document';

type T = (key: MessageKey, values?: MessageValues) => string;

/** Whether the theory of change has any step to draw. */
export const hasChain = (doc: AssessmentDocument) => TOC_LISTS.some((l) => doc.preparation.theoryOfChange[l].length > 0);

/** The diagram's input: columns of steps (outcomes and impacts with what would show them), and the links. */
export function tocDiagramInput(doc: AssessmentDocument, t: T): TocDiagramInput {
  const p = doc.preparation;
  const toc = p.theoryOfChange;
  return {
    headings: TOC_LISTS.map((l) => t(`fields.${l}`)),
    columns: TOC_LISTS.map((list) =>
      toc[list].map((step, i) => {
        const label = stepLabel(step, t('toc.step', { list: t(`fields.${list}`), n: i + 1 }));
        if (!isMeasuredList(list)) return { id: step.id, label };
        const m = measuresOf(p, step);
        const n = m.indicators.length + m.perceived.length;
        return n > 0
          ? { id: step.id, label, note: t('toc.measured', { count: n }), noteTone: 'positive' as const }
          : { id: step.id, label, note: t('toc.unmeasured'), noteTone: 'negative' as const };
      }),
    ),
    edges: chainEdges(toc).map((e) => ({
      from: e.from.id,
      to: e.to.id,
      evidenced: e.link.assumption.trim() === '' || e.link.evidence.trim() !== '',
    })),
    legend: { evidenced: t('toc.legendEvidenced'), unevidenced: t('toc.legendUnevidenced') },
  };
}

/** The diagram itself. */
export const tocChart = (doc: AssessmentDocument, t: T) => tocDiagram(tocDiagramInput(doc, t)).chart;
