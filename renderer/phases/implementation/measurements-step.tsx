import { observer } from 'mobx-react-lite';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { latestByIndicator, measurementsByIndicator } from '../../../shared/analysis/measurements';
import { formatNumber, parseNumber, type NumberNotation } from '../../../shared/analysis/numbers';
import { parsePastedMeasurements, type PastedRow } from '../../../shared/analysis/paste';
import type { Measurement } from '../../../shared/model/document';
import { LazyDetails } from '../../components/lazy-details';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';
import { useLang } from '../use-lang';

/** Quick entry: one date and source, a value per indicator; uncontrolled inputs keep 150 rows light. */
const QuickEntry = observer(function QuickEntry() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment, ui } = useStore();
  const doc = assessment.document!;
  const [errors, setErrors] = useState<Record<string, boolean>>({});
  const [dateError, setDateError] = useState(false);
  const latest = latestByIndicator(doc.implementation.measurements);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const date = String(data.get('date') ?? '');
    if (!date) {
      setDateError(true);
      return;
    }
    setDateError(false);
    const source = String(data.get('source') ?? '');
    const bad: Record<string, boolean> = {};
    const good: Measurement[] = [];
    for (const ind of doc.preparation.indicators) {
      const raw = String(data.get(`v-${ind.id}`) ?? '');
      if (raw.trim() === '') continue;
      const value = parseNumber(raw, doc.context.language);
      if (value === null) bad[ind.id] = true;
      else good.push({ id: newItemId('m'), indicatorId: ind.id, date, value, source, note: '', comparison: null });
    }
    setErrors(bad);
    if (good.length > 0) assessment.edit('quick-entry', (d) => void d.implementation.measurements.push(...good));
    for (const m of good) (form.elements.namedItem(`v-${m.indicatorId}`) as HTMLInputElement).value = '';
    const count = Object.keys(bad).length;
    ui.notify({ kind: 'status', text: count ? t('measure.badValues', { count }) : t('measure.added', { count: good.length }) });
  }

  return (
    <section aria-labelledby="quick-title">
      <h2 id="quick-title">{t('measure.quickTitle')}</h2>
      <p className="hint">{t('measure.quickIntro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="quick-date">{t('measure.date')}</label>
            <input
              id="quick-date"
              name="date"
              type="date"
              aria-invalid={dateError || undefined}
              aria-describedby={dateError ? 'quick-date-error' : undefined}
            />
            {dateError ? (
              <p id="quick-date-error" className="field-error">
                {t('measure.needDate')}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="quick-source">{t('measure.source')}</label>
            <input id="quick-source" name="source" type="text" maxLength={500} />
          </div>
        </div>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('measure.indicator')}</th>
                <th scope="col">{t('measure.unit')}</th>
                <th scope="col">{t('measure.latest')}</th>
                <th scope="col">{t('measure.newValue')}</th>
              </tr>
            </thead>
            <tbody>
              {doc.preparation.indicators.map((ind) => {
                const last = latest.get(ind.id);
                return (
                  <tr key={ind.id}>
                    <th scope="row">{ind.name}</th>
                    <td>{ind.unit}</td>
                    <td>{last ? `${formatNumber(last.value, lang)} (${last.date})` : '—'}</td>
                    <td>
                      <label htmlFor={`q-${ind.id}`} className="visually-hidden">
                        {t('measure.newValueFor', { name: ind.name })}
                      </label>
                      <input
                        id={`q-${ind.id}`}
                        name={`v-${ind.id}`}
                        type="text"
                        inputMode="decimal"
                        className="value-input"
                        aria-invalid={errors[ind.id] || undefined}
                        aria-describedby={errors[ind.id] ? `q-${ind.id}-error` : undefined}
                      />
                      {errors[ind.id] ? (
                        <span id={`q-${ind.id}-error`} className="field-error">
                          {t('measure.badValue')}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button type="submit" className="primary">
          {t('measure.add')}
        </button>
      </form>
    </section>
  );
});

/** Paste from a spreadsheet, with a preview and an error per bad row; good rows can be added. */
const PasteEntry = observer(function PasteEntry() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment, ui } = useStore();
  const [text, setText] = useState('');
  const [notation, setNotation] = useState<NumberNotation>(assessment.document!.context.language);
  const [rows, setRows] = useState<PastedRow[] | null>(null);
  const good = rows?.filter((r): r is Extract<PastedRow, { ok: true }> => r.ok) ?? [];
  const bad = rows?.filter((r): r is Extract<PastedRow, { ok: false }> => !r.ok) ?? [];

  function add() {
    assessment.edit(
      'paste',
      (d) => void d.implementation.measurements.push(...good.map((r) => ({ ...r.measurement, id: newItemId('m') }))),
    );
    const lines = text.split(/\r?\n/);
    setText(bad.map((r) => lines[r.line - 1]).join('\n'));
    setRows(null);
    ui.notify({ kind: 'status', text: t('measure.pasted', { count: good.length }) });
  }

  return (
    <section aria-labelledby="paste-title">
      <h2 id="paste-title">{t('measure.pasteTitle')}</h2>
      <p className="hint" id="paste-hint">
        {t('measure.pasteIntro')}
      </p>
      <div className="field">
        <label htmlFor="paste-text">{t('measure.pasteLabel')}</label>
        <textarea id="paste-text" rows={6} value={text} aria-describedby="paste-hint" onChange={(e) => setText(e.target.value)} />
      </div>
      <fieldset className="inline-fieldset">
        <legend>{t('measure.decimal')}</legend>
        <label className="inline">
          <input type="radio" name="decimal" checked={notation === 'nl'} onChange={() => setNotation('nl')} />
          {t('measure.decimalComma')}
        </label>
        <label className="inline">
          <input type="radio" name="decimal" checked={notation === 'en'} onChange={() => setNotation('en')} />
          {t('measure.decimalPoint')}
        </label>
      </fieldset>
      <button type="button" onClick={() => setRows(parsePastedMeasurements(text, assessment.document!.preparation.indicators, notation))}>
        {t('measure.preview')}
      </button>
      {rows ? (
        <div className="paste-preview">
          <div role="status">
            <h3>{t('measure.previewTitle', { good: good.length, bad: bad.length })}</h3>
          </div>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('measure.line')}</th>
                <th scope="col">{t('measure.indicator')}</th>
                <th scope="col">{t('measure.date')}</th>
                <th scope="col">{t('measure.value')}</th>
                <th scope="col">{t('measure.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.line} className={r.ok ? undefined : 'row-error'}>
                  <td>{r.line}</td>
                  <td>{r.ok ? r.indicatorName : r.cells[0]}</td>
                  <td>{r.ok ? r.measurement.date : r.cells[1]}</td>
                  <td>{r.ok ? formatNumber(r.measurement.value, lang, 4) : r.cells[2]}</td>
                  <td>{r.ok ? `✓ ${t('measure.ok')}` : `✗ ${r.errors.map((e) => t(`paste.${e.code}`, { text: e.text })).join('; ')}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {good.length > 0 ? (
            <button type="button" className="primary" onClick={add}>
              {t('measure.addGood', { count: good.length })}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
});

/** Each indicator's series, folded; measurements can be removed. */
const Series = observer(function Series() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const doc = assessment.document!;
  const byIndicator = measurementsByIndicator(doc.implementation.measurements);
  return (
    <section aria-labelledby="series-title">
      <h2 id="series-title">{t('measure.seriesTitle')}</h2>
      <ul className="indicator-list">
        {doc.preparation.indicators.map((ind) => {
          const list = byIndicator.get(ind.id) ?? [];
          return (
            <li key={ind.id}>
              <LazyDetails itemId={`series-${ind.id}`} summary={t('measure.seriesSummary', { name: ind.name, count: list.length })}>
                {() =>
                  list.length === 0 ? (
                    <p>{t('measure.noMeasurements')}</p>
                  ) : (
                    <table className="data-table">
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
                      <tbody>
                        {list.map((m) => (
                          <tr key={m.id}>
                            <td>{m.date}</td>
                            <td>{formatNumber(m.value, lang, 4)}</td>
                            <td>{m.comparison ? `${m.comparison.area}: ${formatNumber(m.comparison.value, lang, 4)}` : '—'}</td>
                            <td>{m.source}</td>
                            <td>{m.note}</td>
                            <td>
                              <button
                                type="button"
                                className="danger-outline"
                                aria-label={`${ind.name}: ${t('measure.removeNamed', { date: m.date })}`}
                                onClick={() =>
                                  assessment.edit(
                                    `remove-${m.id}`,
                                    (d) =>
                                      void (d.implementation.measurements = d.implementation.measurements.filter((x) => x.id !== m.id)),
                                  )
                                }
                              >
                                {t('measure.remove')}
                              </button>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )
                }
              </LazyDetails>
            </li>
          );
        })}
      </ul>
    </section>
  );
});

/** Implementation step 1: measurements per indicator over time. */
export function MeasurementsStep() {
  return (
    <div>
      <QuickEntry />
      <PasteEntry />
      <Series />
    </div>
  );
}
