import { useTranslation } from '../i18n';
import { LONG_LIST, LongChecks } from './long-checks';

/**
 * A choice of several items as a list of checkboxes in a fieldset (Tab to each, Space to tick): it
 * replaces the multi-select that needed Ctrl-click. `of` names the row the list belongs to, added to
 * each box's accessible name only, so two rows' lists never share a name. A list longer than
 * LONG_LIST (an adjustment's effects in a document with thousands) searches instead (long-checks.tsx).
 */
export function CheckboxList({
  id,
  label,
  values,
  options,
  onChange,
  of,
}: {
  id: string;
  label: string;
  values: string[];
  options: { value: string; label: string }[];
  onChange: (values: string[]) => void;
  of?: string;
}) {
  const { t } = useTranslation();
  const chosen = new Set(values);
  // Keep the options' order, and any chosen value no longer on offer (a deleted item stays until unticked).
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  if (options.length > LONG_LIST)
    return (
      <LongChecks
        id={id}
        legend={`${label} (${t('a11y.choose.chosen', { count: values.length })})`}
        empty={t('a11y.choose.none')}
        of={of ?? ''}
        disabled={false}
        items={options.map((o) => ({ id: o.value, label: o.label, checked: chosen.has(o.value) }))}
        onToggle={toggle}
      />
    );
  return (
    <fieldset className="field checkbox-list" id={id}>
      <legend>
        {label} <span className="hint">({t('a11y.choose.chosen', { count: values.length })})</span>
        {of ? <span className="visually-hidden"> ({of})</span> : null}
      </legend>
      {options.length === 0 ? <p className="hint">{t('a11y.choose.none')}</p> : null}
      <ul className="checkbox-items">
        {options.map((o) => (
          <li key={o.value}>
            <label className="inline">
              <input type="checkbox" checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
              {o.label}
              {of ? <span className="visually-hidden"> ({of})</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
