/**
 * A fieldset of checkboxes (Tab and Space: no multi-select) that stays light with thousands of
 * items: above LONG_LIST items it shows the ticked ones, the ones ticked or unticked here, and at
 * most MAX_MATCHES of the others that match the search field ("20 van 1.480 getoond", announced
 * politely). Every item stays reachable by keyboard: type part of its name. Items keep the list's
 * order and a ticked item stays where it is, so the focus stays on the box just ticked.
 */
import { observer } from 'mobx-react-lite';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n';

/** Lists longer than this get the search field. */
export const LONG_LIST = 30;
/** Items not ticked shown at a time in a long list. */
export const MAX_MATCHES = 20;

export interface CheckItem {
  id: string;
  /** The words; a function when making them costs (only the items shown, or searched, are labelled). */
  label: string | (() => string);
  checked: boolean;
}

const labelOf = (x: CheckItem) => (typeof x.label === 'string' ? x.label : x.label());
/** Lower case without accents: "Ervaren" finds "ervaren", "e" finds "é". */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function LongChecks(props: {
  id: string;
  legend: string;
  empty: string;
  items: readonly CheckItem[];
  /** The row or step the list belongs to: added to each checkbox's accessible name only (the same target under several steps). */
  of: string;
  disabled: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { items } = props;
  const long = items.length > LONG_LIST;
  return (
    <fieldset className="group-choice wide" id={props.id}>
      <legend>{props.legend}</legend>
      {items.length === 0 ? <p className="hint">{props.empty}</p> : null}
      {long ? <Searched {...props} /> : <Boxes {...props} shown={items} />}
    </fieldset>
  );
}

/** An observer: a label made here reads the document, and follows its changes. */
const Boxes = observer(function Boxes(props: {
  shown: readonly CheckItem[];
  of: string;
  disabled: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <>
      {props.shown.map((x) => (
        <label key={x.id} className="inline">
          <input type="checkbox" checked={x.checked} disabled={props.disabled} onChange={(e) => props.onToggle(x.id, e.target.checked)} />
          {labelOf(x)}
          {props.of ? <span className="visually-hidden"> ({props.of})</span> : null}
        </label>
      ))}
    </>
  );
});

const Searched = observer(function Searched(props: {
  legend: string;
  items: readonly CheckItem[];
  of: string;
  disabled: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const base = useId();
  const [query, setQuery] = useState('');
  // Items ticked or unticked here stay in the list until the search changes, so the focus stays.
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const { items } = props;
  const words = fold(query.trim());
  // The folded labels, made once per list and only when searching.
  const searching = words !== '';
  const folded = useMemo(() => (searching ? new Map(items.map((x) => [x.id, fold(labelOf(x))])) : null), [items, searching]);
  // The count speaks of the items that match the search (every item without one): how many of them are shown.
  let total = 0;
  let matchesShown = 0;
  let others = 0;
  const shown: CheckItem[] = [];
  for (const x of items) {
    const matches = !folded || (folded.get(x.id)?.includes(words) ?? false);
    if (matches) total++;
    if (x.checked || kept.has(x.id)) shown.push(x);
    else if (!matches || ++others > MAX_MATCHES) continue;
    else shown.push(x);
    if (matches) matchesShown++;
  }
  const nf = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  return (
    <>
      <div className="field">
        <label htmlFor={`${base}-search`}>{t('longList.search', { list: props.legend })}</label>
        <p id={`${base}-hint`} className="hint">
          {t('longList.searchHint')}
        </p>
        <input
          id={`${base}-search`}
          type="search"
          value={query}
          aria-describedby={`${base}-hint`}
          onChange={(e) => {
            setQuery(e.target.value);
            setKept(new Set());
          }}
        />
      </div>
      <p role="status" aria-live="polite" className="hint">
        {total === 0 && words
          ? t('longList.noMatch', { query: query.trim() })
          : t('longList.shown', { shown: nf(matchesShown), total: nf(total) })}
      </p>
      <Boxes
        shown={shown}
        of={props.of}
        disabled={props.disabled}
        onToggle={(id, on) => {
          setKept((k) => new Set(k).add(id));
          props.onToggle(id, on);
        }}
      />
    </>
  );
});
