import { toJS } from 'mobx';
import { observer } from 'mobx-react-lite';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import type { ReportPhase } from '../../shared/report/content';
import { toCsv } from '../../shared/report/csv';
import { makePdf, saveBytes } from '../report/export';
import { DOCX_TYPE, wordFileName } from '../report/export-word';
import { makeXlsx } from '../report/excel';
import { exportFileName } from '../../shared/report/file-name';
import { AllItemsOption } from '../report/all-items-option';
import { limitsEffects } from '../../shared/report/effect-limits';
import { limitsMeasurements } from '../../shared/report/limits';
import { failureLines } from '../backend';
import { useStore } from '../stores/context';

const PHASES: ReportPhase[] = ['all', 'preparation', 'implementation', 'evaluation'];

/** The export dialog: PDF or Word (which report, which language, with progress), or the data as CSV (which separator) or Excel (.xlsx). */
export const ExportDialog = observer(function ExportDialog({
  kind,
  word = false,
  onClose,
}: {
  kind: 'pdf' | 'csv';
  /** Opened as "Exporteren als Word": Word is chosen (the format can still be changed). */
  word?: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const doc = store.assessment.document!;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [phase, setPhase] = useState<ReportPhase | 'as-frozen'>('all');
  const frozen = doc.implementation.frozen !== null;
  const [lang, setLang] = useState<'nl' | 'en'>(doc.context.language);
  const [allMeasurements, setAllMeasurements] = useState(() => !limitsMeasurements(doc));
  const [allEffects, setAllEffects] = useState(() => !limitsEffects(doc));
  const [separator, setSeparator] = useState<';' | ',' | 'xlsx'>(';');
  const [format, setFormat] = useState<'pdf' | 'docx' | 'raadsvoorstel'>(word ? 'docx' : 'pdf');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  // While the export runs its buttons are disabled, which drops the focus out of the dialog: once it is
  // done, the focus returns to the export button, so a keyboard user goes on from where they were.
  const makeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!busy && dialog?.open && !dialog.contains(document.activeElement)) makeRef.current?.focus();
  }, [busy]);

  async function run() {
    setBusy(true);
    setMessage('');
    try {
      await store.assessment.flush();
      const snapshot = toJS(store.assessment.document!);
      let result;
      if (kind === 'pdf' && format !== 'pdf') {
        const options = {
          lang,
          phase: phase === 'as-frozen' ? 'preparation' : phase,
          today: new Date().toISOString().slice(0, 10),
        } as const;
        const bytes = await makePdf(
          snapshot,
          { ...options, asFrozen: phase === 'as-frozen', allMeasurements, allEffects },
          () => undefined,
          format,
        );
        const name = wordFileName(snapshot.context.title, format, phase, lang);
        result = await saveBytes(store.backend, store.capabilities, 'docx', name, bytes, DOCX_TYPE);
      } else if (kind === 'pdf') {
        setProgress({ done: 0, total: 1 });
        const asFrozen = phase === 'as-frozen';
        const options = {
          lang,
          phase: asFrozen ? 'preparation' : phase,
          today: new Date().toISOString().slice(0, 10),
          asFrozen,
          allMeasurements,
          allEffects,
        } as const;
        const bytes = await makePdf(snapshot, options, (done, total) => setProgress({ done, total }));
        result = await saveBytes(
          store.backend,
          store.capabilities,
          'pdf',
          exportFileName(snapshot.context.title, phase, lang, 'pdf'),
          bytes,
          'application/pdf',
        );
      } else if (separator === 'xlsx') {
        // Like the CSV, the workbook's headers and words follow the UI language.
        const bytes = await makeXlsx(snapshot, i18n.language);
        const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        result = await saveBytes(
          store.backend,
          store.capabilities,
          'xlsx',
          exportFileName(snapshot.context.title, 'data', i18n.language, 'xlsx'),
          bytes,
          type,
        );
      } else {
        // The CSV's headers and words follow the UI language, as its file name does.
        const bytes = new TextEncoder().encode(toCsv(snapshot, separator, i18n.language));
        result = await saveBytes(
          store.backend,
          store.capabilities,
          'csv',
          exportFileName(snapshot.context.title, 'indicators', i18n.language, 'csv'),
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
      <h2 id={titleId}>{kind === 'csv' ? t('excel.dataTitle') : word ? t('word.title') : t('export.pdfTitle')}</h2>
      {kind === 'pdf' ? (
        <>
          <fieldset>
            <legend>{t('word.format')}</legend>
            {(['pdf', 'docx', 'raadsvoorstel'] as const).map((f) => (
              <label key={f} className="block-label">
                <input
                  type="radio"
                  name="report-format"
                  checked={format === f}
                  onChange={() => setFormat(f)}
                  disabled={busy}
                  aria-describedby={f === 'raadsvoorstel' ? 'raadsvoorstel-hint' : undefined}
                />{' '}
                {t(`word.${f}`)}
              </label>
            ))}
            <p id="raadsvoorstel-hint" className="hint">
              {t('word.raadsvoorstelHint')}
            </p>
          </fieldset>
          <fieldset disabled={format === 'raadsvoorstel'}>
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
          <AllItemsOption kind="measurements" checked={allMeasurements} onChange={setAllMeasurements} disabled={busy} />
          <AllItemsOption kind="effects" checked={allEffects} onChange={setAllEffects} disabled={busy} />
        </>
      ) : (
        <fieldset>
          <legend>{t('excel.format')}</legend>
          <label className="block-label">
            <input type="radio" name="format" checked={separator === ';'} onChange={() => setSeparator(';')} disabled={busy} />{' '}
            {t('excel.csvWith', { separator: t('export.semicolon') })}
          </label>
          <label className="block-label">
            <input type="radio" name="format" checked={separator === ','} onChange={() => setSeparator(',')} disabled={busy} />{' '}
            {t('excel.csvWith', { separator: t('export.comma') })}
          </label>
          <label className="block-label">
            <input type="radio" name="format" checked={separator === 'xlsx'} onChange={() => setSeparator('xlsx')} disabled={busy} />{' '}
            {t('excel.formatXlsx')}
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
        <button ref={makeRef} type="button" className="primary" onClick={() => void run()} disabled={busy}>
          {busy ? t('export.working') : t('export.make')}
        </button>
      </div>
    </dialog>
  );
});
