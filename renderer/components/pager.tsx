/**
 * Paging for long lists and tables (measurements, indicators, signals, results): at most PAGE_SIZE
 * rows at a time, so a document with 15,000 indicators or 150,000 measurements stays responsive.
 * The controls are plain buttons and a page-number field (keyboard and screen reader), the range is announced politely.
 * A list that names its items' ids shows by itself the page holding the element the wizard is about to focus
 * (a finding's target, a field after an edit), before the step frame focuses it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';
import { fieldId } from './fields';

/** Rows shown at a time. */
export const PAGE_SIZE = 200;

/**
 * The index of the item an element id belongs to, or -1: the item's section (`s-<id>`) or one of its fields
 * (`f-<id>-<field>`, as fieldId makes them). The longest matching id wins (an id may start with another).
 */
export function itemIndexOf<T>(items: readonly T[], idOf: (item: T) => string, elementId: string): number {
  let found = -1;
  let length = 0;
  for (let i = 0; i < items.length; i++) {
    const id = idOf(items[i]!);
    if (elementId === `s-${id}`) return i;
    const prefix = fieldId('', id);
    if (prefix.length > length && elementId.startsWith(prefix)) {
      found = i;
      length = prefix.length;
    }
  }
  return found;
}

/**
 * The visible slice of `items`, the controls to page through them (null when everything fits), the slice's first index, and
 * `reveal(index)`: shows the page with that item (a row just added at the end). With `idOf`, the page that holds the
 * element the wizard is to focus next (wizard.pendingFocus, see itemIndexOf) is shown before the step frame focuses it;
 * the caller must be an observer, so a finding clicked while the step is already shown turns the page too.
 */
export function usePage<T>(
  items: readonly T[],
  what: string,
  size = PAGE_SIZE,
  idOf?: (item: T) => string,
): { visible: readonly T[]; pager: ReactNode; start: number; reveal: (index: number) => void } {
  const { wizard } = useStore();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pages - 1);
  const reveal = (index: number) => setPage(Math.floor(index / size));
  // Read only by lists that name their ids, so other lists do not re-render when the wizard asks for a focus.
  const focus = idOf && items.length > size ? wizard.pendingFocus : null;
  const wanted = focus ? itemIndexOf(items, idOf!, focus) : -1;
  if (wanted >= 0 && Math.floor(wanted / size) !== current) {
    // During render, so this render is redone on that page before anything is committed and the frame focuses.
    setPage(Math.floor(wanted / size));
  }
  if (items.length <= size) return { visible: items, pager: null, start: 0, reveal };
  const start = current * size;
  const visible = items.slice(start, start + size);
  const pager = <Pager what={what} start={start} shown={visible.length} total={items.length} size={size} onPage={setPage} />;
  return { visible, pager, start, reveal };
}

/** Parses a typed page number (1-based) into a page index within `pages`, or null. */
export function pageIndex(text: string, pages: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= pages ? n - 1 : null;
}

/** The controls in a row that wraps control by control in a narrow column (the findings panel, 200% zoom). */
const LAYOUT = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.35rem 0.5rem' } as const;

function Pager(props: { what: string; start: number; shown: number; total: number; size: number; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation();
  const { start, shown, total, size } = props;
  const fieldIdText = useId();
  const errorId = useId();
  const field = useRef<HTMLInputElement>(null);
  const refocus = useRef(false);
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nf = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  const pages = Math.ceil(total / size);
  const current = Math.floor(start / size);
  const last = pages - 1;
  // Another page shown (a button, a finding's reveal, an added row): the field shows its number again, without an old message.
  const [shownFor, setShownFor] = useState(current);
  if (shownFor !== current) {
    setShownFor(current);
    setTyped(null);
    setError(null);
  }
  // A button that turns disabled would drop the keyboard focus to the page's start: the page field takes it instead.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    field.current?.focus();
  });
  function to(index: number) {
    refocus.current = index === 0 || index === last;
    props.onPage(index);
  }
  function go() {
    const text = typed ?? String(current + 1);
    const index = pageIndex(text, pages);
    if (index === null) {
      setError(t('pager.outOfRange', { text: text.trim(), pages: nf(pages) }));
      return;
    }
    setTyped(null);
    setError(null);
    props.onPage(index);
  }
  return (
    <nav className="pager" aria-label={t('scale.pager', { what: props.what })} style={LAYOUT}>
      <button type="button" onClick={() => to(0)} disabled={current === 0}>
        {t('pager.first')}
      </button>{' '}
      <button type="button" onClick={() => to(current - 1)} disabled={current === 0}>
        {t('scale.previousPage', { size })}
      </button>{' '}
      <span role="status" aria-live="polite">
        {t('scale.showing', { from: nf(start + 1), to: nf(start + shown), total: nf(total) })}
      </span>{' '}
      <button type="button" onClick={() => to(current + 1)} disabled={current === last}>
        {t('scale.nextPage', { size })}
      </button>{' '}
      <button type="button" onClick={() => to(last)} disabled={current === last}>
        {t('pager.last')}
      </button>{' '}
      <label htmlFor={fieldIdText}>{t('pager.page', { pages: nf(pages) })}</label>{' '}
      <input
        ref={field}
        id={fieldIdText}
        type="text"
        inputMode="numeric"
        size={5}
        style={{ width: '4.5em' }}
        value={typed ?? String(current + 1)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => {
          // Enter goes to the page (and does not submit a form the list stands in, such as the quick entry).
          if (e.key !== 'Enter') return;
          e.preventDefault();
          go();
        }}
      />{' '}
      <button type="button" onClick={go}>
        {t('pager.go')}
      </button>
      {error ? (
        <p id={errorId} className="field-error" role="alert" style={{ flexBasis: '100%' }}>
          {error}
        </p>
      ) : null}
    </nav>
  );
}
