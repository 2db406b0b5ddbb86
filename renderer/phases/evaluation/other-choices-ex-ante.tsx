import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { plannedPreparation } from '../../../shared/analysis/value-for-money';
import { useStore } from '../../stores/context';

/** Beside "other choices" in the conclusions: what the preparation said the broad-prosperity lens changed (as frozen). */
export const OtherChoicesExAnte = observer(function OtherChoicesExAnte() {
  const { t } = useTranslation();
  const text = plannedPreparation(useStore().assessment.document!).otherChoicesExAnte?.trim();
  return (
    <div className="ex-ante" id="other-choices-ex-ante">
      <h2>{t('process.otherChoicesExAnte')}</h2>
      <p style={{ whiteSpace: 'pre-line' }}>{text || t('process.notFilled')}</p>
    </div>
  );
});
