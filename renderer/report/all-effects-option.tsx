import { useTranslation } from '../i18n';
import { EFFECT_LIMIT, EFFECT_LIMIT_ABOVE } from '../../shared/report/effect-limits';

/** The export dialog's choice to list every effect and finding in the report (off by default for large documents). */
export function AllEffectsOption(props: { checked: boolean; onChange: (all: boolean) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <p>
      <label className="block-label">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          disabled={props.disabled}
          aria-describedby="all-effects-hint"
        />{' '}
        {t('scale.exportAllEffects')}
      </label>
      <span id="all-effects-hint" className="hint">
        {t('scale.exportAllEffectsHint', { limit: EFFECT_LIMIT, threshold: EFFECT_LIMIT_ABOVE })}
      </span>
    </p>
  );
}
