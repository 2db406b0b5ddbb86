import { observer } from 'mobx-react-lite';
import { useEffect, useLayoutEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import type { DocumentSummary } from '../../shared/model/document';
import { ConfirmDialog } from '../components/confirm-dialog';
import { PageHeading } from '../components/page-heading';
import { useStore } from '../stores/context';
import { DocumentTable } from './document-table';
import { markStartScreenReady } from './ready-mark';
import { ImportForm, QuarantineList, TrashList } from './workspace-extras';
import { ReadOnlyNotice, SettingsNotice, SkippedList } from './workspace-notices';

/** The start screen: the assessments in the workspace, new, open and delete. */
export const StartScreen = observer(function StartScreen() {
  const { t } = useTranslation();
  const store = useStore();
  const { workspace, ui } = store;
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState('');
  const [toDelete, setToDelete] = useState<DocumentSummary | null>(null);

  useEffect(() => {
    // At start-up the list was asked for before the renderer loaded (early.ts); coming back from a document it is fetched anew.
    if (workspace.loaded && !ui.navigated) return;
    void store
      .attempt(() => workspace.refresh(true).then(() => true))
      // A list that cannot load leaves the screen usable, with the error said (the startup benchmark's mark all the same).
      .then((done) => done || markStartScreenReady());
  }, [store, workspace, ui]);
  // The start screen is usable once its list is in the page: marked after the render that shows it.
  const listed = workspace.loaded;
  useLayoutEffect(() => {
    if (listed) markStartScreenReady();
  }, [listed]);

  async function openExample() {
    const document = await store.attempt(() => workspace.example());
    if (document) ui.show({ name: 'document', id: document.id });
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    const clean = title.trim();
    if (!clean) {
      setTitleError(t('start.titleRequired'));
      return;
    }
    setTitleError('');
    const document = await store.attempt(() => workspace.create(clean));
    if (document) {
      setTitle('');
      // The new assessment opens at once, on its first step; the list has it when the user comes back.
      ui.show({ name: 'document', id: document.id });
      ui.notify({ kind: 'status', text: t('start.created', { title: document.context.title }) });
    }
  }

  async function confirmDelete() {
    const target = toDelete;
    setToDelete(null);
    if (!target) return;
    const done = await store.attempt(async () => {
      await workspace.remove(target.id);
      return true;
    });
    if (done) ui.notify({ kind: 'status', text: t('start.deleted', { title: target.title }) });
  }

  return (
    <>
      <PageHeading focusOnMount={ui.navigated}>{t('start.title')}</PageHeading>
      <p className="intro">{t('start.intro')}</p>
      <SettingsNotice />
      <ReadOnlyNotice />

      <form className="new-form" onSubmit={(e) => void create(e)} noValidate>
        <label htmlFor="new-title">{t('start.newTitleLabel')}</label>
        <div className="new-form-row">
          <input
            id="new-title"
            type="text"
            value={title}
            maxLength={300}
            placeholder={t('start.newTitlePlaceholder')}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? 'new-title-error' : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" className="primary">
            {t('start.newButton')}
          </button>
        </div>
        {titleError ? (
          <p id="new-title-error" className="field-error">
            {titleError}
          </p>
        ) : null}
      </form>

      <div className="start-actions">
        <div>
          <button type="button" onClick={() => void openExample()}>
            {t('start.example')}
          </button>
          <p className="hint">{t('start.exampleHint')}</p>
        </div>
        <ImportForm />
      </div>

      <QuarantineList />
      <DocumentTable onDelete={setToDelete} />
      <SkippedList />
      <TrashList />

      {toDelete ? (
        <ConfirmDialog
          title={t('confirmDelete.title')}
          body={t('confirmDelete.body', { title: toDelete.title })}
          confirmLabel={t('confirmDelete.confirm')}
          cancelLabel={t('confirmDelete.cancel')}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setToDelete(null)}
        />
      ) : null}
    </>
  );
});
