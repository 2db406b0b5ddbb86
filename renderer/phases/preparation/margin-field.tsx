import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { isPercentage, marginOf } from '../../../shared/analysis/grade';
import { formatNumber } from '../../../shared/analysis/numbers';
import type { AssessmentDocument, Indicator } from '../../../shared/model/document';
import { NumberField, SelectField } from '../../components/fields';
import { useLang } from '../use-lang';

type Kind = 'none' | 'absolute' | 'sample';

const on = (id: string, fn: (x: Indicator) => void) => (d: AssessmentDocument) => {
  const x = d.preparation.indicators.find((y) => y.id === id);
  if (x) fn(x);
};

/**
 * An indicator's margin of error: none, an absolute value in its unit, or a survey's sample size
 * (a 95 % margin for percentages, shared/analysis/grade.ts). Changes within it count as no change.
 */
export const MarginField = observer(function MarginField({ indicator: i }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = i.id;
  const n = (label: string) => `${label} (${i.name})`;
  const kind: Kind = i.margin?.kind ?? 'none';
  const hintId = `margin-hint-${id}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const note =
    i.margin?.kind === 'sample'
      ? isPercentage(i.unit)
        ? t('marginField.computed', { margin: formatNumber(marginOf(i.margin, i.unit, 50), lang) })
        : t('marginField.notPercent')
      : null;
  return (
    <fieldset className="wide inline-fieldset margin-field" aria-describedby={hintId}>
      <legend>{n(t('marginField.legend'))}</legend>
      <p id={hintId} className="hint">
        {t('marginField.hint')}
      </p>
      <SelectField<Kind>
        label={n(t('marginField.kind'))}
        field="marginKind"
        itemId={id}
        value={kind}
        allowEmpty={false}
        options={(['none', 'absolute', 'sample'] as const).map((value) => ({ value, label: t(`marginField.${value}`) }))}
        onChange={(d, v) =>
          on(id, (x) => {
            if (v === 'absolute') x.margin = { kind: 'absolute', value: x.margin?.kind === 'absolute' ? x.margin.value : 0 };
            else if (v === 'sample') x.margin = { kind: 'sample', n: x.margin?.kind === 'sample' ? x.margin.n : 400 };
            else x.margin = null;
          })(d)
        }
      />
      {i.margin?.kind === 'absolute' ? (
        <NumberField
          label={n(t('marginField.value'))}
          field="marginValue"
          itemId={id}
          min={0}
          value={i.margin.value}
          onChange={(d, v) => on(id, (x) => (x.margin = { kind: 'absolute', value: v ?? 0 }))(d)}
        />
      ) : null}
      {i.margin?.kind === 'sample' ? (
        <NumberField
          label={n(t('marginField.n'))}
          field="marginN"
          itemId={id}
          integer
          min={1}
          value={i.margin.n}
          onChange={(d, v) => on(id, (x) => (x.margin = v === null ? null : { kind: 'sample', n: v }))(d)}
        />
      ) : null}
      {note ? <p className="hint">{note}</p> : null}
    </fieldset>
  );
});
