/** A labelled select that is not bound to the document (filters, forms before "add"). */
export function PlainSelect<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  emptyLabel,
}: {
  id: string;
  label: string;
  value: V | '';
  options: { value: V; label: string }[];
  onChange: (value: V | '') => void;
  emptyLabel?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled multiple choice (native, so it works with the keyboard), not bound to the document. */
export function PlainMultiSelect({
  id,
  label,
  values,
  options,
  onChange,
}: {
  id: string;
  label: string;
  values: string[];
  options: { value: string; label: string }[];
  onChange: (values: string[]) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        multiple
        size={Math.min(6, Math.max(3, options.length))}
        value={values}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
