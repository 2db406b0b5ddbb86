import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { dimensions, themes } from '../../../shared/framework/framework';
import type { ThemeId } from '../../../shared/framework/types';
import type { AssessmentDocument, Effect } from '../../../shared/model/document';
import { emptyEffect } from '../../../shared/model/items';
import { SelectField, TextAreaField } from '../../components/fields';
import { LazyDetails } from '../../components/lazy-details';
import { PlainSelect } from '../../components/plain-select';
import { useStore } from '../../stores/context';
import { choices } from '../options';
import { useLang } from '../use-lang';

/** The effect of an option on a theme, created on first edit. */
function effectOf(d: AssessmentDocument, optionId: string, theme: ThemeId): Effect {
  let effect = d.preparation.effects.find((e) => e.optionId === optionId && e.theme === theme);
  if (!effect) {
    effect = emptyEffect(`eff-${optionId}-${theme}`, optionId, theme);
    d.preparation.effects.push(effect);
    effect = d.preparation.effects.at(-1)!;
  }
  return effect;
}

const CELLS = ['direction', 'confidence', 'lag', 'level', 'scale'] as const;
const TEXTS = ['gains', 'loses', 'rationale', 'evidence'] as const;

const EffectRow = observer(function EffectRow({ optionId, theme }: { optionId: string; theme: ThemeId }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const effect = assessment.document!.preparation.effects.find((e) => e.optionId === optionId && e.theme === theme);
  const id = effect?.id ?? `eff-${optionId}-${theme}`;
  const name = themes.find((x) => x.id === theme)!.name[lang];
  const opts = choices(t, lang);
  const negative = (effect?.direction ?? 0) < 0;
  return (
    <>
      <tr className={negative ? 'negative-row' : undefined}>
        <th scope="row">{name}</th>
        {CELLS.map((cell) => (
          <td key={cell}>
            <SelectField
              label={t('fields.cellLabel', { field: t(`fields.${cell}`), theme: name })}
              hiddenLabel
              field={cell}
              itemId={id}
              value={(effect?.[cell] ?? null) as string | number | null}
              options={opts[cell === 'scale' ? 'scale' : cell] as { value: string | number; label: string }[]}
              onChange={(d, v) => void ((effectOf(d, optionId, theme) as Record<string, unknown>)[cell] = v)}
            />
          </td>
        ))}
      </tr>
      <tr className="effect-details-row">
        <td colSpan={CELLS.length + 1}>
          <LazyDetails itemId={id} summary={t('fields.details', { theme: name })}>
            {() => (
              <div className="form-grid">
                {TEXTS.map((text) => (
                  <TextAreaField
                    key={text}
                    label={`${t(`fields.${text}`)} (${name})`}
                    field={text}
                    itemId={id}
                    rows={2}
                    value={effect?.[text] ?? ''}
                    onChange={(d, v) => void (effectOf(d, optionId, theme)[text] = v)}
                  />
                ))}
              </div>
            )}
          </LazyDetails>
        </td>
      </tr>
    </>
  );
});

/** Step 5: per option, a grid of themes × dimensions with direction, confidence, lag, level, scale. */
export const EffectsStep = observer(function EffectsStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment, wizard } = useStore();
  const options = assessment.document!.preparation.options;
  const option = options.find((o) => o.id === wizard.optionId) ?? options[0];
  if (!option) return <p>{t('fields.emptyList')}</p>;
  return (
    <div>
      <PlainSelect
        id="effects-option"
        label={t('fields.optionFor')}
        value={option.id}
        options={options.map((o) => ({ value: o.id, label: o.name }))}
        onChange={(id) => id && wizard.selectOption(id)}
      />
      <div className="table-scroll">
        <table className="effects-grid">
          <caption>{t('fields.gridCaption', { option: option.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.theme')}</th>
              {CELLS.map((c) => (
                <th scope="col" key={c}>
                  {t(`fields.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          {dimensions.map((dim) => (
            <tbody key={dim.id} id={`s-${dim.id}`}>
              <tr className="dimension-row">
                <th scope="rowgroup" colSpan={CELLS.length + 1}>
                  {dim.name[lang]} <span className="hint">— {dim.description[lang]}</span>
                </th>
              </tr>
              {themes
                .filter((th) => th.dimension === dim.id)
                .map((th) => (
                  <EffectRow key={`${option.id}-${th.id}`} optionId={option.id} theme={th.id} />
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
});
