import { observer } from 'mobx-react-lite';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { StoreContext, useStore } from '../stores/context';
import type { RootStore } from '../stores/root-store';
import { StepFrame } from '../wizard/step-frame';
import { StepNav } from '../wizard/step-nav';
import { STEP_COMPONENTS } from '../wizard/steps';
import { RestoreConfirm } from './history-dialog';
import { savedWhen } from './format';

/**
 * A kept version, read-only: a banner says so; the steps show the version's content with every
 * field disabled (a disabled fieldset), and its store's backend refuses to save. The steps can be
 * browsed; "Terug naar de huidige versie" leaves, "Deze versie terugzetten" restores after asking.
 */
export const VersionView = observer(function VersionView() {
  const { t, i18n } = useTranslation();
  const root = useStore();
  const viewing = root.versions.viewing!;
  const id = root.assessment.document!.id;
  const [confirming, setConfirming] = useState(false);
  const banner = useRef<HTMLDivElement>(null);
  // The same stores, but the document is the version's.
  const [shadow] = useState<RootStore>(() => Object.create(root, { assessment: { value: viewing.store } }) as RootStore);
  const when = savedWhen(i18n.language, viewing.info);
  const Step = STEP_COMPONENTS[root.wizard.step];

  useEffect(() => banner.current?.focus(), []);
  useEffect(() => {
    // Escape leaves the read-only view (a confirmation open on top handles its own Escape).
    function onKey(e: KeyboardEvent) {
      if (e.key === 'Escape' && !confirming && !e.defaultPrevented) root.versions.stopViewing();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [root, confirming]);

  return (
    <div className="wizard version-view">
      <div className="version-banner" role="region" aria-label={t('history.bannerLabel')} ref={banner} tabIndex={-1}>
        <p>{t('history.banner', { when, who: viewing.info.author || t('history.unknownAuthor') })}</p>
        <div className="dialog-actions">
          <button type="button" onClick={() => root.versions.stopViewing()} aria-keyshortcuts="Escape" title={t('history.backHint')}>
            {t('history.backToCurrent')}
          </button>
          <button type="button" className="primary" onClick={() => setConfirming(true)}>
            {t('history.restore')}
          </button>
        </div>
      </div>
      <StoreContext.Provider value={shadow}>
        <div className="wizard-columns">
          <StepNav />
          <div className="wizard-main">
            <StepFrame step={root.wizard.step} key={root.wizard.step}>
              <fieldset disabled className="version-readonly">
                <legend className="visually-hidden">{t('history.bannerLabel')}</legend>
                <Step />
              </fieldset>
            </StepFrame>
          </div>
        </div>
      </StoreContext.Provider>
      {confirming ? <RestoreConfirm id={id} info={viewing.info} onDone={() => setConfirming(false)} /> : null}
    </div>
  );
});
