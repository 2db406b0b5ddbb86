import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../../i18n';
import type { AssessmentDocument, Indicator, Measurement } from '../../../../shared/model/document';
import { DateCell, NumberCell } from '../../../components/fields';
import { LazyDetails } from '../../../components/lazy-details';
import { usePage } from '../../../components/pager';
import { ScrollRegion } from '../../../components/scroll-region';
import { useStore } from '../../../stores/context';
import { measurementsOf } from '../../per-version';
import { useLang } from '../../use-lang';

/** Changes one measurement (found by id) in the document. */
const change = (id: string, fn: (m: Measurement) => void) => (d: AssessmentDocument) => {
  const m = d.implementation.measurements.find((x) => x.id === id);
  if (m) fn(m);
};

/** A plain text cell bound to a measurement's field; every keystroke is an edit, coalesced into one undo step per field. */
function TextCell(props: { id: string; label: string; value: string; maxLength: number; onChange: (value: string) => void }) {
  return (
    <>
      <label htmlFor={props.id} className="visually-hidden">
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        className="text-cell"
        maxLength={props.maxLength}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </>
  );
}

/** One measurement, every field editable in place (undo through the store's history). */
const MeasurementRow = observer(function MeasurementRow({ ind, m }: { ind: Indicator; m: Measurement }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const notation = assessment.document!.context.language;
  const names = { date: m.date, name: ind.name };
  const edit = (field: string, fn: (x: Measurement) => void) => assessment.edit(`${m.id}.${field}`, change(m.id, fn));
  const cellId = (field: string) => `m-${m.id}-${field}`;
  return (
    <tr>
      <td>
        <DateCell
          id={cellId('date')}
          label={t('measureEdit.dateFor', names)}
          value={m.date}
          lang={lang}
          invalidText={t('fields.invalidDate')}
          onCommit={(iso) => edit('date', (x) => (x.date = iso))}
        />
      </td>
      <td>
        <NumberCell
          id={cellId('value')}
          label={t('measureEdit.valueFor', names)}
          value={m.value}
          notation={notation}
          invalidText={t('fields.invalidNumber')}
          onCommit={(v) => {
            if (v !== null) edit('value', (x) => (x.value = v));
          }}
        />
      </td>
      <td>
        <TextCell
          id={cellId('area')}
          label={t('measureEdit.areaFor', names)}
          value={m.comparison?.area ?? ''}
          maxLength={200}
          onChange={(area) =>
            edit('comparison', (x) => {
              if (area.trim() === '' && !x.comparison?.value) x.comparison = null;
              else x.comparison = { area, value: x.comparison?.value ?? 0 };
            })
          }
        />
        <NumberCell
          id={cellId('comparisonValue')}
          label={t('measureEdit.comparisonFor', names)}
          value={m.comparison?.value ?? null}
          notation={notation}
          invalidText={t('fields.invalidNumber')}
          onCommit={(v) =>
            edit('comparison', (x) => {
              if (v === null) x.comparison = x.comparison?.area ? { area: x.comparison.area, value: 0 } : null;
              else x.comparison = { area: x.comparison?.area ?? '', value: v };
            })
          }
        />
      </td>
      <td>
        <TextCell
          id={cellId('source')}
          label={t('measureEdit.sourceFor', names)}
          value={m.source}
          maxLength={500}
          onChange={(v) => edit('source', (x) => (x.source = v))}
        />
      </td>
      <td>
        <TextCell
          id={cellId('note')}
          label={t('measureEdit.noteFor', names)}
          value={m.note}
          maxLength={2000}
          onChange={(v) => edit('note', (x) => (x.note = v))}
        />
      </td>
      <td>
        <button
          type="button"
          className="danger-outline"
          aria-label={`${ind.name}: ${t('measure.removeNamed', { date: m.date })}`}
          onClick={() =>
            assessment.edit(
              `remove-${m.id}`,
              (d) => void (d.implementation.measurements = d.implementation.measurements.filter((x) => x.id !== m.id)),
            )
          }
        >
          {t('measure.remove')}
        </button>
      </td>
    </tr>
  );
});

/** Series shown at a time: each is a fold, and a large document has 150 indicators (the ×10 one 1,500). */
export const SERIES_PAGE_SIZE = 50;

/** Each indicator's series, folded and paged; every measurement can be edited in place or removed. */
export const Series = observer(function Series() {
  const { t } = useTranslation();
  const { assessment } = useStore();
  const doc = assessment.document!;
  const byIndicator = measurementsOf(doc);
  const { visible, pager } = usePage(doc.preparation.indicators, t('measure.seriesTitle'), SERIES_PAGE_SIZE, (ind) => ind.id);
  return (
    <section aria-labelledby="series-title">
      <h2 id="series-title">{t('measure.seriesTitle')}</h2>
      <p className="hint">{t('measureEdit.hint')}</p>
      <ul className="indicator-list series-list">
        {visible.map((ind) => {
          const list = byIndicator.get(ind.id) ?? [];
          return (
            // The indicator's own id: a finding on its measurements (measurement-before-baseline) points here.
            <li key={ind.id} id={`s-${ind.id}`}>
              <LazyDetails itemId={`series-${ind.id}`} summary={t('measure.seriesSummary', { name: ind.name, count: list.length })}>
                {() =>
                  list.length === 0 ? (
                    <p>{t('measure.noMeasurements')}</p>
                  ) : (
                    <ScrollRegion label={t('measure.seriesSummary', { name: ind.name, count: list.length })}>
                      <table className="data-table series-table">
                        <thead>
                          <tr>
                            <th scope="col">{t('measure.date')}</th>
                            <th scope="col">{t('measure.value')}</th>
                            <th scope="col">{t('measure.comparison')}</th>
                            <th scope="col">{t('measure.source')}</th>
                            <th scope="col">{t('measure.note')}</th>
                            <th scope="col">
                              <span className="visually-hidden">{t('measure.remove')}</span>
                            </th>
                          </tr>
                        </thead>
                        <SeriesRows ind={ind} list={list} />
                      </table>
                    </ScrollRegion>
                  )
                }
              </LazyDetails>
            </li>
          );
        })}
      </ul>
      {pager}
    </section>
  );
});

/** The rows of one series, a page at a time. */
function SeriesRows({ ind, list }: { ind: Indicator; list: readonly Measurement[] }) {
  const { t } = useTranslation();
  const { visible, pager } = usePage(list, t('measure.seriesSummary', { name: ind.name, count: list.length }));
  return (
    <tbody>
      {visible.map((m) => (
        <MeasurementRow key={m.id} ind={ind} m={m} />
      ))}
      {pager && (
        <tr>
          <td colSpan={6}>{pager}</td>
        </tr>
      )}
    </tbody>
  );
}
