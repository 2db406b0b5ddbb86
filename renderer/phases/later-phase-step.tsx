import { observer } from 'mobx-react-lite';
import { useTranslation } from 'react-i18next';
import { useStore } from '../stores/context';

/** Steps of implementation and evaluation, until the document reaches that phase. */
export const LaterPhaseStep = observer(function LaterPhaseStep() {
  const { t } = useTranslation();
  const { wizard } = useStore();
  return <p>{t('wizard.comingLater', { phase: t(`phase.${wizard.phase}`) })}</p>;
});
