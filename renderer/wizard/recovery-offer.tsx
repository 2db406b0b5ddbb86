import { observer } from 'mobx-react-lite';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';

/** "14:32" for today, else the date as well ("28 nov 2026, 14:32"). */
export function journalTime(at: number, language: string, now = Date.now()): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(at));
}

/**
 * Unsaved edits of an earlier session, offered back when the document opens: Restore (an edit,
 * undoable, saved at once) or Discard. A modal dialog: the user answers before editing, so new
 * typing never mixes with the kept version. Escape does not close it: neither answer is the safe one.
 */
export const RecoveryOffer = observer(function RecoveryOffer() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { assessment, ui } = store;
  const ref = useRef<HTMLDialogElement>(null);
  const restoreRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const recovery = assessment.recovery;

  useEffect(() => {
    const dialog = ref.current;
    if (!recovery || !dialog) return;
    if (!dialog.open) dialog.showModal();
    restoreRef.current?.focus();
  }, [recovery]);

  if (!recovery) return null;
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={bodyId} onCancel={(e) => e.preventDefault()}>
      <h2 id={titleId}>{t('journal.title', { time: journalTime(recovery.journaledAt, i18n.language) })}</h2>
      <div id={bodyId}>
        <p>{t('journal.body')}</p>
        {recovery.tab !== assessment.tab ? <p>{t('journal.otherTab')}</p> : null}
        {recovery.stale ? <p>{t('journal.stale')}</p> : null}
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            assessment.discardRecovery();
            ui.notify({ kind: 'status', text: t('journal.discarded') });
          }}
        >
          {t('journal.discard')}
        </button>
        <button
          ref={restoreRef}
          type="button"
          onClick={() =>
            void store.attempt(async () => {
              await assessment.restoreRecovery();
              if (assessment.saveState === 'saved') ui.notify({ kind: 'status', text: t('journal.restored') });
            })
          }
        >
          {t('journal.restore')}
        </button>
      </div>
    </dialog>
  );
});
