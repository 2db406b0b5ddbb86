import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { TextAreaField } from '../../components/fields';
import { isFrozenItem, useFrozenView } from '../../components/locked';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';

const LISTS = ['activities', 'outputs', 'outcomes', 'impacts'] as const;

/** Step 3: activities → outputs → outcomes → impact, each link with its assumption. */
export const TheoryStep = observer(function TheoryStep() {
  const { t } = useTranslation();
  const view = useFrozenView();
  const { assessment } = useStore();
  const toc = assessment.document!.preparation.theoryOfChange;
  return (
    <ol className="toc-chain">
      {LISTS.map((list) => {
        const name = t(`fields.${list}`);
        return (
          <li key={list}>
            <section aria-labelledby={`toc-${list}`} className="toc-list" id={`s-${list}`}>
              <h2 id={`toc-${list}`}>{name}</h2>
              {toc[list].length === 0 ? <p className="hint">{t('fields.emptyList')}</p> : null}
              {toc[list].map((item, i) => (
                <fieldset key={item.id} className="toc-item">
                  <legend>{t('fields.stepText', { list: name, n: i + 1 })}</legend>
                  <TextAreaField
                    label={t('fields.stepText', { list: name, n: i + 1 })}
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
                  {isFrozenItem(view, item.id) ? null : (
                    <button
                      type="button"
                      className="danger-outline"
                      onClick={() =>
                        assessment.edit(
                          `remove-${item.id}`,
                          (d) =>
                            void (d.preparation.theoryOfChange[list] = d.preparation.theoryOfChange[list].filter((s) => s.id !== item.id)),
                        )
                      }
                    >
                      {t('fields.removeStep', { list: name, n: i + 1 })}
                    </button>
                  )}
                </fieldset>
              ))}
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
  );
});

function bindStep(list: (typeof LISTS)[number], id: string, key: 'text' | 'assumption') {
  return {
    onChange: (d: Parameters<Parameters<typeof TextAreaField>[0]['onChange']>[0], v: string) => {
      const item = d.preparation.theoryOfChange[list].find((s) => s.id === id);
      if (item) item[key] = v;
    },
  };
}
