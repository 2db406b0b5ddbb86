/**
 * Paging for long lists and tables (measurements, indicators, signals, results): at most PAGE_SIZE
 * rows at a time, so a document with 15,000 indicators or 150,000 measurements stays responsive.
 * The controls are plain buttons (keyboard and screen reader), the range is announced politely.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';

/** Rows shown at a time. */
export const PAGE_SIZE = 200;

/**
 * The visible slice of `items`, the controls to page through them (null when everything fits), the slice's first index, and
 * `reveal(index)`: shows the page with that item (a row just added at the end).
 */
export function usePage<T>(
  items: readonly T[],
  what: string,
  size = PAGE_SIZE,
): { visible: readonly T[]; pager: ReactNode; start: number; reveal: (index: number) => void } {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pages - 1);
  const reveal = (index: number) => setPage(Math.floor(index / size));
  if (items.length <= size) return { visible: items, pager: null, start: 0, reveal };
  const start = current * size;
  const visible = items.slice(start, start + size);
  const pager = (
    <Pager what={what} start={start} shown={visible.length} total={items.length} size={size} onPage={(d) => setPage(current + d)} />
  );
  return { visible, pager, start, reveal };
}

function Pager(props: { what: string; start: number; shown: number; total: number; size: number; onPage: (delta: number) => void }) {
  const { t, i18n } = useTranslation();
  const { start, shown, total, size } = props;
  const nf = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  return (
    <nav className="pager" aria-label={t('scale.pager', { what: props.what })}>
      <button type="button" onClick={() => props.onPage(-1)} disabled={start === 0}>
        {t('scale.previousPage', { size })}
      </button>{' '}
      <span role="status" aria-live="polite">
        {t('scale.showing', { from: nf(start + 1), to: nf(start + shown), total: nf(total) })}
      </span>{' '}
      <button type="button" onClick={() => props.onPage(1)} disabled={start + shown >= total}>
        {t('scale.nextPage', { size })}
      </button>
    </nav>
  );
}
