import { observer } from 'mobx-react-lite';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';
import { describeError } from '../../shared/errors';

function isConnectionError(code: string): boolean {
  return code === 'offline' || code === 'unauthorized';
}

/**
 * Status messages go to a polite live region; errors to an alert. Both stay in the DOM so
 * screen readers announce changes.
 */
export const NoticeBar = observer(function NoticeBar() {
  const { t } = useTranslation();
  const { ui, connection } = useStore();
  // A lost connection is told by the connection banner, with what to do; not repeated here.
  const notice = ui.notice?.kind === 'error' && connection.lost && isConnectionError(ui.notice.error.code) ? null : ui.notice;
  return (
    <>
      <div role="status" className="sr-status">
        {notice?.kind === 'status' ? notice.text : ''}
      </div>
      <div role="alert" className={notice?.kind === 'error' ? 'error-banner' : 'visually-hidden'}>
        {notice?.kind === 'error' ? (
          <>
            <span>{t('app.backendError', { message: describeError(t, notice.error).join(' ') })}</span>
            <button type="button" onClick={() => ui.notify(null)}>
              {t('app.dismiss')}
            </button>
          </>
        ) : null}
      </div>
    </>
  );
});
