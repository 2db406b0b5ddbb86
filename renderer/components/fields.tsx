/**
 * Form fields bound to the open assessment. Every field has a visible label, an id derived from
 * what it edits (so a finding can take the user to it), and writes through the store's edit(),
 * which records undo steps and schedules the autosave.
 */
import { observer } from 'mobx-react-lite';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { parseLocaleDate } from '../../shared/analysis/numbers';
import type { AssessmentDocument } from '../../shared/model/document';
import { useStore } from '../stores/context';

/** The DOM id of a field: what a finding's target (field, item) points to. */
export function fieldId(field: string, itemId?: string | null): string {
  return `f-${itemId ? `${itemId}-` : ''}${field}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

interface Bound<T> {
  label: string;
  /** Undo key and, with itemId, the DOM id. */
  field: string;
  itemId?: string | null;
  value: T;
  onChange: (document: AssessmentDocument, value: T) => void;
  hint?: string;
  /** Hide the label visually (grids), keeping it for screen readers. */
  hiddenLabel?: boolean;
  className?: string;
}

function Label({ htmlFor, hidden, children }: { htmlFor: string; hidden?: boolean; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className={hidden ? 'visually-hidden' : undefined}>
      {children}
    </label>
  );
}

function useEdit<T>(props: Bound<T>) {
  const { assessment } = useStore();
  const key = `${props.itemId ?? ''}.${props.field}`;
  return (value: T) => assessment.edit(key, (d) => props.onChange(d, value));
}

/** The label and optional hint around a text control; `control` gets the id and aria props. */
function TextShell(
  props: Bound<string> & { control: (attrs: { id: string; 'aria-describedby'?: string; onChange: (value: string) => void }) => ReactNode },
) {
  const edit = useEdit(props);
  const id = fieldId(props.field, props.itemId);
  const hintId = `${id}-hint`;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label htmlFor={id} hidden={props.hiddenLabel}>
        {props.label}
      </Label>
      {props.hint ? (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.control({ id, 'aria-describedby': props.hint ? hintId : undefined, onChange: edit })}
    </div>
  );
}

/** A one-line text field. */
export const TextField = observer(function TextField(props: Bound<string> & { maxLength?: number; type?: 'text' | 'date' }) {
  return (
    <TextShell
      {...props}
      control={({ onChange, ...attrs }) => (
        <input
          {...attrs}
          type={props.type ?? 'text'}
          value={props.value}
          maxLength={props.maxLength ?? 500}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    />
  );
});

/** A multi-line text field. */
export const TextAreaField = observer(function TextAreaField(props: Bound<string> & { rows?: number; maxLength?: number }) {
  return (
    <TextShell
      {...props}
      control={({ onChange, ...attrs }) => (
        <textarea
          {...attrs}
          rows={props.rows ?? 4}
          value={props.value}
          maxLength={props.maxLength ?? 20_000}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    />
  );
});

/** A select over a fixed set of values; `null` is the "choose" entry. */
export const SelectField = observer(function SelectField<V extends string | number>(
  props: Bound<V | null> & { options: { value: V; label: string }[]; allowEmpty?: boolean; emptyLabel?: string },
) {
  const { t } = useTranslation();
  const edit = useEdit(props);
  const id = fieldId(props.field, props.itemId);
  const current = props.value === null ? '' : String(props.value);
  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label htmlFor={id} hidden={props.hiddenLabel}>
        {props.label}
      </Label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const raw = e.target.value;
          const match = props.options.find((o) => String(o.value) === raw);
          edit(match ? match.value : null);
        }}
      >
        {props.allowEmpty !== false ? <option value="">{props.emptyLabel ?? t('fields.choose')}</option> : null}
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
});

/** Parses a number as a Dutch or English user types it: "12,5", "12.5", "1.234,5", "-3". */
export function parseDecimal(text: string): number | null {
  const clean = text.trim().replace(/\s/g, '');
  if (clean === '') return null;
  let normal = clean;
  if (clean.includes(',') && clean.includes('.'))
    normal = clean.lastIndexOf(',') > clean.lastIndexOf('.') ? clean.replace(/\./g, '').replace(',', '.') : clean.replace(/,/g, '');
  else if (clean.includes(',')) normal = clean.replace(',', '.');
  if (!/^[-+]?\d*\.?\d+$/.test(normal)) return Number.NaN;
  return Number(normal);
}

/** A number field that accepts a decimal comma; invalid input is shown, not saved. */
export const NumberField = observer(function NumberField(props: Bound<number | null> & { integer?: boolean; min?: number; max?: number }) {
  const { t, i18n } = useTranslation();
  const edit = useEdit(props);
  const id = fieldId(props.field, props.itemId);
  const errorId = useId();
  const format = (v: number | null) => (v === null ? '' : i18n.language === 'en' ? String(v) : String(v).replace('.', ','));
  const [text, setText] = useState(format(props.value));
  const [error, setError] = useState('');
  const { assessment } = useStore();
  // Follow outside changes (undo, redo, another field) when the text does not already mean them.
  useEffect(() => {
    const parsed = parseDecimal(text);
    if (parsed !== props.value && !(Number.isNaN(parsed as number) && error)) setText(format(props.value));
  }, [props.value, assessment.revision, i18n.language]);

  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label htmlFor={id} hidden={props.hiddenLabel}>
        {props.label}
      </Label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const value = parseDecimal(next);
          const bad =
            value !== null &&
            (Number.isNaN(value) ||
              (props.integer && !Number.isInteger(value)) ||
              (props.min !== undefined && value < props.min) ||
              (props.max !== undefined && value > props.max));
          if (bad) {
            setError(props.integer ? t('fields.invalidYear') : t('fields.invalidNumber'));
            return;
          }
          setError('');
          edit(value);
        }}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
});

/**
 * A light text cell for long tables (no hooks beyond its own text; labels and messages come from
 * the parent), so 150 rows render quickly. Text that `parse` refuses (undefined) is shown with
 * `invalidText` and not saved; anything else is committed as the user types.
 */
function ParsedCell<V>(props: {
  id: string;
  label: string;
  shown: string;
  className: string;
  inputMode?: 'decimal';
  invalidText: string;
  parse: (text: string) => V | undefined;
  onCommit: (value: V) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const bad = text !== null && props.parse(text) === undefined;
  return (
    <>
      <label htmlFor={props.id} className="visually-hidden">
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        inputMode={props.inputMode}
        className={props.className}
        value={text ?? props.shown}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${props.id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const value = props.parse(e.target.value);
          if (value !== undefined) props.onCommit(value);
        }}
        onBlur={() => {
          if (!bad) setText(null);
        }}
      />
      {bad ? (
        <span id={`${props.id}-error`} className="field-error">
          {props.invalidText}
        </span>
      ) : null}
    </>
  );
}

/** A number cell that accepts a decimal comma; empty means "no value". */
export function NumberCell(props: {
  id: string;
  label: string;
  value: number | null;
  lang: 'nl' | 'en';
  invalidText: string;
  onCommit: (value: number | null) => void;
}) {
  const shown = props.value === null ? '' : props.lang === 'en' ? String(props.value) : String(props.value).replace('.', ',');
  const parse = (text: string) => {
    const value = parseDecimal(text);
    return value !== null && Number.isNaN(value) ? undefined : value;
  };
  return (
    <ParsedCell
      id={props.id}
      label={props.label}
      shown={shown}
      className="value-input"
      inputMode="decimal"
      invalidText={props.invalidText}
      parse={parse}
      onCommit={props.onCommit}
    />
  );
}

/** Shows an ISO date as the user writes it: 31-12-2027 in Dutch, 2027-12-31 in English. */
export function displayDate(iso: string, lang: 'nl' | 'en'): string {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** A date cell (a native date picker per row is costly to render): 31-12-2027, 31/12/2027 or 2027-12-31. */
export function DateCell(props: {
  id: string;
  label: string;
  value: string;
  lang: 'nl' | 'en';
  invalidText: string;
  onCommit: (iso: string) => void;
}) {
  return (
    <ParsedCell
      id={props.id}
      label={props.label}
      shown={displayDate(props.value, props.lang)}
      className="date-input"
      invalidText={props.invalidText}
      parse={(text) => parseLocaleDate(text) ?? undefined}
      onCommit={props.onCommit}
    />
  );
}
