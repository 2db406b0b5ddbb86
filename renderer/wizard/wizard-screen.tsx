import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { VersionView } from '../history/version-view';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';
import { flushOnLeave } from '../stores/flush-on-leave';
import { FindingsPanel } from './findings-panel';
import { systemClock } from '../stores/clock';
import { watchDisk } from '../stores/disk-sync';
import { ConflictChoice } from './conflict-choice';
import { RecoveryOffer } from './recovery-offer';
import { StepFrame } from './step-frame';
import { StepNav } from './step-nav';
import { STEP_COMPONENTS } from './steps';
import { Toolbar } from './toolbar';

/** The open assessment: toolbar, steps navigation, the current step and what is still missing. */
export const WizardScreen = observer(function WizardScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const { assessment, wizard } = store;

  useEffect(() => {
    void store.attempt(() => assessment.open(id));
    return () => {
      store.versions.stopViewing();
      void assessment.flush();
    };
  }, [store, assessment, id]);

  useEffect(() => {
    // Undo and redo everywhere in the wizard, also while typing in a field.
    function onKey(e: KeyboardEvent) {
      // In the desktop app the Edit menu's accelerators do this.
      if (store.capabilities.menuAccelerators || store.versions.viewing) return;
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        assessment.undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        assessment.redo();
      }
    }
    // Leaving the page with unsaved edits: save now, and let the browser ask the user to wait.
    function onBeforeUnload(e: BeforeUnloadEvent) {
      if (!assessment.unsaved) return;
      void assessment.flush();
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    // Besides its own timing, autosave saves when the user leaves the window or the page is hidden.
    const stopFlushOnLeave = flushOnLeave(window, assessment);
    // Other writers: the disk is looked at on focus, when visible, and now and then.
    const stopWatchDisk = watchDisk(window, assessment, systemClock);
    return () => {
      stopFlushOnLeave();
      stopWatchDisk();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [assessment, store]);

  const doc = assessment.document;
  if (!doc || doc.id !== id) return <p>{t('app.loading')}</p>;
  if (store.versions.viewing) return <VersionView />;
  const Step = STEP_COMPONENTS[wizard.step];
  return (
    <div className="wizard">
      <Toolbar />
      <div className="wizard-columns">
        <StepNav />
        <div className="wizard-main">
          <StepFrame step={wizard.step} key={wizard.step}>
            <Step />
          </StepFrame>
        </div>
        <FindingsPanel />
      </div>
      <RecoveryOffer />
      <ConflictChoice />
    </div>
  );
});
