import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { THEME_IDS, themeOf } from '../../../shared/framework/framework';
import type { AssessmentDocument, Indicator } from '../../../shared/model/document';
import { describeAdjusted, type FieldValue } from '../../../shared/analysis/adjusted';
import { formatNumber } from '../../../shared/analysis/numbers';
import { LazyDetails } from '../../components/lazy-details';
import { RemoveButton } from '../../components/remove-button';
import { NumberField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { adjustedField, isFrozenItem, useFrozenView } from '../../components/locked';
import { useStore } from '../../stores/context';
import { MarginField } from './margin-field';
import { choices } from '../options';
import { useLang } from '../use-lang';

const on = (id: string, fn: (x: Indicator) => void) => (d: AssessmentDocument) => {
  const x = d.preparation.indicators.find((y) => y.id === id);
  if (x) fn(x);
};

/** The fields of one chosen indicator, folded in a <details> so long lists stay light. */
export const IndicatorEditor = observer(function IndicatorEditor({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const i = indicator;
  const id = i.id;
  const complete = i.baseline && i.target && i.source.trim() && i.scale;
  const view = useFrozenView();
  const frozen = isFrozenItem(view, id);
  const doc = assessment.document!;
  const show = (v: FieldValue | undefined) =>
    typeof v === 'number' ? `${formatNumber(v, lang, 4)}${i.unit ? ` ${i.unit}` : ''}` : v === null || v === undefined ? '—' : String(v);
  // Baseline and target as frozen and as adjusted, where they differ.
  const adjusted = frozen
    ? (['baseline', 'target'] as const)
        .map((field) => ({ field, value: view && adjustedField(doc, id, field, view) }))
        .filter((x) => x.value?.changed)
        .map(
          (x) => `${t(x.field === 'target' ? 'fields.targetValue' : 'fields.baselineValue')}: ${describeAdjusted(x.value, show, t, lang)}`,
        )
    : [];
  return (
    <li>
      <LazyDetails
        itemId={id}
        summary={
          <>
            <span className="ind-name">{i.name || '—'}</span>{' '}
            <span className="hint">
              · {themeOf(i.theme).name[lang]} · {t(`enums.kind.${i.kind}`)} ·{' '}
              {i.catalogueId ? t('fields.fromCatalogue') : t('fields.custom')}
            </span>
            {complete ? null : <span className="badge warn"> ! </span>}
            {adjusted.map((line) => (
              <span key={line} className="adjusted-note block">
                {line}
              </span>
            ))}
          </>
        }
      >
        {() => (
          <>
            <IndicatorFields indicator={i} />
            {frozen ? null : (
              <RemoveButton
                item={{ kind: 'indicator', id }}
                what={t('a11y.confirm.indicator', { name: i.name })}
                label={t('fields.removeIndicator', { name: i.name })}
              />
            )}
          </>
        )}
      </LazyDetails>
    </li>
  );
});

const IndicatorFields = observer(function IndicatorFields({ indicator: i }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLang();
  const opts = choices(t, lang);
  const id = i.id;
  const themeOptions = THEME_IDS.map((x) => ({ value: x, label: themeOf(x).name[lang] }));
  const n = (label: string) => `${label} (${i.name})`;
  return (
    <div className="form-grid">
      <TextField
        label={n(t('fields.name'))}
        field="name"
        itemId={id}
        value={i.name}
        maxLength={300}
        onChange={(d, v) => on(id, (x) => (x.name = v))(d)}
        className="wide"
      />
      <TextAreaField
        label={n(t('fields.explanation'))}
        field="definition"
        itemId={id}
        rows={2}
        value={i.definition}
        onChange={(d, v) => on(id, (x) => (x.definition = v))(d)}
        className="wide"
      />
      <SelectField
        label={n(t('fields.theme'))}
        field="theme"
        itemId={id}
        value={i.theme}
        allowEmpty={false}
        options={themeOptions}
        onChange={(d, v) => on(id, (x) => (x.theme = v ?? x.theme))(d)}
      />
      <TextField
        label={n(t('fields.unit'))}
        field="unit"
        itemId={id}
        value={i.unit}
        maxLength={100}
        onChange={(d, v) => on(id, (x) => (x.unit = v))(d)}
      />
      <SelectField
        label={n(t('fields.goodDirection'))}
        field="goodDirection"
        itemId={id}
        value={i.goodDirection}
        allowEmpty={false}
        options={opts.goodDirection}
        onChange={(d, v) => on(id, (x) => (x.goodDirection = v ?? x.goodDirection))(d)}
      />
      <SelectField
        label={n(t('fields.kind'))}
        field="kind"
        itemId={id}
        value={i.kind}
        allowEmpty={false}
        options={opts.kind}
        onChange={(d, v) => on(id, (x) => (x.kind = v ?? x.kind))(d)}
      />
      <TextField
        label={n(t('fields.source'))}
        field="source"
        itemId={id}
        value={i.source}
        onChange={(d, v) => on(id, (x) => (x.source = v))(d)}
      />
      <SelectField
        label={n(t('fields.scale'))}
        field="scale"
        itemId={id}
        value={i.scale}
        options={opts.scale}
        onChange={(d, v) => on(id, (x) => (x.scale = v))(d)}
      />
      <SelectField
        label={n(t('fields.level'))}
        field="level"
        itemId={id}
        value={i.level}
        options={opts.level}
        onChange={(d, v) => on(id, (x) => (x.level = v))(d)}
      />
      <NumberField
        label={n(t('fields.baselineValue'))}
        field="baseline"
        itemId={id}
        value={i.baseline?.value ?? null}
        onChange={(d, v) =>
          on(id, (x) => (x.baseline = v === null ? null : { value: v, year: x.baseline?.year ?? new Date().getFullYear() }))(d)
        }
      />
      <NumberField
        label={n(t('fields.baselineYear'))}
        field="baselineYear"
        itemId={id}
        integer
        min={1900}
        max={2200}
        value={i.baseline?.year ?? null}
        onChange={(d, v) => on(id, (x) => (x.baseline = v === null ? null : { value: x.baseline?.value ?? 0, year: v }))(d)}
      />
      <NumberField
        label={n(t('fields.targetValue'))}
        field="target"
        itemId={id}
        value={i.target?.value ?? null}
        onChange={(d, v) =>
          on(id, (x) => (x.target = v === null ? null : { value: v, year: x.target?.year ?? new Date().getFullYear() + 4 }))(d)
        }
      />
      <NumberField
        label={n(t('fields.targetYear'))}
        field="targetYear"
        itemId={id}
        integer
        min={1900}
        max={2200}
        value={i.target?.year ?? null}
        onChange={(d, v) => on(id, (x) => (x.target = v === null ? null : { value: x.target?.value ?? 0, year: v }))(d)}
      />
      <MarginField indicator={i} />
      <SelectField
        label={n(t('fields.frequency'))}
        field="frequency"
        itemId={id}
        value={i.frequency}
        options={opts.frequency}
        onChange={(d, v) => on(id, (x) => (x.frequency = v))(d)}
      />
      <SelectField
        label={n(t('fields.dataCost'))}
        field="dataCost"
        itemId={id}
        value={i.dataCost}
        options={opts.costQuality}
        onChange={(d, v) => on(id, (x) => (x.dataCost = v))(d)}
      />
      <SelectField
        label={n(t('fields.dataQuality'))}
        field="dataQuality"
        itemId={id}
        value={i.dataQuality}
        options={opts.costQuality}
        onChange={(d, v) => on(id, (x) => (x.dataQuality = v))(d)}
      />
      <TextField
        label={n(t('fields.indicatorOwner'))}
        field="owner"
        itemId={id}
        value={i.owner}
        onChange={(d, v) => on(id, (x) => (x.owner = v))(d)}
      />
    </div>
  );
});
