import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { SUPPORT_LEVELS } from '../../../shared/model/process-choices';
import { SelectField, TextAreaField } from '../../components/fields';
import { useStore } from '../../stores/context';

/** Beside citizen involvement: stakeholder support beforehand, and what the broad-prosperity lens changed in the proposal (issue 18). */
export const SupportExAnte = observer(function SupportExAnte() {
  const { t } = useTranslation();
  const p = useStore().assessment.document!.preparation;
  const levels = SUPPORT_LEVELS.map((value) => ({ value, label: t(`process.supportLevels.${value}`) }));
  return (
    <>
      <SelectField
        label={t('process.prep.supportExAnte')}
        field="supportExAnte"
        value={p.supportExAnte ?? null}
        options={levels}
        onChange={(d, v) => void (d.preparation.supportExAnte = v)}
      />
      <TextAreaField
        label={t('process.prep.supportExAnteReason')}
        field="supportExAnteReason"
        rows={3}
        maxLength={4000}
        value={p.supportExAnteReason ?? ''}
        onChange={(d, v) => void (d.preparation.supportExAnteReason = v)}
      />
      <TextAreaField
        label={t('process.prep.otherChoicesExAnte')}
        field="otherChoicesExAnte"
        rows={4}
        maxLength={4000}
        value={p.otherChoicesExAnte ?? ''}
        onChange={(d, v) => void (d.preparation.otherChoicesExAnte = v)}
        className="wide"
      />
    </>
  );
});
