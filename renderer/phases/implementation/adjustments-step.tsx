import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { expectationChanges, type ExpectationChange } from '../../../shared/analysis/changes';
import { changeLabel } from '../../../shared/analysis/adjusted';
import { formatNumber } from '../../../shared/analysis/numbers';
import { numberedInGroups } from '../../../shared/analysis/numbering';
import { themeOf } from '../../../shared/framework/framework';
import { isMessageKey } from '../../../shared/i18n/lookup';
import type { AssessmentDocument } from '../../../shared/model/document';
import { fieldId, TextAreaField, TextField } from '../../components/fields';
import { LazyDetails } from '../../components/lazy-details';
import { CheckboxList } from '../../components/checkbox-list';
import { usePage } from '../../components/pager';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';
import { TransitionButton } from '../phase-gate';
import { useLang } from '../use-lang';

type Adjustment = AssessmentDocument['implementation']['adjustments'][number];

/** Changes still to explain shown at a time (a document with thousands of changed effects made a list no one can lay out). */
export const CHANGES_PAGE_SIZE = 50;

const on = (id: string, fn: (x: Adjustment) => void) => (d: AssessmentDocument) => {
  const x = d.implementation.adjustments.find((y) => y.id === id);
  if (x) fn(x);
};

/**
 * Each effect's name in this step: its theme (numbered when one option has two effects on it) and
 * its option; an effect no longer in the preparation is named from the frozen record. Made in one
 * pass on first use (per effect it searched every effect: with 10,000 effects the step took minutes).
 */
function effectNames(doc: AssessmentDocument, nth: (theme: string, n: number) => string, lang: 'nl' | 'en'): (id: string) => string {
  let names: Map<string, string> | null = null;
  const make = () => {
    const effects = doc.preparation.effects;
    const options = new Map(doc.preparation.options.map((o) => [o.id, o.name]));
    const numbered = numberedInGroups(effects, (e) => `${e.optionId}\u0000${e.theme}`);
    const made = new Map<string, string>();
    const prepared = new Set(effects.map((e) => e.id));
    for (const e of [...effects, ...(doc.implementation.frozen?.effects ?? []).filter((x) => !prepared.has(x.id))]) {
      const theme = themeOf(e.theme).name[lang];
      const { n, of } = numbered(e);
      const name = of > 1 ? nth(theme, n) : theme;
      const option = options.get(e.optionId);
      made.set(e.id, `${name}${option ? ` (${option})` : ''}`);
    }
    return made;
  };
  return (id) => (names ??= make()).get(id) ?? id;
}

/** Implementation step 4: the decision log, and every change to frozen expectations still to explain. */
export const AdjustmentsStep = observer(function AdjustmentsStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment, wizard } = useStore();
  const doc = assessment.document!;
  const adjustments = doc.implementation.adjustments;
  const changes = expectationChanges(doc).filter((c) => !c.explained);
  const { visible: changesShown, pager: changesPager } = usePage(
    changes,
    t('adjust.changesTitle'),
    CHANGES_PAGE_SIZE,
    (c) => `change-${c.id}`,
  );
  const effectLabel = effectNames(doc, (theme, n) => t('a11y.effectNth', { theme, n }), lang);
  const indicatorNames = new Map(
    [...(doc.implementation.frozen?.indicators ?? []), ...doc.preparation.indicators].map((x) => [x.id, x.name]),
  );
  const indicatorLabel = (id: string) => indicatorNames.get(id) ?? id;
  const shown = (v: string | number | null) => (v === null || v === '' ? '—' : typeof v === 'number' ? formatNumber(v, lang, 4) : v);
  const labelOf = (c: ExpectationChange) => (c.kind === 'effect' ? effectLabel(c.id) : indicatorLabel(c.id));

  function record(change: ExpectationChange) {
    const id = newItemId('adj');
    assessment.edit(
      `record-${change.id}`,
      (d) =>
        void d.implementation.adjustments.push({
          id,
          date: new Date().toISOString().slice(0, 10),
          decision: t('adjust.prefill', { what: t(`adjust.what.${change.what}`, { name: labelOf(change) }) }),
          reason: '',
          indicatorIds: change.kind === 'indicator' ? [change.id] : [],
          effectIds: change.kind === 'effect' ? [change.id] : [],
          changesAmbition: false,
        }),
    );
    wizard.focusLater(fieldId('reason', id));
  }

  const indicatorOptions = doc.preparation.indicators.map((i) => ({ value: i.id, label: i.name }));
  const effectOptions = doc.preparation.effects.filter((e) => e.direction !== null).map((e) => ({ value: e.id, label: effectLabel(e.id) }));
  return (
    <div>
      {changes.length > 0 ? (
        <section className="suggestions" aria-labelledby="changes-title">
          <h2 id="changes-title">{t('adjust.changesTitle')}</h2>
          <p>{t('adjust.changesIntro')}</p>
          {changesPager}
          <ul>
            {changesShown.map((c) => (
              <li key={`${c.kind}-${c.id}-${c.what}`} id={`s-change-${c.id}`}>
                {t(`adjust.what.${c.what}`, { name: labelOf(c) })}{' '}
                <button type="button" aria-label={t('adjust.recordNamed', { name: labelOf(c) })} onClick={() => record(c)}>
                  {t('adjust.record')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {adjustments.length === 0 ? <p>{t('adjust.none')}</p> : null}
      <ul className="indicator-list">
        {adjustments.map((a, i) => (
          <li key={a.id}>
            <LazyDetails itemId={a.id} summary={`${t('adjust.legend', { n: i + 1 })} · ${a.date} · ${a.decision.slice(0, 80) || '—'}`}>
              {() => (
                <div className="form-grid">
                  {a.changes?.length ? (
                    <ul className="wide adjustment-changes">
                      {a.changes.map((c) => (
                        <li key={`${c.itemId ?? ''}-${c.field}`}>
                          {changeLabel(doc, c, t, lang, isMessageKey)}: {shown(c.from)} → {shown(c.to)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <TextField
                    label={t('adjust.date')}
                    field="date"
                    itemId={a.id}
                    of={t('adjust.legend', { n: i + 1 })}
                    type="date"
                    value={a.date}
                    onChange={(d, v) => on(a.id, (x) => (x.date = v || x.date))(d)}
                  />
                  <label className="inline">
                    <input
                      type="checkbox"
                      checked={a.changesAmbition}
                      onChange={(e) =>
                        assessment.edit(
                          `amb-${a.id}`,
                          on(a.id, (x) => (x.changesAmbition = e.target.checked)),
                        )
                      }
                    />
                    {t('adjust.changesAmbition')}
                    <span className="visually-hidden"> ({t('adjust.legend', { n: i + 1 })})</span>
                  </label>
                  <TextAreaField
                    label={t('adjust.decision')}
                    field="decision"
                    itemId={a.id}
                    of={t('adjust.legend', { n: i + 1 })}
                    rows={2}
                    value={a.decision}
                    onChange={(d, v) => on(a.id, (x) => (x.decision = v))(d)}
                    className="wide"
                  />
                  <TextAreaField
                    label={t('adjust.reason')}
                    field="reason"
                    itemId={a.id}
                    of={t('adjust.legend', { n: i + 1 })}
                    rows={2}
                    value={a.reason}
                    onChange={(d, v) => on(a.id, (x) => (x.reason = v))(d)}
                    className="wide"
                  />
                  <CheckboxList
                    id={fieldId('indicatorIds', a.id)}
                    label={t('adjust.indicators')}
                    of={t('adjust.legend', { n: i + 1 })}
                    values={a.indicatorIds}
                    options={indicatorOptions}
                    onChange={(v) =>
                      assessment.edit(
                        `ind-${a.id}`,
                        on(a.id, (x) => (x.indicatorIds = v)),
                      )
                    }
                  />
                  <CheckboxList
                    id={fieldId('effectIds', a.id)}
                    label={t('adjust.effects')}
                    of={t('adjust.legend', { n: i + 1 })}
                    values={a.effectIds}
                    options={effectOptions}
                    onChange={(v) =>
                      assessment.edit(
                        `eff-${a.id}`,
                        on(a.id, (x) => (x.effectIds = v)),
                      )
                    }
                  />
                  <div className="wide">
                    <button
                      type="button"
                      className="danger-outline"
                      onClick={() =>
                        assessment.edit(
                          `remove-${a.id}`,
                          (d) => void (d.implementation.adjustments = d.implementation.adjustments.filter((x) => x.id !== a.id)),
                        )
                      }
                    >
                      {t('adjust.remove', { n: i + 1 })}
                    </button>
                  </div>
                </div>
              )}
            </LazyDetails>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          const id = newItemId('adj');
          assessment.edit(
            'add-adjustment',
            (d) =>
              void d.implementation.adjustments.push({
                id,
                date: new Date().toISOString().slice(0, 10),
                decision: '',
                reason: '',
                indicatorIds: [],
                effectIds: [],
                changesAmbition: false,
              }),
          );
          wizard.focusLater(fieldId('decision', id));
        }}
      >
        {t('adjust.add')}
      </button>
      {doc.context.phase === 'implementation' ? (
        <div className="phase-gate">
          <p>{t('transition.evaluationIntro')}</p>
          <TransitionButton phase="evaluation" />
        </div>
      ) : null}
    </div>
  );
});
