import { toJS } from 'mobx';
import { observer } from 'mobx-react-lite';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import type { ReportPhase } from '../../shared/report/content';
import { toCsv } from '../../shared/report/csv';
import { fileName, makePdf, saveBytes } from '../report/export';
import { AllMeasurementsOption } from '../report/all-measurements-option';
import { limitsMeasurements } from '../../shared/report/limits';
import { failureLines } from '../backend';
import { useStore } from '../stores/context';

const PHASES: ReportPhase[] = ['all', 'preparation', 'implementation', 'evaluation'];

/** The export dialog: PDF (which report, which language, with progress) or CSV (which separator). */
export const ExportDialog = observer(function ExportDialog({ kind, onClose }: { kind: 'pdf' | 'csv'; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const doc = store.assessment.document!;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [phase, setPhase] = useState<ReportPhase | 'as-frozen'>('all');
  const frozen = doc.implementation.frozen !== null;
  const [lang, setLang] = useState<'nl' | 'en'>(doc.context.language);
  const [allMeasurements, setAllMeasurements] = useState(() => !limitsMeasurements(doc));
  const [separator, setSeparator] = useState<';' | ','>(';');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  async function run() {
    setBusy(true);
    setMessage('');
    try {
      await store.assessment.flush();
      const snapshot = toJS(store.assessment.document!);
      let result;
      if (kind === 'pdf') {
        setProgress({ done: 0, total: 1 });
        const asFrozen = phase === 'as-frozen';
        const options = {
          lang,
          phase: asFrozen ? 'preparation' : phase,
          today: new Date().toISOString().slice(0, 10),
          asFrozen,
          allMeasurements,
        } as const;
        const bytes = await makePdf(snapshot, options, (done, total) => setProgress({ done, total }));
        result = await saveBytes(
          store.backend,
          store.capabilities,
          'pdf',
          fileName(snapshot.context.title, phase === 'all' ? '' : phase === 'as-frozen' ? 'zoals-vastgelegd' : phase, 'pdf'),
          bytes,
          'application/pdf',
        );
      } else {
        const bytes = new TextEncoder().encode(toCsv(snapshot, separator));
        result = await saveBytes(
          store.backend,
          store.capabilities,
          'csv',
          fileName(snapshot.context.title, 'indicatoren', 'csv'),
          bytes,
          'text/csv',
        );
      }
      setMessage(
        result
          ? result.downloaded
            ? t('export.downloaded', { name: result.name })
            : t('export.saved', { name: result.name })
          : t('export.cancelled'),
      );
    } catch (err) {
      setMessage(t('export.failed', { message: failureLines(t, err).join(' ') }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="confirm-dialog export-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId}>{kind === 'pdf' ? t('export.pdfTitle') : t('export.csvTitle')}</h2>
      {kind === 'pdf' ? (
        <>
          <fieldset>
            <legend>{t('export.report')}</legend>
            {PHASES.map((p) => (
              <label key={p} className="block-label">
                <input type="radio" name="report-phase" checked={phase === p} onChange={() => setPhase(p)} disabled={busy} />{' '}
                {t(`report.reportKind.${p}`)}
              </label>
            ))}
            <label className="block-label">
              <input
                type="radio"
                name="report-phase"
                checked={phase === 'as-frozen'}
                onChange={() => setPhase('as-frozen')}
                disabled={busy || !frozen}
                aria-describedby="as-frozen-hint"
              />{' '}
              {t('freeze.exportAsFrozen')}
            </label>
            <p id="as-frozen-hint" className="hint">
              {frozen ? t('freeze.exportAsFrozenHint') : t('freeze.exportNotFrozen')}
            </p>
          </fieldset>
          <fieldset>
            <legend>{t('export.language')}</legend>
            {(['nl', 'en'] as const).map((l) => (
              <label key={l} className="inline">
                <input type="radio" name="report-lang" checked={lang === l} onChange={() => setLang(l)} disabled={busy} />{' '}
                {t(`app.languages.${l}`)}
              </label>
            ))}
          </fieldset>
          <AllMeasurementsOption checked={allMeasurements} onChange={setAllMeasurements} disabled={busy} />
        </>
      ) : (
        <fieldset>
          <legend>{t('export.separator')}</legend>
          <label className="block-label">
            <input type="radio" name="separator" checked={separator === ';'} onChange={() => setSeparator(';')} disabled={busy} />{' '}
            {t('export.semicolon')}
          </label>
          <label className="block-label">
            <input type="radio" name="separator" checked={separator === ','} onChange={() => setSeparator(',')} disabled={busy} />{' '}
            {t('export.comma')}
          </label>
        </fieldset>
      )}
      {busy && progress ? (
        <div className="export-progress">
          <progress id="export-progress" max={progress.total} value={progress.done} aria-label={t('export.working')} />
          <span>{t('export.progress', { done: progress.done, total: progress.total })}</span>
        </div>
      ) : null}
      <p role="status" className="export-message">
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy}>
          {t('export.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void run()} disabled={busy}>
          {busy ? t('export.working') : t('export.make')}
        </button>
      </div>
    </dialog>
  );
});
