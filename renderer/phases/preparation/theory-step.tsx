import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { TOC_LISTS, type TocList } from '../../../shared/analysis/toc';
import type { AssessmentDocument } from '../../../shared/model/document';
import { hasChain, tocChart } from '../../../shared/steps/theory/diagram';
import { ChartSvg } from '../../charts/chart-svg';
import { TextAreaField } from '../../components/fields';
import { isFrozenItem, useFrozenView } from '../../components/locked';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';
import { StepLinks } from './toc-links';

/** Removes a step and every reference to it: links into it, and effects that named it as their outcome. */
function removeStep(d: AssessmentDocument, list: TocList, id: string) {
  const toc = d.preparation.theoryOfChange;
  toc[list] = toc[list].filter((s) => s.id !== id);
  for (const l of TOC_LISTS) for (const s of toc[l]) if (s.links?.some((x) => x.to === id)) s.links = s.links.filter((x) => x.to !== id);
  for (const e of d.preparation.effects) if (e.outcomeId === id) e.outcomeId = null;
}

/** Step 3: activities → outputs → outcomes → impact, each link with its assumption and evidence; a diagram of the chain on top. */
export const TheoryStep = observer(function TheoryStep() {
  const { t } = useTranslation();
  const view = useFrozenView();
  const { assessment } = useStore();
  const doc = assessment.document!;
  const toc = doc.preparation.theoryOfChange;
  return (
    <>
      {hasChain(doc) ? (
        <figure className="profile toc-diagram">
          <figcaption>{t('toc.diagram')}</figcaption>
          <div className="table-scroll">
            <ChartSvg chart={tocChart(doc, t)} title={t('toc.diagram')} description={t('toc.diagramDescription')} />
          </div>
        </figure>
      ) : null}
      <ol className="toc-chain">
        {TOC_LISTS.map((list) => {
          const name = t(`fields.${list}`);
          return (
            <li key={list}>
              <section aria-labelledby={`toc-${list}`} className="toc-list" id={`s-${list}`}>
                <h2 id={`toc-${list}`}>{name}</h2>
                {toc[list].length === 0 ? <p className="hint">{t('fields.emptyList')}</p> : null}
                {toc[list].map((item, i) => {
                  const frozen = isFrozenItem(view, item.id);
                  const stepName = t('fields.stepText', { list: name, n: i + 1 });
                  return (
                    <fieldset key={item.id} className="toc-item">
                      <legend>{stepName}</legend>
                      <TextAreaField
                        label={stepName}
                        hiddenLabel
                        field="text"
                        itemId={item.id}
                        rows={2}
                        value={item.text}
                        {...bindStep(list, item.id, 'text')}
                      />
                      <TextAreaField
                        label={t('fields.stepAssumption', { list: name, n: i + 1 })}
                        field="assumption"
                        itemId={item.id}
                        rows={2}
                        value={item.assumption}
                        {...bindStep(list, item.id, 'assumption')}
                      />
                      <StepLinks list={list} step={item} name={stepName} frozen={frozen} />
                      {frozen ? null : (
                        <button
                          type="button"
                          className="danger-outline"
                          onClick={() => assessment.edit(`remove-${item.id}`, (d) => removeStep(d, list, item.id))}
                        >
                          {t('fields.removeStep', { list: name, n: i + 1 })}
                        </button>
                      )}
                    </fieldset>
                  );
                })}
                <button
                  type="button"
                  onClick={() =>
                    assessment.edit(
                      `add-${list}`,
                      (d) => void d.preparation.theoryOfChange[list].push({ id: newItemId(list.slice(0, 3)), text: '', assumption: '' }),
                    )
                  }
                >
                  {t('fields.addStep', { list: name })}
                </button>
              </section>
            </li>
          );
        })}
      </ol>
    </>
  );
});

function bindStep(list: TocList, id: string, key: 'text' | 'assumption') {
  return {
    onChange: (d: Parameters<Parameters<typeof TextAreaField>[0]['onChange']>[0], v: string) => {
      const item = d.preparation.theoryOfChange[list].find((s) => s.id === id);
      if (item) item[key] = v;
    },
  };
}
