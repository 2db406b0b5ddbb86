import { observer } from 'mobx-react-lite';
import { lazy, Suspense } from 'react';
import { loadMessages, useTranslation } from './i18n';
import { AboutDialog } from './components/info-dialogs';
import { openManual } from './manual/manual-state';
import { LanguageSwitch } from './components/language-switch';
import { ConnectionBanner } from './components/connection-banner';
import { NoticeBar } from './components/notice-bar';
import { StartScreen } from './screens/start-screen';
import { useStore } from './stores/context';
import { loadDocumentPart } from './stores/root-store';
// The wizard (steps, charts, catalogue, export) loads on first use, so the start screen starts fast; it
// renders only once its words (the rest of the Dutch catalogue) and the document part of the stores
// (store.assessment, which it reads as it renders) are there. The manual (its pages are long) loads when it
// is first opened, with its words.
const ManualScreen = lazy(() =>
  Promise.all([import('./manual/manual-screen'), loadMessages()]).then(([m]) => ({ default: m.ManualScreen })),
);
const WizardScreen = lazy(() =>
  Promise.all([import('./wizard/wizard-screen'), loadDocumentPart(), loadMessages()]).then(([m]) => ({ default: m.WizardScreen })),
);

/** The app frame: skip link, banner with the language switch, and the current screen. */
export const App = observer(function App() {
  const { t } = useTranslation();
  const { ui } = useStore();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <div className="header-tools">
          <button type="button" className="header-button" onClick={() => openManual(ui)}>
            {t('menu.manual')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <ConnectionBanner />
      <NoticeBar />
      <main id="main" className="app-main">
        {ui.view.name === 'start' ? (
          <StartScreen />
        ) : (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <WizardScreen key={ui.view.id} id={ui.view.id} />
          </Suspense>
        )}
      </main>
      {ui.dialog === 'manual' ? (
        <Suspense fallback={<p role="status">{t('a11y.manual.loading')}</p>}>
          <ManualScreen />
        </Suspense>
      ) : null}
      {ui.dialog === 'about' ? <AboutDialog /> : null}
    </>
  );
});
