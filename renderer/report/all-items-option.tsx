import { useTranslation } from '../i18n';
import { EFFECT_LIMIT, EFFECT_LIMIT_ABOVE } from '../../shared/report/effect-limits';
import { MEASUREMENT_LIMIT, MEASUREMENT_LIMIT_ABOVE } from '../../shared/report/limits';

const KINDS = {
  measurements: {
    label: 'scale.exportAllMeasurements',
    hint: 'scale.exportAllMeasurementsHint',
    limit: MEASUREMENT_LIMIT,
    threshold: MEASUREMENT_LIMIT_ABOVE,
  },
  effects: { label: 'scale.exportAllEffects', hint: 'scale.exportAllEffectsHint', limit: EFFECT_LIMIT, threshold: EFFECT_LIMIT_ABOVE },
} as const;

/**
 * The export dialog's choice to list every measurement, or every effect and finding, in the report
 * (off by default for large documents, which the report limits for reading).
 */
export function AllItemsOption(props: { kind: keyof typeof KINDS; checked: boolean; onChange: (all: boolean) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const k = KINDS[props.kind];
  const hintId = `all-${props.kind}-hint`;
  return (
    <p>
      <label className="block-label">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          disabled={props.disabled}
          aria-describedby={hintId}
        />{' '}
        {t(k.label)}
      </label>
      <span id={hintId} className="hint">
        {t(k.hint, { limit: k.limit, threshold: k.threshold })}
      </span>
    </p>
  );
}
