import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { THEME_IDS, themeOf } from '../../../shared/framework/framework';
import { INEQUALITIES, NOTICED, RECOMMENDATIONS } from '../../../shared/model/choices';
import type { AssessmentDocument, PerceivedOutcome } from '../../../shared/model/document';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { useStore } from '../../stores/context';
import { choices, newItemId } from '../options';
import { useLang } from '../use-lang';
import { OtherChoicesExAnte } from './other-choices-ex-ante';
import { UnintendedWhere } from './unintended-where';

type Unintended = AssessmentDocument['evaluation']['unintendedEffects'][number];
type PerceivedResult = AssessmentDocument['evaluation']['perceivedResults'][number];

/** Evaluation step 3: unintended and cross-domain effects that occurred. */
export const UnintendedStep = observer(function UnintendedStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const list = assessment.document!.evaluation.unintendedEffects;
  const themeOptions = THEME_IDS.map((id) => ({ value: id, label: themeOf(id).name[lang] }));
  const opts = choices(t, lang);
  const on = (id: string, fn: (x: Unintended) => void) => (d: AssessmentDocument) => {
    const x = d.evaluation.unintendedEffects.find((y) => y.id === id);
    if (x) fn(x);
  };
  return (
    <div>
      {list.length === 0 ? <p>{t('unintended.none')}</p> : null}
      {list.map((u, i) => (
        <fieldset key={u.id} className="item-card form-grid" id={`s-${u.id}`}>
          <legend>{t('unintended.legend', { n: i + 1 })}</legend>
          <SelectField
            label={t('unintended.theme')}
            field="theme"
            itemId={u.id}
            of={t('unintended.legend', { n: i + 1 })}
            value={u.theme}
            allowEmpty={false}
            options={themeOptions}
            onChange={(d, v) => on(u.id, (x) => (x.theme = v ?? x.theme))(d)}
          />
          <SelectField
            label={t('unintended.direction')}
            field="direction"
            itemId={u.id}
            of={t('unintended.legend', { n: i + 1 })}
            value={u.direction}
            allowEmpty={false}
            options={opts.direction}
            onChange={(d, v) => on(u.id, (x) => (x.direction = v ?? x.direction))(d)}
          />
          <SelectField
            label={t('unintended.spilloverFrom')}
            field="spilloverFrom"
            itemId={u.id}
            of={t('unintended.legend', { n: i + 1 })}
            value={u.spilloverFrom}
            options={themeOptions}
            emptyLabel={t('fields.none')}
            onChange={(d, v) => on(u.id, (x) => (x.spilloverFrom = v))(d)}
          />
          <TextAreaField
            label={t('unintended.description')}
            field="description"
            itemId={u.id}
            of={t('unintended.legend', { n: i + 1 })}
            rows={3}
            value={u.description}
            onChange={(d, v) => on(u.id, (x) => (x.description = v))(d)}
            className="wide"
          />
          <TextAreaField
            label={t('unintended.evidence')}
            field="evidence"
            itemId={u.id}
            of={t('unintended.legend', { n: i + 1 })}
            rows={2}
            value={u.evidence}
            onChange={(d, v) => on(u.id, (x) => (x.evidence = v))(d)}
            className="wide"
          />
          <UnintendedWhere u={u} n={i + 1} />
          <div className="wide">
            <button
              type="button"
              className="danger-outline"
              onClick={() =>
                assessment.edit(
                  `remove-${u.id}`,
                  (d) => void (d.evaluation.unintendedEffects = d.evaluation.unintendedEffects.filter((x) => x.id !== u.id)),
                )
              }
            >
              {t('unintended.remove', { n: i + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          assessment.edit(
            'add-unintended',
            (d) =>
              void d.evaluation.unintendedEffects.push({
                id: newItemId('un'),
                theme: 'welzijn',
                direction: -1,
                description: '',
                evidence: '',
                spilloverFrom: null,
              }),
          )
        }
      >
        {t('unintended.add')}
      </button>
    </div>
  );
});

/** The measured result for a perceived outcome, created on first edit. */
function resultOf(d: AssessmentDocument, id: string): PerceivedResult {
  let r = d.evaluation.perceivedResults.find((x) => x.perceivedOutcomeId === id);
  if (!r) {
    d.evaluation.perceivedResults.push({ perceivedOutcomeId: id, result: '', source: '', noticed: 'unknown' });
    r = d.evaluation.perceivedResults.at(-1)!;
  }
  return r;
}

const PerceivedCard = observer(function PerceivedCard({ outcome, n }: { outcome: PerceivedOutcome; n: number }) {
  const { t } = useTranslation();
  const doc = useStore().assessment.document!;
  const r = doc.evaluation.perceivedResults.find((x) => x.perceivedOutcomeId === outcome.id);
  const noticed = NOTICED.map((value) => ({ value, label: t(`perceivedResult.options.${value}`) }));
  const set = (fn: (x: PerceivedResult) => void) => (d: AssessmentDocument) => fn(resultOf(d, outcome.id));
  return (
    <fieldset className="item-card form-grid" id={`s-${outcome.id}`}>
      <legend>{t('perceivedResult.legend', { n })}</legend>
      <p className="wide">
        <strong>{t('perceivedResult.expected')}:</strong> {outcome.description || '—'}
      </p>
      <SelectField
        label={`${t('perceivedResult.noticed')} (${n})`}
        field="noticed"
        itemId={outcome.id}
        value={r?.noticed ?? 'unknown'}
        allowEmpty={false}
        options={noticed}
        onChange={(d, v) => set((x) => (x.noticed = v ?? 'unknown'))(d)}
      />
      <TextField
        label={`${t('perceivedResult.source')} (${n})`}
        field="resultSource"
        itemId={outcome.id}
        value={r?.source ?? ''}
        onChange={(d, v) => set((x) => (x.source = v))(d)}
      />
      <TextAreaField
        label={`${t('perceivedResult.result')} (${n})`}
        field="result"
        itemId={outcome.id}
        rows={3}
        value={r?.result ?? ''}
        onChange={(d, v) => set((x) => (x.result = v))(d)}
        className="wide"
      />
    </fieldset>
  );
});

/** Evaluation step 4: perceived outcomes as measured, next to what was expected. */
export const PerceivedMeasuredStep = observer(function PerceivedMeasuredStep() {
  const { t } = useTranslation();
  const outcomes = useStore().assessment.document!.preparation.perceivedOutcomes;
  if (outcomes.length === 0) return <p>{t('perceivedResult.none')}</p>;
  return (
    <div>
      {outcomes.map((o, i) => (
        <PerceivedCard key={o.id} outcome={o} n={i + 1} />
      ))}
    </div>
  );
});

/** Evaluation step 5: who gained, who lost, inequality up or down. */
export const DistributionStep = observer(function DistributionStep() {
  const { t } = useTranslation();
  const d = useStore().assessment.document!.evaluation.distribution;
  const inequality = INEQUALITIES.map((value) => ({
    value,
    label: t(`distribution.inequalityOptions.${value}`),
  }));
  return (
    <div className="form-grid">
      <TextAreaField
        label={t('distribution.gainers')}
        field="gainers"
        rows={4}
        value={d.gainers}
        onChange={(doc, v) => (doc.evaluation.distribution.gainers = v)}
      />
      <TextAreaField
        label={t('distribution.losers')}
        field="losers"
        rows={4}
        value={d.losers}
        onChange={(doc, v) => (doc.evaluation.distribution.losers = v)}
      />
      <SelectField
        label={t('distribution.inequality')}
        field="inequality"
        value={d.inequality}
        allowEmpty={false}
        options={inequality}
        onChange={(doc, v) => (doc.evaluation.distribution.inequality = v ?? 'unknown')}
      />
      <TextAreaField
        label={t('distribution.explanation')}
        field="distributionExplanation"
        rows={3}
        value={d.explanation}
        onChange={(doc, v) => (doc.evaluation.distribution.explanation = v)}
        className="wide"
      />
    </div>
  );
});

/** Evaluation step 6: lessons, recommendation, and whether broad prosperity led to other choices. */
export const ConclusionsStep = observer(function ConclusionsStep() {
  const { t } = useTranslation();
  const { assessment } = useStore();
  const e = assessment.document!.evaluation;
  return (
    <div>
      <TextAreaField
        label={t('conclusions.lessons')}
        field="lessons"
        rows={6}
        value={e.lessons}
        onChange={(d, v) => (d.evaluation.lessons = v)}
      />
      <fieldset id="f-recommendation">
        <legend>{t('conclusions.recommendation')}</legend>
        {RECOMMENDATIONS.map((value) => (
          <label key={value} className="inline">
            <input
              type="radio"
              name="recommendation"
              checked={e.recommendation === value}
              onChange={() => assessment.edit('recommendation', (d) => void (d.evaluation.recommendation = value))}
            />
            {t(`conclusions.options.${value}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t('conclusions.reason')}
        field="recommendationReason"
        rows={3}
        value={e.recommendationReason}
        onChange={(d, v) => (d.evaluation.recommendationReason = v)}
      />
      <TextAreaField
        label={t('conclusions.otherChoices')}
        field="otherChoices"
        rows={4}
        value={e.otherChoices}
        onChange={(d, v) => (d.evaluation.otherChoices = v)}
      />
      <OtherChoicesExAnte />
    </div>
  );
});
