import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { THEME_IDS, themeOf } from '../../../shared/framework/framework';
import type { AssessmentDocument } from '../../../shared/model/document';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';
import { useLang } from '../use-lang';

type Signal = AssessmentDocument['implementation']['citizenSignals'][number];

/** Implementation step 3: what residents noticed so far (source, date, what, by whom). */
export const CitizenSignalsStep = observer(function CitizenSignalsStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const signals = assessment.document!.implementation.citizenSignals;
  const on = (id: string, fn: (x: Signal) => void) => (d: AssessmentDocument) => {
    const x = d.implementation.citizenSignals.find((y) => y.id === id);
    if (x) fn(x);
  };
  const themeOptions = THEME_IDS.map((id) => ({ value: id, label: themeOf(id).name[lang] }));
  return (
    <div>
      {signals.map((s, i) => (
        <fieldset key={s.id} className="item-card form-grid" id={`s-${s.id}`}>
          <legend>{t('citizen.legend', { n: i + 1 })}</legend>
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
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          assessment.edit(
            'add-citizen',
            (d) =>
              void d.implementation.citizenSignals.push({
                id: newItemId('cs'),
                date: new Date().toISOString().slice(0, 10),
                source: '',
                observation: '',
                by: '',
                theme: null,
              }),
          )
        }
      >
        {t('citizen.add')}
      </button>
    </div>
  );
});
