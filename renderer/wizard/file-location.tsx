import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';

/**
 * For a file opened from the system (edited where it is): where it is, and the explicit choice to
 * continue in a copy in the workspace instead. Nothing for a document of the workspace.
 */
export const FileLocation = observer(function FileLocation() {
  const { t } = useTranslation();
  const store = useStore();
  const { assessment, workspace, ui } = store;
  const id = assessment.document?.id ?? null;
  useEffect(() => {
    // Opened straight from the address or the system: the list (which holds the location) may not be read yet.
    if (!workspace.loaded) void store.attempt(() => workspace.refresh());
  }, [store, workspace]);
  const summary = id ? workspace.documents.find((d) => d.id === id) : undefined;
  if (!summary?.location) return null;

  async function copyToWorkspace(source: string) {
    await assessment.flush();
    const copy = await store.attempt(() => workspace.duplicate(source));
    if (!copy) return;
    ui.show({ name: 'document', id: copy.id });
    ui.notify({ kind: 'status', text: t('opened.copied', { title: copy.context.title }) });
  }

  return (
    <div className="file-location">
      <span>{t('opened.inPlace', { path: summary.location })}</span>
      <button
        type="button"
        aria-label={t('opened.copyToWorkspaceNamed', { title: summary.title })}
        onClick={() => void copyToWorkspace(summary.id)}
      >
        {t('opened.copyToWorkspace')}
      </button>
    </div>
  );
});
