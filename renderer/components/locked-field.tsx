/**
 * A frozen field: its value read-only, "oorspronkelijk … → bijgesteld …" when an adjustment changed
 * it, and "Bijstellen", which records an adjustment (what, from → to, reason, decision, date) and
 * applies the new value in one undoable edit.
 */
import { observer } from 'mobx-react-lite';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { describeAdjusted, type FieldValue } from '../../shared/analysis/adjusted';
import { formatNumber, formatNumberInput, parseNumber } from '../../shared/analysis/numbers';
import type { AssessmentDocument } from '../../shared/model/document';
import type { FrozenView } from '../../shared/model/freeze';
import { useStore } from '../stores/context';
import { DateInput } from './date-input';
import { newItemId } from '../phases/options';
import { adjustedField } from './locked';

export { useLock } from './locked';

/** What kind of control the field is, so the dialog offers the same for the new value. */
export type LockedKind =
  | { kind: 'text'; multiline?: boolean; maxLength?: number }
  | { kind: 'number'; integer?: boolean; min?: number; max?: number }
  | { kind: 'select'; options: { value: string | number; label: string }[]; allowEmpty?: boolean };

export interface LockedProps {
  id: string;
  label: string;
  hiddenLabel?: boolean;
  /** The row the field belongs to, in its accessible name only. */
  of?: string;
  className?: string;
  itemId: string | null;
  field: string;
  value: FieldValue;
  control: LockedKind;
  view: FrozenView;
  apply: (document: AssessmentDocument, value: never) => void;
}

/** A value as the field shows it. */
function useShow(control: LockedKind) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (v: FieldValue | undefined) => {
    if (v === null || v === undefined || v === '') return t('freeze.empty');
    if (control.kind === 'select') return control.options.find((o) => String(o.value) === String(v))?.label ?? String(v);
    if (control.kind === 'number' && typeof v === 'number') return control.integer ? String(v) : formatNumber(v, lang, 4);
    return String(v);
  };
}

/** The id of the one description every unadjusted frozen field of a step shares (StepFrame renders it with the frozen view). */
export const LOCKED_HINT_ID = 'frozen-field-hint';

/**
 * A frozen field, light as a step shows hundreds: unadjusted ones share one description (LOCKED_HINT_ID); in a grid (label
 * hidden) the value carries its name and lays out beside "Bijstellen" without a label element or a row around them.
 */
export const LockedField = observer(function LockedField(props: LockedProps) {
  const { t, i18n } = useTranslation();
  const doc = useStore().assessment.document!;
  const [open, setOpen] = useState(false);
  const show = useShow(props.control);
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const adjusted = adjustedField(doc, props.itemId, props.field, props.view);
  const changed = adjusted?.changed === true;
  const hintId = changed ? `${props.id}-locked` : LOCKED_HINT_ID;
  const shown = props.value === null ? '' : props.control.kind === 'text' ? String(props.value) : show(props.value);
  const name = props.of ? `${props.label} (${props.of})` : props.label;
  const compact = props.hiddenLabel && !changed;
  const common = { id: props.id, readOnly: true, value: shown, 'aria-describedby': hintId, className: 'locked-input' };
  const named = { ...common, 'aria-label': compact ? name : undefined };
  const control =
    props.control.kind === 'text' && props.control.multiline ? <textarea rows={2} {...named} /> : <input type="text" {...named} />;
  const adjust = (
    <button type="button" className="adjust-button" aria-label={t('freeze.adjustNamed', { label: name })} onClick={() => setOpen(true)}>
      {t('freeze.adjust')}
    </button>
  );
  return (
    <div className={`field locked-field ${compact ? 'locked-row' : ''} ${props.className ?? ''}`}>
      {compact ? null : (
        <label htmlFor={props.id} className={props.hiddenLabel ? 'visually-hidden' : undefined}>
          {props.label}
          {props.of ? <span className="visually-hidden"> ({props.of})</span> : null}
        </label>
      )}
      {compact ? (
        <>
          {control}
          {adjust}
        </>
      ) : (
        <div className="locked-row">
          {control}
          {adjust}
        </div>
      )}
      {changed && adjusted ? (
        <p id={hintId} className="adjusted-note">
          {describeAdjusted(adjusted, show, t, lang)}
        </p>
      ) : null}
      {open ? <AdjustDialog {...props} show={show} onClose={() => setOpen(false)} /> : null}
    </div>
  );
});

/** Today in the user's time zone, yyyy-mm-dd. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const AdjustDialog = observer(function AdjustDialog(
  props: LockedProps & { show: (v: FieldValue | undefined) => string; onClose: () => void },
) {
  const { t } = useTranslation();
  const { assessment, ui } = useStore();
  const doc = assessment.document!;
  const notation = doc.context.language;
  const ref = useRef<HTMLDialogElement>(null);
  const base = useId();
  const { control } = props;
  const initial =
    props.value === null
      ? ''
      : control.kind === 'number' && typeof props.value === 'number'
        ? formatNumberInput(props.value, notation)
        : String(props.value);
  const [to, setTo] = useState(initial);
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState('');
  const [date, setDate] = useState(today());
  const [error, setError] = useState('');
  const adjusted = adjustedField(doc, props.itemId, props.field, props.view);

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    document.getElementById(`${base}-to`)?.focus();
  }, [base]);

  /** The new value from the control's text; undefined when it is not valid. */
  function parse(): FieldValue | undefined {
    if (control.kind === 'text') return to;
    if (to === '') return control.kind === 'select' && control.allowEmpty === false ? undefined : null;
    if (control.kind === 'select') {
      const match = control.options.find((o) => String(o.value) === to);
      return match ? match.value : undefined;
    }
    const n = parseNumber(to, notation);
    if (n === null || (control.integer && !Number.isInteger(n))) return undefined;
    if ((control.min !== undefined && n < control.min) || (control.max !== undefined && n > control.max)) return undefined;
    return n;
  }

  function save() {
    const value = parse();
    if (value === undefined) return setError(t('freeze.badValue'));
    if (value === props.value) return setError(t('freeze.sameValue'));
    if (!decision.trim()) return setError(t('freeze.needDecision'));
    if (!reason.trim()) return setError(t('freeze.needReason'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError(t('freeze.needDate'));
    const { itemId, field } = props;
    assessment.edit(`adjust-${itemId ?? ''}-${field}-${newItemId('x')}`, (d) => {
      props.apply(d, value as never);
      const isIndicator = itemId !== null && d.preparation.indicators.some((i) => i.id === itemId);
      const isEffect = itemId !== null && d.preparation.effects.some((e) => e.id === itemId);
      d.implementation.adjustments.push({
        id: newItemId('adj'),
        date,
        decision: decision.trim(),
        reason: reason.trim(),
        indicatorIds: isIndicator ? [itemId] : [],
        effectIds: isEffect ? [itemId] : [],
        changesAmbition: itemId === null && field === 'ambition',
        changes: [{ itemId, field, from: props.value, to: value }],
      });
    });
    ui.notify({ kind: 'status', text: t('freeze.recorded', { what: props.label }) });
    props.onClose();
  }

  const toId = `${base}-to`;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog adjust-dialog"
      aria-labelledby={`${base}-title`}
      aria-describedby={`${base}-intro`}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <h2 id={`${base}-title`}>{t('freeze.dialogTitle')}</h2>
      <p id={`${base}-intro`}>{t('freeze.dialogIntro')}</p>
      <dl className="adjust-facts">
        <dt>{t('freeze.what')}</dt>
        <dd>{props.label}</dd>
        <dt>{t('freeze.frozenValue')}</dt>
        <dd>{props.show(adjusted?.original)}</dd>
        <dt>{t('freeze.fromValue')}</dt>
        <dd>{props.show(props.value)}</dd>
      </dl>
      <div className="field">
        <label htmlFor={toId}>{t('freeze.toValue')}</label>
        {control.kind === 'select' ? (
          <select id={toId} value={to} onChange={(e) => setTo(e.target.value)}>
            {control.allowEmpty !== false ? <option value="">{t('fields.choose')}</option> : null}
            {control.options.map((o) => (
              <option key={String(o.value)} value={String(o.value)}>
                {o.label}
              </option>
            ))}
          </select>
        ) : control.kind === 'text' && control.multiline ? (
          <textarea id={toId} rows={3} value={to} maxLength={control.maxLength ?? 20_000} onChange={(e) => setTo(e.target.value)} />
        ) : (
          <input
            id={toId}
            type="text"
            inputMode={control.kind === 'number' ? 'decimal' : undefined}
            value={to}
            maxLength={control.kind === 'text' ? (control.maxLength ?? 500) : 40}
            onChange={(e) => setTo(e.target.value)}
          />
        )}
      </div>
      <div className="field">
        <label htmlFor={`${base}-decision`}>{t('freeze.decision')}</label>
        <input
          id={`${base}-decision`}
          type="text"
          value={decision}
          maxLength={4000}
          placeholder={t('freeze.decisionPlaceholder')}
          onChange={(e) => setDecision(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-date`}>{t('freeze.date')}</label>
        <DateInput id={`${base}-date`} value={date} onChange={setDate} onInvalid={() => setDate('')} />
      </div>
      <div className="field">
        <label htmlFor={`${base}-reason`}>{t('freeze.reason')}</label>
        <textarea id={`${base}-reason`} rows={3} value={reason} maxLength={4000} onChange={(e) => setReason(e.target.value)} />
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={props.onClose}>
          {t('freeze.cancel')}
        </button>
        <button type="button" className="primary" onClick={save}>
          {t('freeze.save')}
        </button>
      </div>
    </dialog>
  );
});

/** A bound field of fields.tsx, frozen: read-only, with "Bijstellen" that applies the new value through its onChange. */
export function Locked<T extends string | number | null>(props: {
  field: string;
  itemId?: string | null;
  label: string;
  hiddenLabel?: boolean;
  /** The row the field belongs to, in its accessible name only. */
  of?: string;
  className?: string;
  value: T;
  onChange: (document: AssessmentDocument, value: T) => void;
  view: FrozenView;
  control: LockedKind;
}) {
  return (
    <LockedField
      id={`f-${props.itemId ? `${props.itemId}-` : ''}${props.field}`.replace(/[^A-Za-z0-9_-]/g, '-')}
      label={props.label}
      hiddenLabel={props.hiddenLabel}
      of={props.of}
      className={props.className}
      itemId={props.itemId ?? null}
      field={props.field}
      value={props.value}
      control={props.control}
      view={props.view}
      apply={(d, v) => props.onChange(d, v as T)}
    />
  );
}
