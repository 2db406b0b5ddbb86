import { observer } from 'mobx-react-lite';
import { useEffect, useRef } from 'react';
import { usePage } from '../../components/pager';
import { useTranslation } from '../../i18n';
import { affectedThemes } from '../../../shared/analysis/effects';
import { themeOf } from '../../../shared/framework/framework';
import { useStore } from '../../stores/context';
import { snapshot } from '../../stores/snapshot';
import { newItemId } from '../options';
import { useLang } from '../use-lang';
import { suggestionsFor } from './catalogue-filter';
import { CataloguePicker, useAddIndicator } from './catalogue-picker';
import { IndicatorEditor } from './indicator-editor';

/** Suggestions for affected themes without an indicator, and nudges towards perceived indicators. */
const Suggestions = observer(function Suggestions() {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = useStore().assessment.document!;
  const add = useAddIndicator();
  // One pass over a plain copy (renderer/stores/snapshot.ts): a large document has thousands of indicators.
  const indicators = snapshot(doc.preparation.indicators);
  const chosen = new Set(indicators.map((i) => i.catalogueId ?? ''));
  const withIndicator = new Set(indicators.map((i) => i.theme));
  const withOtherKind = new Set(indicators.filter((i) => i.kind !== 'objective').map((i) => i.theme));
  const missing = affectedThemes(doc).filter((theme) => !withIndicator.has(theme));
  const onlyObjective = [...withIndicator].filter(
    (theme) => !withOtherKind.has(theme) && suggestionsFor(theme, chosen, 'subjective', 1).length > 0,
  );
  if (missing.length === 0 && onlyObjective.length === 0) return null;
  const list = (items: ReturnType<typeof suggestionsFor>) => (
    <ul>
      {items.map((c) => (
        <li key={c.id}>
          {c.name[lang]}{' '}
          <button type="button" aria-label={t('a11y.addSuggested', { name: c.name[lang] })} onClick={() => add(c)}>
            {t('fields.add')}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('fields.suggestions')}</h2>
      {missing.map((theme) => (
        <div key={theme} id={`s-${theme}`} className="suggestion">
          <p>{t('fields.suggestionTheme', { theme: themeOf(theme).name[lang] })}</p>
          {list(suggestionsFor(theme, chosen))}
        </div>
      ))}
      {onlyObjective.map((theme) => (
        <div key={`subj-${theme}`} className="suggestion">
          <p>{t('fields.nudgeSubjective', { theme: themeOf(theme).name[lang] })}</p>
          {list(suggestionsFor(theme, chosen, 'subjective', 2))}
        </div>
      ))}
    </section>
  );
});

/**
 * Indicators shown at a time. Each is a folded editor: with the large reference document's 150 on one page the step took
 * 73-93 ms of its 100; at 50 a page about a quarter less (25 saved a little more, at twice the pages; test/bench/step-ab.ts).
 */
export const INDICATORS_PAGE_SIZE = 50;

/** Step 7: indicators from the catalogue or custom, with baseline, target, source, scale … */
export const IndicatorsStep = observer(function IndicatorsStep() {
  const { t } = useTranslation();
  const { assessment } = useStore();
  const indicators = assessment.document!.preparation.indicators;
  const { visible, pager, reveal } = usePage(
    indicators,
    t('fields.chosen', { count: indicators.length }),
    INDICATORS_PAGE_SIZE,
    (i) => i.id,
  );
  // An indicator added (here, from a suggestion or from the catalogue) joins the end of the list: show the page it is on.
  const lastId = indicators.at(-1)?.id;
  const before = useRef({ count: indicators.length, lastId });
  useEffect(() => {
    const was = before.current;
    if (indicators.length > was.count && lastId !== was.lastId) reveal(indicators.length - 1);
    before.current = { count: indicators.length, lastId };
  });
  return (
    <div>
      <Suggestions />
      <section aria-labelledby="chosen-title">
        <h2 id="chosen-title">{t('fields.chosen', { count: indicators.length })}</h2>
        <ul className="indicator-list">
          {visible.map((i) => (
            <IndicatorEditor key={i.id} indicator={i} />
          ))}
        </ul>
        {pager}
        <button
          type="button"
          onClick={() =>
            assessment.edit(
              'add-custom',
              (d) =>
                void d.preparation.indicators.push({
                  id: newItemId('ind'),
                  catalogueId: null,
                  name: t('fields.customName'),
                  definition: '',
                  theme: 'welzijn',
                  unit: '',
                  goodDirection: 'up',
                  kind: 'objective',
                  source: '',
                  scale: null,
                  level: null,
                  baseline: null,
                  target: null,
                  frequency: null,
                  dataCost: null,
                  dataQuality: null,
                  owner: '',
                }),
            )
          }
        >
          {t('fields.addCustom')}
        </button>
      </section>
      <CataloguePicker />
    </div>
  );
});
