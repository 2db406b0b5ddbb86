import { observer } from 'mobx-react-lite';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';

/** A modal with a title and a close button; Escape closes it. */
function InfoDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    close.current?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog info-dialog"
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={id}>{title}</h2>
      {children}
      <div className="dialog-actions">
        <button ref={close} type="button" onClick={onClose}>
          {t('manual.close')}
        </button>
      </div>
    </dialog>
  );
}

/** About: version, credits, offline. */
export const AboutDialog = observer(function AboutDialog() {
  const { t } = useTranslation();
  const store = useStore();
  const [version, setVersion] = useState('');
  useEffect(() => {
    void store.backend.appInfo({}).then((info) => setVersion(info.version));
  }, [store]);
  return (
    <InfoDialog title={t('about.title')} onClose={() => store.ui.openDialog(null)}>
      <p>{t('about.version', { version })}</p>
      <p>{t('about.text')}</p>
      <p>{t('about.offline')}</p>
    </InfoDialog>
  );
});
