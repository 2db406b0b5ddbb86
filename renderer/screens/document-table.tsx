import { observer } from 'mobx-react-lite';
import { useTranslation } from '../i18n';
import type { DocumentSummary } from '../../shared/model/document';
import { download } from '../components/download';
import { formatDateTime } from '../components/formats';
import { useStore } from '../stores/context';

/** The assessments in the workspace, with their actions. */
export const DocumentTable = observer(function DocumentTable({ onDelete }: { onDelete: (doc: DocumentSummary) => void }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { workspace, ui } = store;

  async function duplicate(doc: DocumentSummary) {
    const copy = await store.attempt(() => workspace.duplicate(doc.id));
    if (copy) ui.notify({ kind: 'status', text: t('start.duplicated', { title: copy.context.title }) });
  }

  async function forget(doc: DocumentSummary) {
    const done = await store.attempt(() => workspace.remove(doc.id).then(() => true));
    if (done) ui.notify({ kind: 'status', text: t('opened.forgotten', { title: doc.title }) });
  }

  async function exportJson(doc: DocumentSummary) {
    const file = await store.attempt(() => workspace.exportJson(doc.id));
    if (!file) return;
    download(file.fileName, file.content);
    ui.notify({ kind: 'status', text: t('start.exported', { fileName: file.fileName }) });
  }

  if (workspace.loaded && workspace.documents.length === 0) return <p className="empty">{t('start.empty')}</p>;

  return (
    <table className="document-table">
      <caption>{t('start.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('start.colTitle')}</th>
          <th scope="col">{t('start.colPhase')}</th>
          <th scope="col">{t('start.colProgress')}</th>
          <th scope="col">{t('start.colChanged')}</th>
          <th scope="col">{t('start.colActions')}</th>
        </tr>
      </thead>
      <tbody>
        {workspace.documents.map((doc) => (
          <tr key={doc.id}>
            <th scope="row">
              {doc.title}
              {doc.location ? (
                <span className="doc-location">
                  {t('opened.where')} {doc.location}
                </span>
              ) : null}
            </th>
            <td>{t(`phase.${doc.phase}`)}</td>
            <td>{t('start.progressValue', { percent: Math.round(doc.progress * 100) })}</td>
            <td>
              <time dateTime={doc.updatedAt}>{formatDateTime(doc.updatedAt, i18n.language)}</time>
            </td>
            <td className="actions">
              <button
                type="button"
                aria-label={t('start.openNamed', { title: doc.title })}
                onClick={() => ui.show({ name: 'document', id: doc.id })}
              >
                {t('start.open')}
              </button>
              <button
                type="button"
                aria-label={t(doc.location ? 'opened.copyToWorkspaceNamed' : 'start.duplicateNamed', { title: doc.title })}
                onClick={() => void duplicate(doc)}
              >
                {t(doc.location ? 'opened.copyToWorkspace' : 'start.duplicate')}
              </button>
              <button type="button" aria-label={t('start.exportJsonNamed', { title: doc.title })} onClick={() => void exportJson(doc)}>
                {t('start.exportJson')}
              </button>
              {doc.location ? (
                // The file stays where it is: taking it off the list loses nothing, so nothing is asked.
                <button type="button" aria-label={t('opened.forgetNamed', { title: doc.title })} onClick={() => void forget(doc)}>
                  {t('opened.forget')}
                </button>
              ) : (
                <button
                  type="button"
                  className="danger-outline"
                  aria-label={t('start.deleteNamed', { title: doc.title })}
                  onClick={() => onDelete(doc)}
                >
                  {t('start.delete')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
