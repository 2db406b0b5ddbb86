import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { latestByIndicator } from '../../../shared/analysis/measurements';
import { formatNumber } from '../../../shared/analysis/numbers';
import { targetReached, type TargetResult } from '../../../shared/analysis/signal';
import type { AssessmentDocument, Indicator, Measurement } from '../../../shared/model/document';
import { DateCell, fieldId, NumberCell } from '../../components/fields';
import { ScrollRegion } from '../../components/scroll-region';
import { useStore } from '../../stores/context';
import { useLang } from '../use-lang';

const ICON: Record<TargetResult, string> = { achieved: '●', nearly: '▲', missed: '✖', unknown: '○' };

/** Sets (or with null removes) the final value of an indicator. */
function setFinal(d: AssessmentDocument, indicatorId: string, patch: { value?: number | null; date?: string }) {
  const list = d.evaluation.finalValues;
  const existing = list.find((f) => f.indicatorId === indicatorId);
  if (patch.value === null) {
    d.evaluation.finalValues = list.filter((f) => f.indicatorId !== indicatorId);
    return;
  }
  if (existing) {
    if (patch.value !== undefined) existing.value = patch.value;
    if (patch.date) existing.date = patch.date;
  } else if (patch.value !== undefined)
    list.push({ indicatorId, value: patch.value, date: patch.date ?? new Date().toISOString().slice(0, 10), note: '' });
}

interface RowText {
  finalValueFor: (name: string) => string;
  finalDateFor: (name: string) => string;
  invalid: string;
  invalidDate: string;
  result: Record<TargetResult, string>;
}

const ResultRow = observer(function ResultRow({
  ind,
  latest,
  text,
  lang,
}: {
  ind: Indicator;
  latest: Measurement | null;
  text: RowText;
  lang: 'nl' | 'en';
}) {
  const { assessment } = useStore();
  const doc = assessment.document!;
  const final = doc.evaluation.finalValues.find((f) => f.indicatorId === ind.id) ?? null;
  const result = targetReached(ind, final?.value ?? null);
  return (
    <tr className={`result-${result}`}>
      <th scope="row">{ind.name}</th>
      <td>{ind.baseline ? `${formatNumber(ind.baseline.value, lang)} (${ind.baseline.year})` : '—'}</td>
      <td>{ind.target ? `${formatNumber(ind.target.value, lang)} (${ind.target.year})` : '—'}</td>
      <td>{latest ? `${formatNumber(latest.value, lang)} (${latest.date})` : '—'}</td>
      <td>
        <NumberCell
          id={fieldId('final', ind.id)}
          label={text.finalValueFor(ind.name)}
          value={final?.value ?? null}
          notation={doc.context.language}
          invalidText={text.invalid}
          onCommit={(v) => assessment.edit(`${ind.id}.final`, (d) => setFinal(d, ind.id, { value: v }))}
        />
      </td>
      <td>
        {final ? (
          <DateCell
            id={fieldId('finalDate', ind.id)}
            label={text.finalDateFor(ind.name)}
            value={final.date}
            lang={lang}
            invalidText={text.invalidDate}
            onCommit={(iso) => assessment.edit(`${ind.id}.finalDate`, (d) => setFinal(d, ind.id, { date: iso }))}
          />
        ) : (
          '—'
        )}
      </td>
      <td>
        <span aria-hidden="true">{ICON[result]}</span> {text.result[result]}
      </td>
    </tr>
  );
});

/** Evaluation step 1: the final value of each indicator against its target. */
export const ResultsStep = observer(function ResultsStep() {
  const { t } = useTranslation();
  const { assessment, ui } = useStore();
  const lang = useLang();
  const doc = assessment.document!;
  const text: RowText = {
    finalValueFor: (name) => t('result.finalValueFor', { name }),
    finalDateFor: (name) => t('result.finalDateFor', { name }),
    invalid: t('fields.invalidNumber'),
    invalidDate: t('fields.invalidDate'),
    result: { achieved: t('result.achieved'), nearly: t('result.nearly'), missed: t('result.missed'), unknown: t('result.unknown') },
  };
  const latest = latestByIndicator(doc.implementation.measurements);
  function takeLatest() {
    let count = 0;
    assessment.edit('take-latest', (d) => {
      const last = latestByIndicator(d.implementation.measurements);
      for (const ind of d.preparation.indicators) {
        if (d.evaluation.finalValues.some((f) => f.indicatorId === ind.id)) continue;
        const m = last.get(ind.id);
        if (!m) continue;
        d.evaluation.finalValues.push({ indicatorId: ind.id, value: m.value, date: m.date, note: '' });
        count++;
      }
    });
    ui.notify({ kind: 'status', text: t('result.taken', { count }) });
  }
  return (
    <div>
      <p>{t('result.intro')}</p>
      <button type="button" onClick={takeLatest}>
        {t('result.takeLatest')}
      </button>
      <ScrollRegion label={t('steps.results')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('signal.indicator')}</th>
              <th scope="col">{t('signal.baseline')}</th>
              <th scope="col">{t('signal.target')}</th>
              <th scope="col">{t('measure.latest')}</th>
              <th scope="col">{t('result.finalValue')}</th>
              <th scope="col">{t('result.date')}</th>
              <th scope="col">{t('result.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.preparation.indicators.map((ind) => (
              <ResultRow key={ind.id} ind={ind} latest={latest.get(ind.id) ?? null} text={text} lang={lang} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
});
