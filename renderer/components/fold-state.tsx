import { useTranslation } from '../i18n';

const PREVIEW = 60;

/** After a fold's summary: in words whether the fold holds text ("ingevuld: 2 velden — …" or "nog niet ingevuld"). */
export function FoldState({ texts }: { texts: (string | null | undefined)[] }) {
  const { t } = useTranslation();
  const filled = texts.map((x) => (x ?? '').trim()).filter((x) => x !== '');
  if (filled.length === 0) return <span className="fold-state"> — {t('a11y.fold.empty')}</span>;
  const first = filled[0]!.replace(/\s+/g, ' ');
  const preview = first.length > PREVIEW ? `${first.slice(0, PREVIEW).trimEnd()}…` : first;
  return (
    <span className="fold-state filled">
      {' '}
      — {t('a11y.fold.filled', { count: filled.length })}: “{preview}”
    </span>
  );
}
