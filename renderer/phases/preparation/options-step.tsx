import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { TextAreaField, TextField } from '../../components/fields';
import { isFrozenItem, useFrozenView } from '../../components/locked';
import { useStore } from '../../stores/context';
import { emptyOption } from '../../../shared/model/items';
import { newItemId } from '../options';
import { OptionCosts } from './option-costs';
import { RemoveButton } from '../../components/remove-button';

/** Step 4: the proposal, alternatives and the zero option; add, remove, rename; the preferred one. */
export const OptionsStep = observer(function OptionsStep() {
  const { t } = useTranslation();
  const view = useFrozenView();
  const { assessment } = useStore();
  const p = assessment.document!.preparation;
  return (
    <div>
      <fieldset className="options-preferred">
        <legend>{t('fields.preferred')}</legend>
        {p.options.map((o) => (
          <label key={o.id} className="inline">
            <input
              type="radio"
              name="preferred"
              checked={p.preferredOptionId === o.id}
              disabled={view !== null}
              onChange={() => assessment.edit('preferred', (d) => void (d.preparation.preferredOptionId = o.id))}
            />
            {o.name || '—'}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t('tradeoff.fields.preferredReason')}
        field="preferredReason"
        rows={3}
        value={p.preferredReason}
        onChange={(d, v) => void (d.preparation.preferredReason = v)}
      />
      {p.options.map((o, i) => (
        <fieldset key={o.id} className="option-card" id={`s-${o.id}`}>
          <legend>{o.name || t('fields.optionName', { n: i + 1 })}</legend>
          <TextField
            label={t('fields.optionName', { n: i + 1 })}
            field="name"
            itemId={o.id}
            value={o.name}
            maxLength={300}
            onChange={(d, v) => void (d.preparation.options.find((x) => x.id === o.id)!.name = v)}
          />
          <TextAreaField
            label={t('fields.optionDescription', { n: i + 1 })}
            field="description"
            itemId={o.id}
            rows={3}
            value={o.description}
            onChange={(d, v) => void (d.preparation.options.find((x) => x.id === o.id)!.description = v)}
          />
          <label className="inline">
            <input
              type="checkbox"
              checked={o.isZeroOption}
              disabled={isFrozenItem(view, o.id)}
              onChange={(e) =>
                assessment.edit(
                  `zero-${o.id}`,
                  (d) => void (d.preparation.options.find((x) => x.id === o.id)!.isZeroOption = e.target.checked),
                )
              }
            />
            {t('a11y.zeroOptionNamed', { name: o.name || t('fields.optionName', { n: i + 1 }) })}
          </label>
          <OptionCosts option={o} />
          <div>
            <RemoveButton
              item={{ kind: 'option', id: o.id }}
              what={t('a11y.confirm.option', { name: o.name || i + 1 })}
              label={t('fields.removeOption', { name: o.name || i + 1 })}
              disabled={p.options.length <= 1 || isFrozenItem(view, o.id)}
            />
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          assessment.edit('add-option', (d) => void d.preparation.options.push(emptyOption(newItemId('opt'), t('fields.newOption'))))
        }
      >
        {t('fields.addOption')}
      </button>
    </div>
  );
});
