import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n';
import type { NumberNotation } from '../../../../shared/analysis/numbers';
import type { PastedRow } from '../../../../shared/analysis/paste';
import { MAX_MEASUREMENT_FILE_BYTES, readMeasurementFile } from '../../../../shared/io/measurement-file';
import type { Indicator } from '../../../../shared/model/document';
import { loadExcel } from '../../../report/excel';

/**
 * "Bestand kiezen (.xlsx, .csv)": reads the chosen file in the page (never uploaded) through the
 * same parser as a paste, and hands the rows to the paste preview. A file that cannot be read
 * says so in the user's language; nothing in the document changes until "add" in the preview.
 */
export function FileEntry({
  indicators,
  notation,
  onRows,
}: {
  indicators: readonly Indicator[];
  notation: NumberNotation;
  onRows: (rows: PastedRow[], name: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  // The field is disabled while the file is read, which drops the focus to the page: when the read ends and the
  // focus went nowhere else (a preview takes it when the rows are good), it returns here, next to the message.
  const input = useRef<HTMLInputElement>(null);
  const wasBusy = useRef(false);
  useEffect(() => {
    if (wasBusy.current && !busy && (document.activeElement === document.body || document.activeElement === null)) input.current?.focus();
    wasBusy.current = busy;
  }, [busy]);

  async function read(file: File) {
    setProblem('');
    if (file.size > MAX_MEASUREMENT_FILE_BYTES) {
      setProblem(t('excel.tooLarge', { file: file.name }));
      return;
    }
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      onRows(await readMeasurementFile(loadExcel, bytes, indicators, notation), file.name);
    } catch {
      setProblem(t('excel.unreadable', { file: file.name }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t('excel.chooseFile')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('excel.fileHint')}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".xlsx,.csv,.txt,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-describedby={`${id}-hint`}
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
