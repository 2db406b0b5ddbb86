import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { HistoryDialog } from '../history/history-dialog';
import { useTranslation } from '../i18n';
import { ConflictNotice } from './conflict-choice';
import { ExportDialog } from './export-dialog';
import { FileLocation } from './file-location';
import { useStore } from '../stores/context';
import { describeError } from '../../shared/errors';

/** Back to the overview, the autosave state (with retry), undo and redo. */
export const Toolbar = observer(function Toolbar() {
  const { t } = useTranslation();
  const { assessment, ui, wizard } = useStore();
  const state = assessment.saveState;
  useEffect(() => {
    // Alt+Shift+H opens "Eerdere versies" from anywhere in the document.
    function onKey(e: KeyboardEvent) {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH') {
        e.preventDefault();
        ui.openDialog('history');
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ui]);
  const text =
    state === 'saving'
      ? t('document.saving')
      : state === 'dirty'
        ? t('document.unsaved')
        : state === 'error'
          ? t('document.saveFailed', { message: assessment.saveError ? describeError(t, assessment.saveError).join(' ') : '' })
          : t('document.saved');
  return (
    <div className="toolbar" role="toolbar" aria-label={t('wizard.toolbar')}>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          void assessment.flush().then(() => {
            wizard.reset();
            ui.show({ name: 'start' });
          });
        }}
      >
        {t('document.back')}
      </button>
      <span className="doc-title">{assessment.document?.context.title}</span>
      <FileLocation />
      <span className={`save-state save-${state}`} role="status">
        {text}
      </span>
      <ConflictNotice />
      {state === 'error' ? (
        <button type="button" onClick={() => void assessment.save()}>
          {t('document.retry')}
        </button>
      ) : null}
      <button
        type="button"
        onClick={() => assessment.undo()}
        disabled={!assessment.canUndo}
        aria-keyshortcuts="Control+Z"
        title={t('wizard.undoHint')}
      >
        {t('wizard.undo')}
      </button>
      <button
        type="button"
        onClick={() => assessment.redo()}
        disabled={!assessment.canRedo}
        aria-keyshortcuts="Control+Shift+Z"
        title={t('wizard.redoHint')}
      >
        {t('wizard.redo')}
      </button>
      <button type="button" onClick={() => ui.openDialog('export-pdf')}>
        {t('export.pdf')}
      </button>
      <button type="button" onClick={() => ui.openDialog('export-word')}>
        {t('word.button')}
      </button>
      <button type="button" onClick={() => ui.openDialog('export-csv')}>
        {t('excel.dataButton')}
      </button>
      <button type="button" onClick={() => ui.openDialog('history')} aria-keyshortcuts="Alt+Shift+H" title={t('history.openHint')}>
        {t('history.open')}
      </button>
      {ui.dialog === 'history' ? <HistoryDialog onClose={() => ui.openDialog(null)} /> : null}
      {ui.dialog === 'export-pdf' || ui.dialog === 'export-csv' || ui.dialog === 'export-word' ? (
        <ExportDialog
          kind={ui.dialog === 'export-csv' ? 'csv' : 'pdf'}
          word={ui.dialog === 'export-word'}
          onClose={() => ui.openDialog(null)}
        />
      ) : null}
    </div>
  );
});
