import { observer } from 'mobx-react-lite';
import { useEffect, useId, useRef, useState } from 'react';
import { describeError } from '../../shared/errors';
import { describeVersionDiff, type VersionInfo } from '../../shared/model/version-diff';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';
import { savedWhen } from './format';

type RestoreProps = { id: string; info: VersionInfo; onDone: (restored: boolean) => void };

/** Asks before a version is restored; restores it as a new version and tells the user. */
export const RestoreConfirm = observer(function RestoreConfirm(props: RestoreProps) {
  const { t, i18n } = useTranslation();
  const { versions, ui } = useStore();
  const when = savedWhen(i18n.language, props.info);
  return (
    <ConfirmDialog
      title={t('history.confirmTitle', { when })}
      body={t('history.confirmBody')}
      confirmLabel={t('history.confirm')}
      cancelLabel={t('history.cancel')}
      onCancel={() => props.onDone(false)}
      onConfirm={() => {
        if (versions.busy) return;
        void versions.restore(props.id, props.info.revision).then(
          () => {
            ui.notify({ kind: 'status', text: t('history.restored', { when }) });
            props.onDone(true);
          },
          () => props.onDone(false),
        );
      }}
    />
  );
});

type RowProps = { info: VersionInfo; current: boolean; onView: () => void; onRestore: () => void };

/** One row: when, who, the name badge, what changed, and the two actions. */
function VersionRow({ info, current, onView, onRestore }: RowProps) {
  const { t, i18n } = useTranslation();
  const when = savedWhen(i18n.language, info);
  const restored = info.restoredFrom !== null ? t('history.restoredFrom', { revision: info.restoredFrom }) : '';
  const what = [restored, describeVersionDiff(t, info.summary)].filter(Boolean).join('; ');
  return (
    <tr>
      <th scope="row">
        <time dateTime={info.savedAt}>{when}</time>
        <span className="version-number">{t('history.revision', { revision: info.revision })}</span>
        {current ? <span className="version-badge current">{t('history.current')}</span> : null}
      </th>
      <td>{info.author || t('history.unknownAuthor')}</td>
      <td>
        {info.name ? <span className="version-badge named">{t(`history.names.${info.name}`)}</span> : null} {what}
      </td>
      <td>
        <div className="version-actions">
          <button type="button" onClick={onView} aria-label={t('history.viewNamed', { revision: info.revision, when })}>
            {t('history.view')}
          </button>
          {current ? null : (
            <button type="button" onClick={onRestore} aria-label={t('history.restoreNamed', { revision: info.revision, when })}>
              {t('history.restore')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

/** "Eerdere versies": the kept versions of the open document, newest first; Escape closes. */
export const HistoryDialog = observer(function HistoryDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { assessment, versions } = useStore();
  const id = assessment.document!.id;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [restoring, setRestoring] = useState<VersionInfo | null>(null);

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    void versions.load(id);
  }, [versions, id]);

  const list = versions.versions;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog history-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!restoring) onClose();
      }}
    >
      <h2 id={titleId}>{t('history.title')}</h2>
      <p>{t('history.intro')}</p>
      {versions.error ? (
        <p role="alert" className="history-error">
          {t('history.failed', { message: describeError(t, versions.error).join(' ') })}
        </p>
      ) : null}
      {list === null ? (
        versions.error ? null : (
          <p role="status">{t('history.loading')}</p>
        )
      ) : list.length === 0 ? (
        <p className="empty">{t('history.empty')}</p>
      ) : (
        <div className="history-table-wrap" tabIndex={0} role="region" aria-label={t('history.caption')}>
          <table className="history-table">
            <caption className="visually-hidden">{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.colWhen')}</th>
                <th scope="col">{t('history.colWho')}</th>
                <th scope="col">{t('history.colWhat')}</th>
                <th scope="col">{t('history.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((info, i) => (
                <VersionRow
                  key={info.revision}
                  info={info}
                  current={i === 0}
                  onView={() => void versions.view(id, info).then(onClose, () => undefined)}
                  onRestore={() => setRestoring(info)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
      {restoring ? (
        <RestoreConfirm
          id={id}
          info={restoring}
          onDone={(restored) => {
            setRestoring(null);
            if (restored) onClose();
          }}
        />
      ) : null}
    </dialog>
  );
});
