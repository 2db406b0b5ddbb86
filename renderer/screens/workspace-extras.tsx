import { observer } from 'mobx-react-lite';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from '../i18n';
import { formatDateTime } from '../components/formats';
import { MAX_IMPORT_BYTES } from '../stores/workspace-store';
import { useStore } from '../stores/context';
import { describeError, type ErrorInfo } from '../../shared/errors';
import { toErrorInfo } from '../backend';

/** Import of a JSON file; errors list the first problems with their paths. */
export const ImportForm = observer(function ImportForm() {
  const { t } = useTranslation();
  const { workspace, ui } = useStore();
  const [error, setError] = useState<ErrorInfo | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    try {
      if (file.size > MAX_IMPORT_BYTES) {
        setError({ code: 'too-large', params: { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 } });
        return;
      }
      const { document, migratedFrom } = await workspace.importFile(file);
      ui.notify({
        kind: 'status',
        text: migratedFrom
          ? t('start.importedMigrated', { title: document.context.title, from: migratedFrom })
          : t('start.imported', { title: document.context.title }),
      });
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      input.value = '';
    }
  }

  return (
    <div className="import-form">
      <label htmlFor="import-file">{t('start.importLabel')}</label>
      <p id="import-hint" className="hint">
        {t('start.importHint')}
      </p>
      <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-hint" onChange={(e) => void onFile(e)} />
      {error ? (
        <div role="alert" className="import-error">
          <p>{t('start.importFailed')}</p>
          <pre>{describeError(t, error).join('\n')}</pre>
        </div>
      ) : null}
    </div>
  );
});

/** Files the workspace could not read, with the reason. */
export const QuarantineList = observer(function QuarantineList() {
  const { t } = useTranslation();
  const { workspace } = useStore();
  if (workspace.quarantined.length === 0) return null;
  return (
    <section className="quarantine" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t('start.quarantineTitle')}</h2>
      <p>{t('start.quarantineIntro')}</p>
      <ul>
        {workspace.quarantined.map((q) => (
          <li key={`${q.fileName}-${q.quarantinedAt}`}>
            <strong>{q.fileName}</strong>
            <pre>{describeError(t, q.reason).join('\n')}</pre>
          </li>
        ))}
      </ul>
    </section>
  );
});

/** The trash, with restore. */
export const TrashList = observer(function TrashList() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { workspace, ui } = store;

  async function restore(id: string, title: string) {
    const done = await store.attempt(() => workspace.restore(id));
    if (done) ui.notify({ kind: 'status', text: t('start.restored', { title }) });
  }

  return (
    <details className="trash">
      <summary>
        {t('start.trashTitle')} ({workspace.trash.length})
      </summary>
      {workspace.trash.length === 0 ? (
        <p>{t('start.trashEmpty')}</p>
      ) : (
        <ul>
          {workspace.trash.map((item) => (
            <li key={item.id}>
              <span>
                {item.title}{' '}
                <span className="muted">({t('start.deletedAt', { date: formatDateTime(item.deletedAt, i18n.language) })})</span>
              </span>
              <button
                type="button"
                aria-label={t('start.restoreNamed', { title: item.title })}
                onClick={() => void restore(item.id, item.title)}
              >
                {t('start.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
});
