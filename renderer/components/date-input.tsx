/**
 * A date field in the app's language ("30-06-2025" in Dutch, "30/06/2025" in English). The
 * browser's own date field follows the browser's locale instead (a Dutch screen showed
 * mm/dd/yyyy), so this is a text field: typed dates are read by parseDateText, stored as
 * yyyy-mm-dd, and ArrowUp/ArrowDown move a valid date by a day.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { DATE_PATTERN, addDays, formatDateText, parseDateText } from '../../shared/model/date-text';
import { useTranslation } from '../i18n';

export interface DateInputProps {
  id: string;
  /** The stored date, yyyy-mm-dd, or '' for none. */
  value: string;
  /** Called with a valid date (yyyy-mm-dd), or '' when the field is emptied. */
  onChange: (iso: string) => void;
  /** Called when the typed text is no date (forms that check on submit clear their value then). */
  onInvalid?: () => void;
  /** Whether an emptied field returns to its stored date on leaving (a date that must stay). */
  required?: boolean;
  'aria-describedby'?: string;
}

export function DateInput(props: DateInputProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [text, setText] = useState(() => formatDateText(props.value, lang));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState({ value: props.value, lang });
  const hintId = useId();
  const errorId = useId();

  // Follow changes from elsewhere (undo, another tab, a language switch), but never replace what
  // is being typed with the same date written differently (state adjusted during render).
  if (shown.value !== props.value || shown.lang !== lang) {
    setShown({ value: props.value, lang });
    const typedSame = parseDateText(text) === props.value;
    const typingInvalid = props.value === '' && text.trim() !== '' && parseDateText(text) === null;
    if (shown.lang !== lang || (!typedSame && !typingInvalid)) {
      setText(formatDateText(props.value, lang));
      setError(null);
    }
  }

  function change(next: string) {
    setText(next);
    if (next.trim() === '') {
      setError(null);
      props.onChange('');
      return;
    }
    const iso = parseDateText(next);
    if (iso) {
      setError(null);
      props.onChange(iso);
    } else props.onInvalid?.();
  }

  function leave() {
    if (text.trim() === '') {
      if (props.required && props.value) setText(formatDateText(props.value, lang));
      return;
    }
    const iso = parseDateText(text);
    if (!iso) setError(t('dates.invalid', { text: text.trim() }));
    else setText(formatDateText(iso, lang));
  }

  function key(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    const iso = parseDateText(text);
    if (!iso) return;
    e.preventDefault();
    const next = addDays(iso, e.key === 'ArrowUp' ? 1 : -1);
    setText(formatDateText(next, lang));
    setError(null);
    props.onChange(next);
  }

  const describedBy = [props['aria-describedby'], hintId, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="date-input"
        value={text}
        placeholder={DATE_PATTERN[lang]}
        maxLength={20}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => change(e.target.value)}
        onBlur={leave}
        onKeyDown={key}
      />
      <span id={hintId} className="visually-hidden">
        {t('dates.format')}
      </span>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
