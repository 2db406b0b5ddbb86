import { usePage } from '../../components/pager';
import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { signalNotes } from '../../../shared/analysis/grade-words';
import { formatNumber } from '../../../shared/analysis/numbers';
import { documentSignal, lagYearsByTheme, SIGNAL_CONCERN, type Signal } from '../../../shared/analysis/signal';
import { sourceChanges } from '../../../shared/analysis/trend';
import { indicatorSparkline } from '../../../shared/charts/indicator-sparkline';
import { ChartSvg } from '../../charts/chart-svg';
import { lineLabels as labelsOf, linesText } from '../../charts/line-labels';
import { ScrollRegion } from '../../components/scroll-region';
import { useStore } from '../../stores/context';
import type { AssessmentDocument } from '../../../shared/model/document';
import { measurementsOf, perVersion } from '../per-version';
import { useLang } from '../use-lang';

/** Signal rows carry a sparkline and notes each: fewer per page. */
export const SIGNALS_PAGE_SIZE = 25;

const byName = new Intl.Collator();

/** Every indicator's signal, most worrying first, and the measurements per indicator: once per version of what they read. */
function signalRows(doc: AssessmentDocument) {
  const byIndicator = measurementsOf(doc);
  const lags = lagYearsByTheme(doc);
  const rows = doc.preparation.indicators
    .map((ind) => ({ ind, result: documentSignal(doc, ind, byIndicator.get(ind.id) ?? [], lags) }))
    .sort((a, b) => SIGNAL_CONCERN[a.result.signal] - SIGNAL_CONCERN[b.result.signal] || byName.compare(a.ind.name, b.ind.name));
  const counts = new Map<Signal, number>();
  for (const r of rows) counts.set(r.result.signal, (counts.get(r.result.signal) ?? 0) + 1);
  return { byIndicator, rows, counts };
}

/** The signal's icon: shape and word together, never colour alone. */
export const SIGNAL_ICON: Record<Signal, string> = {
  'on-track': '●',
  'at-risk': '▲',
  'off-track': '✖',
  'no-change': '◌',
  'too-early': '◷',
  'no-data': '○',
};

/**
 * Implementation step 2: per indicator the trend with baseline and target, and its signal; most
 * worrying first. The signal waits for the lag of the effects the indicator measures, calls no
 * change within the margin of error a trend, and names source changes and the comparison area.
 */
export const SignalsStep = observer(function SignalsStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = useStore().assessment.document!;
  const { byIndicator, rows, counts } = perVersion(doc, signalRows);
  const count = (s: Signal) => counts.get(s) ?? 0;
  const { visible, pager } = usePage(rows, t('signal.overview'), SIGNALS_PAGE_SIZE);
  return (
    <div>
      <p role="status">
        {t('signal.counts', {
          offTrack: count('off-track'),
          atRisk: count('at-risk'),
          onTrack: count('on-track'),
          noData: count('no-data'),
        })}{' '}
        {count('too-early') + count('no-change') > 0
          ? t('trend.extraCounts', { tooEarly: count('too-early'), noChange: count('no-change') })
          : null}
      </p>
      <ScrollRegion label={t('signal.overview')}>
        <table className="data-table signals">
          <caption>{t('signal.overview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signal.indicator')}</th>
              <th scope="col">{t('signal.signal')}</th>
              <th scope="col">{t('signal.latest')}</th>
              <th scope="col">{t('signal.baseline')}</th>
              <th scope="col">{t('signal.target')}</th>
              <th scope="col">{t('signal.trend')}</th>
              <th scope="col">{t('trend.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map(({ ind, result }) => {
              const series = byIndicator.get(ind.id) ?? [];
              const chart = indicatorSparkline(ind, series, { width: 190, height: 40 }, labelsOf(t));
              const changes = sourceChanges(series);
              const values = series.map((m) => `${m.date} ${formatNumber(m.value, lang)}`).join(', ') || t('signal.no-data');
              const marks = changes.map((c) => `${t('trend.sourceMark')} ${c.date}`).join(', ');
              const notes = signalNotes(ind, series, result, t, lang);
              const lines = linesText(t, lang, ind);
              return (
                <tr key={ind.id} className={`signal-${result.signal}`}>
                  <th scope="row">{ind.name}</th>
                  <td className="signal-cell">
                    <span aria-hidden="true" className="signal-icon">
                      {SIGNAL_ICON[result.signal]}
                    </span>{' '}
                    {t(`signal.${result.signal}`)}
                  </td>
                  <td>{result.latest ? `${formatNumber(result.latest.value, lang)} ${ind.unit} (${result.latest.date})` : '—'}</td>
                  <td>{ind.baseline ? `${formatNumber(ind.baseline.value, lang)} (${ind.baseline.year})` : '—'}</td>
                  <td>{ind.target ? `${formatNumber(ind.target.value, lang)} (${ind.target.year})` : '—'}</td>
                  <td>
                    {chart ? (
                      <ChartSvg
                        chart={chart}
                        title={`${t('signal.trendAlt', { name: ind.name, values: marks ? `${values}; ${marks}` : values })} ${lines}`}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="signal-notes">
                    {notes.length ? (
                      <ul>
                        {notes.map((n) => (
                          <li key={n}>{n}</li>
                        ))}
                      </ul>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {pager}
    </div>
  );
});
