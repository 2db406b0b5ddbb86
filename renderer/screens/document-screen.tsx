import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page-heading';
import { useStore } from '../stores/context';

/** The open assessment (its context for now; the wizard grows here). */
export const DocumentScreen = observer(function DocumentScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const { assessment, ui } = store;

  useEffect(() => {
    void store.attempt(() => assessment.open(id));
    return () => {
      void assessment.flush();
    };
  }, [store, assessment, id]);

  const doc = assessment.document;
  if (!doc || doc.id !== id) return <p>{t('app.loading')}</p>;

  const stateText =
    assessment.saveState === 'saving'
      ? t('document.saving')
      : assessment.saveState === 'dirty'
        ? t('document.unsaved')
        : assessment.saveState === 'error'
          ? t('document.saveFailed', { message: assessment.saveError })
          : t('document.saved');

  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          void assessment.flush().then(() => ui.show({ name: 'start' }));
        }}
      >
        {t('document.back')}
      </button>
      <PageHeading focusOnMount={ui.navigated}>{doc.context.title || '—'}</PageHeading>
      <p className="save-state" role="status">
        {stateText}
        {assessment.saveState === 'error' ? (
          <button type="button" onClick={() => void assessment.save()}>
            {t('document.retry')}
          </button>
        ) : null}
      </p>
      <div className="field">
        <label htmlFor="doc-title">{t('document.titleLabel')}</label>
        <input
          id="doc-title"
          type="text"
          maxLength={300}
          value={doc.context.title}
          onChange={(e) => assessment.edit((d) => void (d.context.title = e.target.value))}
        />
      </div>
      <div className="field">
        <label htmlFor="doc-organisation">{t('document.organisationLabel')}</label>
        <input
          id="doc-organisation"
          type="text"
          maxLength={300}
          value={doc.context.organisation}
          onChange={(e) => assessment.edit((d) => void (d.context.organisation = e.target.value))}
        />
      </div>
    </>
  );
});
