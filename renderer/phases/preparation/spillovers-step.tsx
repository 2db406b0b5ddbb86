import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { THEME_IDS, themeOf } from '../../../shared/framework/framework';
import type { ThemeId } from '../../../shared/framework/types';
import { fieldId, SelectField, TextAreaField } from '../../components/fields';
import { LazyDetails } from '../../components/lazy-details';
import { PlainSelect } from '../../components/plain-select';
import { isFrozenItem, useFrozenView } from '../../components/locked';
import { useStore } from '../../stores/context';
import { choices, newItemId } from '../options';
import { useLang } from '../use-lang';
import { SpilloverMatrix } from './spillover-matrix';

/** Step 6: cross-domain effects, theme A → theme B, as a list to edit and a matrix to read. */
export const SpilloversStep = observer(function SpilloversStep() {
  const { t } = useTranslation();
  const view = useFrozenView();
  const lang = useLang();
  const { assessment, wizard } = useStore();
  const spillovers = assessment.document!.preparation.spillovers;
  const opts = choices(t, lang);
  const themeOptions = THEME_IDS.map((id) => ({ value: id, label: themeOf(id).name[lang] }));
  const [from, setFrom] = useState<ThemeId>('arbeid-en-vrije-tijd');
  const [to, setTo] = useState<ThemeId>('gezondheid');

  return (
    <div>
      <fieldset className="add-spillover">
        <legend>{t('fields.addSpillover')}</legend>
        <PlainSelect id="new-spill-from" label={t('fields.from')} value={from} options={themeOptions} onChange={(v) => v && setFrom(v)} />
        <PlainSelect id="new-spill-to" label={t('fields.to')} value={to} options={themeOptions} onChange={(v) => v && setTo(v)} />
        <button
          type="button"
          onClick={() => {
            const id = newItemId('sp');
            assessment.edit(
              'add-spillover',
              (d) => void d.preparation.spillovers.push({ id, from, to, sign: 'positive', strength: 2, explanation: '' }),
            );
            // Open the new link and put the focus on its sign.
            wizard.focusLater(fieldId('sign', id));
          }}
        >
          {t('fields.addSpillover')}
        </button>
      </fieldset>

      <h2>{t('fields.spilloverList')}</h2>
      {spillovers.length === 0 ? <p>{t('fields.matrixEmpty')}</p> : null}
      <ul className="spillover-list">
        {spillovers.map((s) => {
          const label = `${themeOf(s.from).name[lang]} → ${themeOf(s.to).name[lang]}`;
          const update = (fn: (x: typeof s) => void) => (d: Parameters<Parameters<typeof SelectField>[0]['onChange']>[0]) => {
            const x = d.preparation.spillovers.find((y) => y.id === s.id);
            if (x) fn(x);
          };
          return (
            <li key={s.id} className={s.sign === 'negative' ? 'negative-item' : undefined}>
              <LazyDetails
                itemId={s.id}
                texts={[s.explanation]}
                summary={
                  <>
                    {s.sign === 'negative' ? (
                      <span className="negative-badge">▼ {t('fields.negativeMark')}</span>
                    ) : (
                      <span className="positive-badge">▲</span>
                    )}{' '}
                    {label} · {t(`enums.strength.${s.strength}`)}
                  </>
                }
              >
                {() => (
                  <div className="spillover-fields">
                    <SelectField
                      label={`${t('fields.from')} (${label})`}
                      field="from"
                      itemId={s.id}
                      value={s.from}
                      allowEmpty={false}
                      options={themeOptions}
                      onChange={(d, v) => update((x) => (x.from = v ?? x.from))(d)}
                    />
                    <SelectField
                      label={`${t('fields.to')} (${label})`}
                      field="to"
                      itemId={s.id}
                      value={s.to}
                      allowEmpty={false}
                      options={themeOptions}
                      onChange={(d, v) => update((x) => (x.to = v ?? x.to))(d)}
                    />
                    <SelectField
                      label={`${t('fields.sign')} (${label})`}
                      field="sign"
                      itemId={s.id}
                      value={s.sign}
                      allowEmpty={false}
                      options={opts.sign}
                      onChange={(d, v) => update((x) => (x.sign = v ?? x.sign))(d)}
                    />
                    <SelectField
                      label={`${t('fields.strength')} (${label})`}
                      field="strength"
                      itemId={s.id}
                      value={s.strength}
                      allowEmpty={false}
                      options={opts.strength}
                      onChange={(d, v) => update((x) => (x.strength = v ?? x.strength))(d)}
                    />
                    <TextAreaField
                      label={`${t('fields.explanation')} (${label})`}
                      field="explanation"
                      itemId={s.id}
                      rows={2}
                      value={s.explanation}
                      onChange={(d, v) => update((x) => (x.explanation = v))(d)}
                      className="wide"
                    />
                    {isFrozenItem(view, s.id) ? null : (
                      <button
                        type="button"
                        className="danger-outline"
                        onClick={() =>
                          assessment.edit(
                            `remove-${s.id}`,
                            (d) => void (d.preparation.spillovers = d.preparation.spillovers.filter((x) => x.id !== s.id)),
                          )
                        }
                      >
                        {t('fields.removeSpillover', { from: themeOf(s.from).name[lang], to: themeOf(s.to).name[lang] })}
                      </button>
                    )}
                  </div>
                )}
              </LazyDetails>
            </li>
          );
        })}
      </ul>
      <SpilloverMatrix />
    </div>
  );
});
