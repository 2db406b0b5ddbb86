import { observer } from 'mobx-react-lite';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { dimensions, scaleLevels, themes } from '../../../shared/framework/framework';
import type { CatalogueIndicator } from '../../../shared/framework/types';
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
      if (!d.preparation.indicators.some((i) => i.catalogueId === c.id)) d.preparation.indicators.push(fromCatalogue(c, newItemId('ind'), d.context.language));
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
        <div className="field">
          <label htmlFor="cat-theme">{t('fields.filterTheme')}</label>
          <select id="cat-theme" value={q.theme} onChange={(e) => set({ theme: e.target.value as CatalogueQuery['theme'] })}>
            <option value="">{t('fields.all')}</option>
            {themes.map((th) => (
              <option key={th.id} value={th.id}>
                {th.name[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cat-dimension">{t('fields.filterDimension')}</label>
          <select id="cat-dimension" value={q.dimension} onChange={(e) => set({ dimension: e.target.value as CatalogueQuery['dimension'] })}>
            <option value="">{t('fields.all')}</option>
            {dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cat-scale">{t('fields.filterScale')}</label>
          <select id="cat-scale" value={q.scale} onChange={(e) => set({ scale: e.target.value as CatalogueQuery['scale'] })}>
            <option value="">{t('fields.all')}</option>
            {scaleLevels.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cat-kind">{t('fields.filterKind')}</label>
          <select id="cat-kind" value={q.kind} onChange={(e) => set({ kind: e.target.value as CatalogueQuery['kind'] })}>
            <option value="">{t('fields.all')}</option>
            <option value="objective">{t('enums.kind.objective')}</option>
            <option value="subjective">{t('enums.kind.subjective')}</option>
          </select>
        </div>
      </div>
      <p role="status" className="hint">
        {t('fields.results', { count: results.length })}
      </p>
      <ul className="catalogue-results">
        {results.slice(0, 30).map((c) => (
          <li key={c.id}>
            <div>
              <strong>{c.name[lang]}</strong> <span className="hint">({c.unit[lang]}; {t(`enums.kind.${c.kind}`)})</span>
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
