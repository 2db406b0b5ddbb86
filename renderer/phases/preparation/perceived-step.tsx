import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { THEME_IDS, themeOf } from '../../../shared/framework/framework';
import type { AssessmentDocument, PerceivedOutcome } from '../../../shared/model/document';
import { SelectField, TextAreaField } from '../../components/fields';
import { isFrozenItem, useFrozenView } from '../../components/locked';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';
import { useLang } from '../use-lang';

/** Step 8: what citizens should notice, how and when perception is measured, linked indicators. */
export const PerceivedStep = observer(function PerceivedStep() {
  const { t } = useTranslation();
  const view = useFrozenView();
  const lang = useLang();
  const { assessment } = useStore();
  const p = assessment.document!.preparation;
  const themeOptions = THEME_IDS.map((id) => ({ value: id, label: themeOf(id).name[lang] }));
  const indicatorOptions = p.indicators.map((i) => ({ value: i.id, label: i.name }));
  const on = (id: string, fn: (x: PerceivedOutcome) => void) => (d: AssessmentDocument) => {
    const x = d.preparation.perceivedOutcomes.find((y) => y.id === id);
    if (x) fn(x);
  };
  return (
    <div>
      {p.perceivedOutcomes.length === 0 ? <p>{t('fields.emptyList')}</p> : null}
      {p.perceivedOutcomes.map((o, i) => (
        <fieldset key={o.id} className="item-card" id={`s-${o.id}`}>
          <legend>{t('fields.perceivedLegend', { n: i + 1 })}</legend>
          <TextAreaField
            label={t('fields.perceivedDescription')}
            field="description"
            itemId={o.id}
            of={t('fields.perceivedLegend', { n: i + 1 })}
            rows={2}
            value={o.description}
            onChange={(d, v) => on(o.id, (x) => (x.description = v))(d)}
          />
          <TextAreaField
            label={t('fields.perceivedMeasurement')}
            field="measurement"
            itemId={o.id}
            of={t('fields.perceivedLegend', { n: i + 1 })}
            rows={2}
            value={o.measurement}
            onChange={(d, v) => on(o.id, (x) => (x.measurement = v))(d)}
          />
          <SelectField
            label={t('fields.perceivedTheme')}
            field="theme"
            itemId={o.id}
            of={t('fields.perceivedLegend', { n: i + 1 })}
            value={o.theme}
            options={themeOptions}
            emptyLabel={t('fields.none')}
            onChange={(d, v) => on(o.id, (x) => (x.theme = v))(d)}
          />
          <SelectField
            label={t('fields.perceivedIndicator')}
            field="indicatorId"
            itemId={o.id}
            of={t('fields.perceivedLegend', { n: i + 1 })}
            value={o.indicatorId}
            options={indicatorOptions}
            emptyLabel={t('fields.none')}
            onChange={(d, v) => on(o.id, (x) => (x.indicatorId = v))(d)}
          />
          {isFrozenItem(view, o.id) ? null : (
            <button
              type="button"
              className="danger-outline"
              onClick={() =>
                assessment.edit(
                  `remove-${o.id}`,
                  (d) => void (d.preparation.perceivedOutcomes = d.preparation.perceivedOutcomes.filter((x) => x.id !== o.id)),
                )
              }
            >
              {t('fields.removePerceived', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          assessment.edit(
            'add-perceived',
            (d) =>
              void d.preparation.perceivedOutcomes.push({
                id: newItemId('po'),
                description: '',
                measurement: '',
                theme: null,
                indicatorId: null,
              }),
          )
        }
      >
        {t('fields.addPerceived')}
      </button>
    </div>
  );
});
