import { usePage } from '../../components/pager';
import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { latestByIndicator } from '../../../shared/analysis/measurements';
import { formatNumber } from '../../../shared/analysis/numbers';
import type { GradeResult } from '../../../shared/analysis/grade';
import { adjustmentOf, longDate } from '../../../shared/analysis/adjusted';
import { gradeText } from '../../../shared/analysis/grade-words';
import { indicatorResult } from '../../../shared/analysis/results';
import type { MessageKey, MessageValues } from '../../../shared/i18n';
import type { AssessmentDocument, Indicator, Measurement } from '../../../shared/model/document';
import { DateCell, fieldId, NumberCell } from '../../components/fields';
import { ScrollRegion } from '../../components/scroll-region';
import { useStore } from '../../stores/context';
import { useLang } from '../use-lang';
import { ResultLimits } from './result-limits';
import { resultIndexes } from './result-indexes';

/** Results rows are heavy (two inputs, a grade and a note or not-quantified field each): fewer per page. */
export const RESULTS_PAGE_SIZE = 25;

const at = (v: { value: number; year: number } | null, lang: 'nl' | 'en') => (v ? `${formatNumber(v.value, lang)} (${v.year})` : '—');

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
  t: (key: MessageKey, values?: MessageValues) => string;
}

/** A grade in words and symbol (the symbol is decoration: the words say it all). */
function GradeLine({ r, text, lang, label }: { r: GradeResult; text: RowText; lang: 'nl' | 'en'; label?: string }) {
  const [symbol, ...rest] = gradeText(r, text.t, lang).split(' ');
  return (
    <span className={`grade grade-${r.grade}`}>
      {label ? `${label}: ` : null}
      <span aria-hidden="true">{symbol}</span> {rest.join(' ')}
    </span>
  );
}

/** Which decision moved the target: "(besluit 3 mei 2016)", or "(zonder besluit)" when none records it. */
function decisionOf(doc: AssessmentDocument, id: string, t: RowText['t'], lang: 'nl' | 'en'): string {
  const adjustment = adjustmentOf(doc, id, 'target') ?? adjustmentOf(doc, id, 'targetYear');
  return adjustment ? t('grade.adjustedBy', { date: longDate(lang, adjustment.date) }) : t('grade.adjustedUnrecorded');
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
  const r = indicatorResult(doc, ind, resultIndexes(doc).results);
  const { final } = r;
  const baselineChanged = r.adjusted && JSON.stringify(r.adjusted.baseline) !== JSON.stringify(r.original.baseline);
  return (
    <tr className={`result-${r.originalGrade.grade}`}>
      <th scope="row">{ind.name}</th>
      <td>
        {at(r.original.baseline, lang)}
        {baselineChanged ? (
          <>
            <br />
            {text.t('grade.adjusted')}: {at(r.adjusted!.baseline, lang)}
          </>
        ) : null}
      </td>
      <td>
        {r.adjusted ? (
          <>
            {text.t(r.frozen ? 'grade.originalFrozen' : 'grade.original')}: {at(r.original.target, lang)}
            <br />
            {text.t('grade.adjusted')}: {at(r.adjusted.target, lang)} {decisionOf(doc, ind.id, text.t, lang)}
          </>
        ) : (
          at(r.original.target, lang)
        )}
      </td>
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
        <GradeLine r={r.originalGrade} text={text} lang={lang} />
        {r.adjustedGrade ? (
          <>
            <br />
            <GradeLine r={r.adjustedGrade} text={text} lang={lang} label={text.t('grade.adjusted')} />
          </>
        ) : null}
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
    t,
  };
  // Once per version of the document for all rows (per row it read every measurement and every expectation change once per indicator).
  const { latest } = resultIndexes(doc);
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
  const { visible, pager } = usePage(doc.preparation.indicators, t('steps.results'), RESULTS_PAGE_SIZE, (ind) => ind.id);
  return (
    <div>
      <p>{t('result.intro')}</p>
      <p className="hint">{t('grade.explain')}</p>
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
            {visible.flatMap((ind) => [
              <ResultRow key={ind.id} ind={ind} latest={latest.get(ind.id) ?? null} text={text} lang={lang} />,
              <ResultLimits key={`${ind.id}-limits`} ind={ind} columns={7} />,
            ])}
          </tbody>
        </table>
      </ScrollRegion>
      {pager}
    </div>
  );
});
