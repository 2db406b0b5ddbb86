import { useTranslation } from '../i18n';
import { MEASUREMENT_LIMIT, MEASUREMENT_LIMIT_ABOVE } from '../../shared/report/limits';

/** The export dialog's choice to list every measurement in the report (off by default for large documents). */
export function AllMeasurementsOption(props: { checked: boolean; onChange: (all: boolean) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <p>
      <label className="block-label">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          disabled={props.disabled}
          aria-describedby="all-measurements-hint"
        />{' '}
        {t('scale.exportAllMeasurements')}
      </label>
      <span id="all-measurements-hint" className="hint">
        {t('scale.exportAllMeasurementsHint', { limit: MEASUREMENT_LIMIT, threshold: MEASUREMENT_LIMIT_ABOVE })}
      </span>
    </p>
  );
}
