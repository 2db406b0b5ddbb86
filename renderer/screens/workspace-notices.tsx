import { observer } from 'mobx-react-lite';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';
import { describeError } from '../../shared/errors';

/** The workspace folder refuses writes: reading works, saving a copy elsewhere is the way on. */
export const ReadOnlyNotice = observer(function ReadOnlyNotice() {
  const { t } = useTranslation();
  const { workspace } = useStore();
  if (!workspace.readOnly) return null;
  return (
    <section className="read-only-notice" aria-labelledby="read-only-title">
      <h2 id="read-only-title">{t('start.readOnlyTitle')}</h2>
      <p>{t('start.readOnlyBody')}</p>
    </section>
  );
});

/** Files in the folder that are not its documents: listed once, with why, and left exactly as they are. */
export const SkippedList = observer(function SkippedList() {
  const { t } = useTranslation();
  const { workspace } = useStore();
  if (workspace.skipped.length === 0) return null;
  return (
    <details className="skipped">
      <summary>
        {t('start.skippedTitle')} ({workspace.skipped.length})
      </summary>
      <p>{t('start.skippedIntro')}</p>
      <ul>
        {workspace.skipped.map((s) => (
          <li key={s.fileName}>
            <strong>{s.fileName}</strong>: {describeError(t, s.reason).join(' ')}
          </li>
        ))}
      </ul>
    </details>
  );
});

/** A notice the backend gives once at start (an unreadable settings file was set aside). */
export const SettingsNotice = observer(function SettingsNotice() {
  const { t } = useTranslation();
  const { settings } = useStore();
  const notice = settings.notice;
  if (!notice) return null;
  return (
    <section className="settings-notice" aria-labelledby="settings-notice-title">
      <h2 id="settings-notice-title">{t('start.settingsNoticeTitle')}</h2>
      <p>{describeError(t, notice).join(' ')}</p>
      <button type="button" onClick={() => settings.dismissNotice()}>
        {t('app.dismiss')}
      </button>
    </section>
  );
});
