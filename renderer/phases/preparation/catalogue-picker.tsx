import { observer } from 'mobx-react-lite';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { dimensions, scaleLevels, themes } from '../../../shared/framework/framework';
import type { CatalogueIndicator } from '../../../shared/framework/types';
import { INDICATOR_KINDS } from '../../../shared/model/choices';
import { PlainSelect } from '../../components/plain-select';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';
import { useLang } from '../use-lang';
import { fromCatalogue, searchCatalogue, type CatalogueQuery } from './catalogue-filter';

/** Adds a catalogue indicator to the document (once). */
export function useAddIndicator() {
  const { assessment } = useStore();
  return (c: CatalogueIndicator) =>
    assessment.edit(`add-indicator-${c.id}`, (d) => {
      // Names and definitions in the document's language, whatever the UI language.
      if (!d.preparation.indicators.some((i) => i.catalogueId === c.id))
        d.preparation.indicators.push(fromCatalogue(c, newItemId('ind'), d.context.language));
    });
}

/** Search and filter the indicator catalogue; add with one button. */
export const CataloguePicker = observer(function CataloguePicker() {
  const { t } = useTranslation();
  const lang = useLang();
  const indicators = useStore().assessment.document!.preparation.indicators;
  const add = useAddIndicator();
  const [q, setQ] = useState<CatalogueQuery>({ text: '', theme: '', dimension: '', scale: '', kind: '' });
  const results = useMemo(() => searchCatalogue(q), [q]);
  const chosen = new Set(indicators.map((i) => i.catalogueId));
  const set = (patch: Partial<CatalogueQuery>) => setQ((old) => ({ ...old, ...patch }));
  return (
    <section className="catalogue" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t('fields.catalogue')}</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor="cat-search">{t('fields.search')}</label>
          <input id="cat-search" type="search" value={q.text} onChange={(e) => set({ text: e.target.value })} />
        </div>
        <PlainSelect
          id="cat-theme"
          label={t('fields.filterTheme')}
          value={q.theme}
          emptyLabel={t('fields.all')}
          options={themes.map((th) => ({ value: th.id, label: th.name[lang] }))}
          onChange={(theme) => set({ theme })}
        />
        <PlainSelect
          id="cat-dimension"
          label={t('fields.filterDimension')}
          value={q.dimension}
          emptyLabel={t('fields.all')}
          options={dimensions.map((d) => ({ value: d.id, label: d.name[lang] }))}
          onChange={(dimension) => set({ dimension })}
        />
        <PlainSelect
          id="cat-scale"
          label={t('fields.filterScale')}
          value={q.scale}
          emptyLabel={t('fields.all')}
          options={scaleLevels.map((sc) => ({ value: sc.id, label: sc.name[lang] }))}
          onChange={(scale) => set({ scale })}
        />
        <PlainSelect
          id="cat-kind"
          label={t('fields.filterKind')}
          value={q.kind}
          emptyLabel={t('fields.all')}
          options={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`enums.kind.${k}`) }))}
          onChange={(kind) => set({ kind })}
        />
      </div>
      <p role="status" className="hint">
        {t('fields.results', { count: results.length })}
      </p>
      <ul className="catalogue-results">
        {results.slice(0, 30).map((c) => (
          <li key={c.id}>
            <div>
              <strong>{c.name[lang]}</strong>{' '}
              <span className="hint">
                ({c.unit[lang]}; {t(`enums.kind.${c.kind}`)})
              </span>
              <p className="hint">{c.definition[lang]}</p>
            </div>
            {chosen.has(c.id) ? (
              <span className="badge">{t('fields.added')}</span>
            ) : (
              <button type="button" aria-label={t('fields.addNamed', { name: c.name[lang] })} onClick={() => add(c)}>
                {t('fields.add')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
});
