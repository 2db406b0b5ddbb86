import { observer } from 'mobx-react-lite';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';

/**
 * Said once, plainly, when the backend can no longer be reached: in the browser the bridge
 * stopped, or was started again with a new address. Edits stay in the crash journal meanwhile.
 */
export const ConnectionBanner = observer(function ConnectionBanner() {
  const { t } = useTranslation();
  const { connection } = useStore();
  if (connection.state === 'ok') return null;
  return (
    <div role="alert" className="error-banner connection-banner">
      <div>
        <strong>{t('connection.title')}</strong>
        <p>{t(connection.state === 'offline' ? 'connection.offline' : 'connection.unauthorized')}</p>
      </div>
    </div>
  );
});
