/**
 * Form fields bound to the open assessment. Every field has a visible label, an id derived from
 * what it edits (so a finding can take the user to it), and writes through the store's edit(),
 * which records undo steps and schedules the autosave.
 */
import { observer } from 'mobx-react-lite';
import { useId, useState, type ReactNode } from 'react';
import { DateInput } from './date-input';
import { useTranslation } from '../i18n';
import { formatNumberInput } from '../../shared/analysis/numbers';
import { readNumber } from './cells';
import type { AssessmentDocument } from '../../shared/model/document';
import { useStore } from '../stores/context';
import { Locked, useLock } from './locked-field';

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
  /** The row the field belongs to, added to its accessible name only ("Datum (Signaal 2)"), so repeated rows differ. */
  of?: string;
}

function Label({ htmlFor, hidden, of, children }: { htmlFor: string; hidden?: boolean; of?: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className={hidden ? 'visually-hidden' : undefined}>
      {children}
      {of ? <span className="visually-hidden"> ({of})</span> : null}
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
      <Label htmlFor={id} hidden={props.hiddenLabel} of={props.of}>
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
  const lock = useLock(props.itemId, props.field);
  if (lock) return <Locked {...props} view={lock} control={{ kind: 'text', maxLength: props.maxLength }} />;
  return (
    <TextShell
      {...props}
      control={({ onChange, ...attrs }) =>
        props.type === 'date' ? (
          <DateInput id={attrs.id} aria-describedby={attrs['aria-describedby']} value={props.value} onChange={onChange} />
        ) : (
          <input {...attrs} type="text" value={props.value} maxLength={props.maxLength ?? 500} onChange={(e) => onChange(e.target.value)} />
        )
      }
    />
  );
});

/** A multi-line text field. */
export const TextAreaField = observer(function TextAreaField(props: Bound<string> & { rows?: number; maxLength?: number }) {
  const lock = useLock(props.itemId, props.field);
  if (lock) return <Locked {...props} view={lock} control={{ kind: 'text', multiline: true, maxLength: props.maxLength }} />;
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
  const lock = useLock(props.itemId, props.field);
  if (lock) return <Locked {...props} view={lock} control={{ kind: 'select', options: props.options, allowEmpty: props.allowEmpty }} />;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label htmlFor={id} hidden={props.hiddenLabel} of={props.of}>
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

/** A number field in the document's notation (nl "1.234,5", en "1,234.5"); invalid input is shown, not saved. */
export const NumberField = observer(function NumberField(props: Bound<number | null> & { integer?: boolean; min?: number; max?: number }) {
  const { t } = useTranslation();
  const edit = useEdit(props);
  const id = fieldId(props.field, props.itemId);
  const errorId = useId();
  const notation = useStore().assessment.document?.context.language ?? 'nl';
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : readNumber(draft, notation, props);
  const error = parsed === undefined ? t(props.integer ? 'fields.invalidYear' : 'fields.invalidNumber') : '';
  // The typed text while it means the stored value or is wrong; after an outside change (undo, redo,
  // another field) the stored value.
  const stored = props.value === null ? '' : formatNumberInput(props.value, notation);
  const text = draft !== null && (parsed === undefined || parsed === props.value) ? draft : stored;
  const lock = useLock(props.itemId, props.field);
  if (lock) return <Locked {...props} view={lock} control={{ kind: 'number', integer: props.integer, min: props.min, max: props.max }} />;

  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label htmlFor={id} hidden={props.hiddenLabel} of={props.of}>
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
          setDraft(e.target.value);
          const value = readNumber(e.target.value, notation, props);
          if (value !== undefined) edit(value);
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

export { DateCell, displayDate, NumberCell } from './cells';
