import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { formatNumber, type NumberNotation } from '../../../../shared/analysis/numbers';
import {
  applyPaste,
  cellsAsText,
  checkDuplicates,
  parsePastedMeasurements,
  type CheckedRow,
  type DuplicateChoice,
  type PastedRow,
} from '../../../../shared/analysis/paste';
import { useStore } from '../../../stores/context';
import { newItemId } from '../../options';
import { useLang } from '../../use-lang';
import { FileEntry } from './file-entry';

/** The status cell of a good row: in order, or a duplicate with the choice to skip (default) or replace. */
function DuplicateStatus({
  checked,
  choice,
  onChoice,
}: {
  checked: CheckedRow;
  choice: DuplicateChoice;
  onChoice: (c: DuplicateChoice) => void;
}) {
  const { t } = useTranslation();
  const line = checked.row.line;
  if (checked.repeatsLine !== null) return <>{`⚠ ${t('pasteDup.inPaste')}`}</>;
  if (!checked.existing) return <>{`✓ ${t('measure.ok')}`}</>;
  return (
    <fieldset className="inline-fieldset duplicate-choice">
      <legend>
        <span aria-hidden="true">⚠ </span>
        {t('pasteDup.duplicate')}
        <span className="visually-hidden">. {t('pasteDup.choice', { line })}</span>
      </legend>
      {(['skip', 'replace'] as const).map((c) => (
        <label key={c} className="inline">
          <input type="radio" name={`dup-${line}`} checked={choice === c} onChange={() => onChoice(c)} />
          {t(`pasteDup.${c}`)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Paste from a spreadsheet, with a preview and an error per bad row; rows that repeat an existing
 * measurement (indicator, date, area) are marked and skipped unless the user chooses "replace".
 */
export const PasteEntry = observer(function PasteEntry() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment, ui } = useStore();
  const [text, setText] = useState('');
  const [notation, setNotation] = useState<NumberNotation>(assessment.document!.context.language);
  const [rows, setRows] = useState<PastedRow[] | null>(null);
  const [choices, setChoices] = useState<Map<number, DuplicateChoice>>(new Map());
  // The file the preview was read from (null: the pasted text).
  const [source, setSource] = useState<string | null>(null);
  const checked = rows ? checkDuplicates(rows, assessment.document!.implementation.measurements) : [];
  const byLine = new Map(checked.map((c) => [c.row.line, c]));
  const good = checked.length;
  const bad = rows?.filter((r): r is Extract<PastedRow, { ok: false }> => !r.ok) ?? [];
  const duplicates = checked.filter((c) => c.existing !== null && c.repeatsLine === null).length;
  const toApply = checked.filter((c) => c.repeatsLine === null && (!c.existing || choices.get(c.row.line) === 'replace')).length;

  function add() {
    let outcome = { added: 0, replaced: 0, skipped: 0 };
    assessment.edit('paste', (d) => {
      outcome = applyPaste(d.implementation.measurements, checkDuplicates(rows!, d.implementation.measurements), choices, () =>
        newItemId('m'),
      );
    });
    if (source === null) setText(cellsAsText(bad.map((r) => r.cells)));
    setRows(null);
    setChoices(new Map());
    ui.notify({
      kind: 'status',
      text:
        bad.length && source === null
          ? `${t('pasteDup.added', { ...outcome })} ${t('pasteDup.badLeft')}`
          : t('pasteDup.added', { ...outcome }),
    });
  }

  function preview() {
    setRows(parsePastedMeasurements(text, assessment.document!.preparation.indicators, notation));
    setChoices(new Map());
    setSource(null);
  }

  return (
    <section aria-labelledby="paste-title">
      <h2 id="paste-title">{t('measure.pasteTitle')}</h2>
      <p className="hint" id="paste-hint">
        {t('measure.pasteIntro')}
      </p>
      <div className="field">
        <label htmlFor="paste-text">{t('measure.pasteLabel')}</label>
        <textarea id="paste-text" rows={6} value={text} aria-describedby="paste-hint" onChange={(e) => setText(e.target.value)} />
      </div>
      <fieldset className="inline-fieldset">
        <legend>{t('measure.decimal')}</legend>
        <label className="inline">
          <input type="radio" name="decimal" checked={notation === 'nl'} onChange={() => setNotation('nl')} />
          {t('measure.decimalComma')}
        </label>
        <label className="inline">
          <input type="radio" name="decimal" checked={notation === 'en'} onChange={() => setNotation('en')} />
          {t('measure.decimalPoint')}
        </label>
      </fieldset>
      <button type="button" onClick={preview}>
        {t('measure.preview')}
      </button>
      <FileEntry
        indicators={assessment.document!.preparation.indicators}
        notation={notation}
        onRows={(fileRows, name) => {
          setRows(fileRows);
          setChoices(new Map());
          setSource(name);
        }}
      />
      {rows ? (
        <div className="paste-preview">
          <div role="status">
            <h3>{t('measure.previewTitle', { good, bad: bad.length })}</h3>
            {source !== null ? <p>{t('excel.fileRead', { file: source })}</p> : null}
            {duplicates > 0 ? <p>{t('pasteDup.summary', { count: duplicates })}</p> : null}
          </div>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('measure.line')}</th>
                <th scope="col">{t('measure.indicator')}</th>
                <th scope="col">{t('measure.date')}</th>
                <th scope="col">{t('measure.value')}</th>
                <th scope="col">{t('measure.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const c = byLine.get(r.line);
                const duplicate = !!c && (c.existing !== null || c.repeatsLine !== null);
                return (
                  <tr key={r.line} className={r.ok ? (duplicate ? 'row-duplicate' : undefined) : 'row-error'}>
                    <td>{r.line}</td>
                    <td>{r.ok ? r.indicatorName : r.cells[0]}</td>
                    <td>{r.ok ? r.measurement.date : r.cells[1]}</td>
                    <td>{r.ok ? formatNumber(r.measurement.value, lang, 4) : r.cells[2]}</td>
                    <td>
                      {c ? (
                        <DuplicateStatus
                          checked={c}
                          choice={choices.get(r.line) ?? 'skip'}
                          onChoice={(choice) => setChoices(new Map(choices).set(r.line, choice))}
                        />
                      ) : r.ok ? null : (
                        `✗ ${r.errors.map((e) => t(`paste.${e.code}`, { text: e.text })).join('; ')}`
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {toApply > 0 ? (
            <button type="button" className="primary" onClick={add}>
              {t('measure.addGood', { count: toApply })}
            </button>
          ) : good > 0 ? (
            <p>{t('pasteDup.nothingNew')}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
});
