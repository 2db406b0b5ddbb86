import { observer } from 'mobx-react-lite';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { formatNumber, parseNumber } from '../../../../shared/analysis/numbers';
import { DATE_PATTERN, parseDateText } from '../../../../shared/model/date-text';
import type { Measurement } from '../../../../shared/model/document';
import { usePage } from '../../../components/pager';
import { useStore } from '../../../stores/context';
import { newItemId } from '../../options';
import { latestMeasurementOf } from '../../per-version';
import { useLang } from '../../use-lang';

/** Indicators per page of the quick entry (a ×10 document has 1,500: one input each). */
export const QUICK_PAGE_SIZE = 50;

/**
 * Quick entry: one date and source, a value per indicator; uncontrolled inputs keep the rows light. The
 * rows come a page at a time; what is typed on one page is kept while the user pages, and "Toevoegen"
 * adds the values of every page.
 */
export const QuickEntry = observer(function QuickEntry() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment, ui } = useStore();
  const doc = assessment.document!;
  const [errors, setErrors] = useState<Record<string, boolean>>({});
  const [dateError, setDateError] = useState<string | null>(null);
  const latest = latestMeasurementOf(doc);
  // The typed values by indicator, also of rows on other pages (an uncontrolled input leaves with its page).
  const values = useRef(new Map<string, string>()).current;
  const { visible, pager, start, reveal } = usePage(doc.preparation.indicators, t('measure.quickTitle'), QUICK_PAGE_SIZE);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const typed = String(data.get('date') ?? '').trim();
    const date = parseDateText(typed);
    if (!date) {
      setDateError(typed ? t('dates.invalid', { text: typed }) : t('measure.needDate'));
      return;
    }
    setDateError(null);
    const source = String(data.get('source') ?? '');
    const bad: Record<string, boolean> = {};
    const good: Measurement[] = [];
    for (const ind of doc.preparation.indicators) {
      const raw = values.get(ind.id) ?? '';
      if (raw.trim() === '') continue;
      const value = parseNumber(raw, doc.context.language);
      if (value === null) bad[ind.id] = true;
      else good.push({ id: newItemId('m'), indicatorId: ind.id, date, value, source, note: '', comparison: null });
    }
    setErrors(bad);
    if (good.length > 0) assessment.edit('quick-entry', (d) => void d.implementation.measurements.push(...good));
    for (const m of good) {
      values.delete(m.indicatorId);
      const input = form.elements.namedItem(`v-${m.indicatorId}`) as HTMLInputElement | null;
      if (input) input.value = '';
    }
    const count = Object.keys(bad).length;
    // The first bad value on another page: show that page.
    const firstBad = doc.preparation.indicators.findIndex((ind) => bad[ind.id]);
    if (firstBad >= 0 && (firstBad < start || firstBad >= start + visible.length)) reveal(firstBad);
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
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="date-input"
              placeholder={DATE_PATTERN[lang]}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? 'quick-date-hint quick-date-error' : 'quick-date-hint'}
            />
            <span id="quick-date-hint" className="visually-hidden">
              {t('dates.format')}
            </span>
            {dateError ? (
              <p id="quick-date-error" className="field-error">
                {dateError}
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
              {visible.map((ind) => {
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
                        defaultValue={values.get(ind.id) ?? ''}
                        onChange={(e) => (e.target.value ? values.set(ind.id, e.target.value) : values.delete(ind.id))}
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
        {pager}
        <button type="submit" className="primary">
          {t('measure.add')}
        </button>
      </form>
    </section>
  );
});
