/** Light cells for long tables (measurements, results): a number or a date typed in place, and how a date is shown. */
import { useState } from 'react';
import { formatNumberInput, parseLocaleDate, parseNumber, type NumberNotation } from '../../shared/analysis/numbers';

export /** Reads a number field's text in the document's notation: null when empty, undefined when it is no allowed number. */
function readNumber(
  text: string,
  notation: NumberNotation,
  rules: { integer?: boolean; min?: number; max?: number },
): number | null | undefined {
  if (text.trim() === '') return null;
  const value = parseNumber(text, notation);
  if (value === null) return undefined;
  if (rules.integer && !Number.isInteger(value)) return undefined;
  if ((rules.min !== undefined && value < rules.min) || (rules.max !== undefined && value > rules.max)) return undefined;
  return value;
}

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

/** A number cell in the document's notation; empty means "no value". */
export function NumberCell(props: {
  id: string;
  label: string;
  value: number | null;
  notation: NumberNotation;
  invalidText: string;
  onCommit: (value: number | null) => void;
}) {
  const shown = props.value === null ? '' : formatNumberInput(props.value, props.notation);
  const parse = (text: string) => readNumber(text, props.notation, {});
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
