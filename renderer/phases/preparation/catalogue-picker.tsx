import { observer } from 'mobx-react-lite';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { GROUP_BREAKDOWNS, PUBLISHER_IDS, publishers } from '../../../shared/framework/catalogue';
import { entryFacts } from '../../../shared/framework/catalogue-describe';
import { EMPTY_QUERY } from '../../../shared/framework/catalogue-query';
import { dimensions, scaleLevels, themes } from '../../../shared/framework/framework';
import type { CatalogueIndicator } from '../../../shared/framework/types';
import { INDICATOR_KINDS } from '../../../shared/model/choices';
import { PlainSelect } from '../../components/plain-select';
import { useStore } from '../../stores/context';
import { snapshot } from '../../stores/snapshot';
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

/** One catalogue entry: name, unit, definition, the source line ready to cite, what is not verified; more on request. */
function Entry({ c, chosen, onAdd }: { c: CatalogueIndicator; chosen: boolean; onAdd: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const f = entryFacts(c, lang, t);
  const more = `cat-more-${c.id}`;
  return (
    <li>
      <div>
        <strong>{c.name[lang]}</strong>{' '}
        <span className="hint">
          ({c.unit[lang]}; {t(`enums.kind.${c.kind}`)})
        </span>
        {c.verified ? null : <span className="badge warn">{t('catalogue.unverified')}</span>}
        <p className="hint">{c.definition[lang]}</p>
        <p className="cite">
          {t('catalogue.source')}: {f.source}
        </p>
        {f.unverified ? <p className="unverified">{f.unverified}</p> : null}
        <button
          type="button"
          className="link-button"
          aria-label={t('a11y.moreAbout', { name: c.name[lang] })}
          aria-expanded={open}
          aria-controls={more}
          onClick={() => setOpen(!open)}
        >
          {t('catalogue.more')}
        </button>
        {open ? (
          <div id={more}>
            <p className="hint">
              {t('catalogue.population')}: {f.population}; {t('catalogue.scales')}: {f.scales}; {t('catalogue.lag')}: {f.lag};{' '}
              {t('catalogue.groups')}: {f.groups}
            </p>
            {f.survey ? (
              <p className="hint">
                {t('catalogue.survey')}: {f.survey}
              </p>
            ) : null}
            {f.note ? (
              <p className="hint">
                {t('catalogue.note')}: {f.note}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      {chosen ? (
        <span className="badge">{t('fields.added')}</span>
      ) : (
        <button type="button" aria-label={t('fields.addNamed', { name: c.name[lang] })} onClick={onAdd}>
          {t('fields.add')}
        </button>
      )}
    </li>
  );
}

/** Search and filter the indicator catalogue; add with one button. */
export const CataloguePicker = observer(function CataloguePicker() {
  const { t } = useTranslation();
  const lang = useLang();
  const indicators = useStore().assessment.document!.preparation.indicators;
  const add = useAddIndicator();
  const [q, setQ] = useState<CatalogueQuery>(EMPTY_QUERY);
  const results = useMemo(() => searchCatalogue(q), [q]);
  const chosen = new Set(snapshot(indicators).map((i) => i.catalogueId));
  const set = (patch: Partial<CatalogueQuery>) => setQ((old) => ({ ...old, ...patch }));
  const all = t('fields.all');
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
          emptyLabel={all}
          options={themes.map((th) => ({ value: th.id, label: th.name[lang] }))}
          onChange={(theme) => set({ theme })}
        />
        <PlainSelect
          id="cat-dimension"
          label={t('fields.filterDimension')}
          value={q.dimension}
          emptyLabel={all}
          options={dimensions.map((d) => ({ value: d.id, label: d.name[lang] }))}
          onChange={(dimension) => set({ dimension })}
        />
        <PlainSelect
          id="cat-scale"
          label={t('fields.filterScale')}
          value={q.scale}
          emptyLabel={all}
          options={scaleLevels.map((sc) => ({ value: sc.id, label: sc.name[lang] }))}
          onChange={(scale) => set({ scale })}
        />
        <PlainSelect
          id="cat-kind"
          label={t('fields.filterKind')}
          value={q.kind}
          emptyLabel={all}
          options={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`enums.kind.${k}`) }))}
          onChange={(kind) => set({ kind })}
        />
        <PlainSelect
          id="cat-publisher"
          label={t('catalogue.filterPublisher')}
          value={q.publisher}
          emptyLabel={all}
          options={PUBLISHER_IDS.map((p) => ({ value: p, label: publishers[p][lang] }))}
          onChange={(publisher) => set({ publisher })}
        />
        <PlainSelect
          id="cat-group"
          label={t('catalogue.filterGroup')}
          value={q.group}
          emptyLabel={all}
          options={GROUP_BREAKDOWNS.map((g) => ({ value: g, label: t(`catalogue.group.${g}`) }))}
          onChange={(group) => set({ group })}
        />
        <PlainSelect
          id="cat-verified"
          label={t('catalogue.filterVerified')}
          value={q.verified}
          emptyLabel={all}
          options={[
            { value: 'yes' as const, label: t('catalogue.verifiedOnly') },
            { value: 'no' as const, label: t('catalogue.unverifiedOnly') },
          ]}
          onChange={(verified) => set({ verified })}
        />
      </div>
      <p role="status" className="hint">
        {t('fields.results', { count: results.length })}
      </p>
      <ul className="catalogue-results">
        {results.slice(0, 30).map((c) => (
          <Entry key={c.id} c={c} chosen={chosen.has(c.id)} onAdd={() => add(c)} />
        ))}
      </ul>
    </section>
  );
});
