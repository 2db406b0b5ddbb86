import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { THEME_IDS, themeOf } from '../../../shared/framework/framework';
import type { AssessmentDocument } from '../../../shared/model/document';
import { formatDateText } from '../../../shared/model/date-text';
import { SelectField, TextAreaField, TextField, fieldId } from '../../components/fields';
import { LazyDetails } from '../../components/lazy-details';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';
import { useLang } from '../use-lang';

type Signal = AssessmentDocument['implementation']['citizenSignals'][number];

/**
 * Implementation step 3: what residents noticed so far (source, date, what, by whom). Each signal is a fold whose fields
 * are made when it opens (issue 17: a long log stays light); its summary gives the date, the source and what was noticed.
 * A new signal opens with the focus on its date.
 */
export const CitizenSignalsStep = observer(function CitizenSignalsStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment, wizard } = useStore();
  const signals = assessment.document!.implementation.citizenSignals;
  const on = (id: string, fn: (x: Signal) => void) => (d: AssessmentDocument) => {
    const x = d.implementation.citizenSignals.find((y) => y.id === id);
    if (x) fn(x);
  };
  const themeOptions = THEME_IDS.map((id) => ({ value: id, label: themeOf(id).name[lang] }));
  return (
    <div>
      <ul className="signal-list">
        {signals.map((s, i) => (
          <li key={s.id}>
            <LazyDetails
              itemId={s.id}
              summary={[`${t('citizen.legend', { n: i + 1 })}: ${formatDateText(s.date, lang)}`, s.source.trim()]
                .filter(Boolean)
                .join(', ')}
              texts={[s.observation, s.by]}
            >
              {() => (
                <div className="form-grid">
                  <TextField
                    label={t('citizen.date')}
                    field="date"
                    itemId={s.id}
                    of={t('citizen.legend', { n: i + 1 })}
                    type="date"
                    value={s.date}
                    onChange={(d, v) => on(s.id, (x) => (x.date = v || x.date))(d)}
                  />
                  <TextField
                    label={t('citizen.source')}
                    field="source"
                    itemId={s.id}
                    of={t('citizen.legend', { n: i + 1 })}
                    value={s.source}
                    onChange={(d, v) => on(s.id, (x) => (x.source = v))(d)}
                  />
                  <TextField
                    label={t('citizen.by')}
                    field="by"
                    itemId={s.id}
                    of={t('citizen.legend', { n: i + 1 })}
                    value={s.by}
                    onChange={(d, v) => on(s.id, (x) => (x.by = v))(d)}
                  />
                  <SelectField
                    label={t('citizen.theme')}
                    field="theme"
                    itemId={s.id}
                    of={t('citizen.legend', { n: i + 1 })}
                    value={s.theme}
                    options={themeOptions}
                    emptyLabel={t('fields.none')}
                    onChange={(d, v) => on(s.id, (x) => (x.theme = v))(d)}
                  />
                  <TextAreaField
                    label={t('citizen.observation')}
                    field="observation"
                    itemId={s.id}
                    of={t('citizen.legend', { n: i + 1 })}
                    rows={3}
                    value={s.observation}
                    onChange={(d, v) => on(s.id, (x) => (x.observation = v))(d)}
                    className="wide"
                  />
                  <div className="wide">
                    <button
                      type="button"
                      className="danger-outline"
                      onClick={() =>
                        assessment.edit(
                          `remove-${s.id}`,
                          (d) => void (d.implementation.citizenSignals = d.implementation.citizenSignals.filter((x) => x.id !== s.id)),
                        )
                      }
                    >
                      {t('citizen.remove', { n: i + 1 })}
                    </button>
                  </div>
                </div>
              )}
            </LazyDetails>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          const id = newItemId('cs');
          assessment.edit(
            'add-citizen',
            (d) =>
              void d.implementation.citizenSignals.push({
                id,
                date: new Date().toISOString().slice(0, 10),
                source: '',
                observation: '',
                by: '',
                theme: null,
              }),
          );
          wizard.focusLater(fieldId('date', id));
        }}
      >
        {t('citizen.add')}
      </button>
    </div>
  );
});
