import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { processOf, plannedPreparation, valueForMoney } from '../../../shared/analysis/value-for-money';
import { totalsText, unitCostWords } from '../../../shared/analysis/value-for-money-words';
import { COST_BASES, SUPPORT_LEVELS } from '../../../shared/model/process-choices';
import { SelectField, TextAreaField } from '../../components/fields';
import { usePage } from '../../components/pager';
import { perVersion } from '../per-version';
import { useStore } from '../../stores/context';
import { useLang } from '../use-lang';
import { processIn } from './process-edit';

/** Indicators per page in the choice of main indicators (a ×10 document has 1,500). */
export const MAIN_CHOICE_PAGE_SIZE = 100;

/** Value for money: spending against the plan in one sentence, and the cost per unit of the main outcome indicators. */
const ValueForMoney = observer(function ValueForMoney() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const doc = assessment.document!;
  const main = processOf(doc).mainIndicators;
  const chosen = new Set(main.map((m) => m.indicatorId));
  // Once per version of what it reads (it reads every measurement).
  const { spending, indicators } = perVersion(doc, valueForMoney);
  const { visible, pager } = usePage(doc.preparation.indicators, t('process.mainIndicators'), MAIN_CHOICE_PAGE_SIZE);
  const bases = COST_BASES.map((value) => ({ value, label: t(`process.bases.${value}`) }));
  const toggle = (id: string, on: boolean) =>
    assessment.edit(`main-${id}`, (d) => {
      const p = processIn(d);
      p.mainIndicators = on
        ? [...p.mainIndicators, { indicatorId: id, basis: 'total' }]
        : p.mainIndicators.filter((m) => m.indicatorId !== id);
    });
  return (
    <section aria-labelledby="process-vfm">
      <h2 id="process-vfm">{t('process.vfmTitle')}</h2>
      <p id="process-totals">{totalsText(spending, t, lang)}</p>
      <p className="hint">{t('process.vfmIntro')}</p>
      <fieldset className="group-choice" id="f-mainIndicators">
        <legend>{t('process.mainIndicators')}</legend>
        {visible.map((i) => (
          <label key={i.id} className="inline">
            <input type="checkbox" checked={chosen.has(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
            {i.name || i.id}
          </label>
        ))}
        {pager}
      </fieldset>
      {indicators.length === 0 ? <p>{t('process.noMain')}</p> : null}
      {indicators.map((v) => {
        const w = unitCostWords(v, t, lang);
        return (
          <div key={v.indicator.id} className="item-card" id={`s-vfm-${v.indicator.id}`}>
            <h3>{v.indicator.name}</h3>
            <SelectField
              label={t('process.basis', { name: v.indicator.name })}
              field="basis"
              itemId={v.indicator.id}
              value={v.basis}
              allowEmpty={false}
              options={bases}
              onChange={(d, b) => {
                const m = processIn(d).mainIndicators.find((x) => x.indicatorId === v.indicator.id);
                if (m) m.basis = b ?? 'total';
              }}
            />
            <p className="unit-cost">
              <strong>{w.cost}</strong>
            </p>
            <p>{w.figures}</p>
            {w.caveat ? <p className={v.attribution === 'weak' ? 'warning' : 'hint'}>{w.caveat}</p> : null}
          </div>
        );
      })}
    </section>
  );
});

/** Support and trust ex post, beside what was recorded beforehand. */
const Support = observer(function Support() {
  const { t } = useTranslation();
  const doc = useStore().assessment.document!;
  const p = processOf(doc);
  const before = plannedPreparation(doc);
  const levels = SUPPORT_LEVELS.map((value) => ({ value, label: t(`process.supportLevels.${value}`) }));
  const exAnte = [before.supportExAnte ? t(`process.supportLevels.${before.supportExAnte}`) : '', before.supportExAnteReason ?? '']
    .filter((s) => s.trim())
    .join('. ');
  return (
    <section aria-labelledby="process-support">
      <h2 id="process-support">{t('process.supportTitle')}</h2>
      <dl className="ex-ante">
        <dt>{t('process.supportExAnte')}</dt>
        <dd>{exAnte || t('process.notFilled')}</dd>
        <dt>{t('process.involvementExAnte')}</dt>
        <dd>{before.citizenInvolvement.trim() || t('process.notFilled')}</dd>
      </dl>
      <div className="form-grid">
        <SelectField
          label={t('process.support')}
          field="supportExPost"
          value={p.support}
          options={levels}
          onChange={(d, v) => void (processIn(d).support = v)}
        />
        <TextAreaField
          label={t('process.supportReason')}
          field="supportReason"
          rows={3}
          maxLength={4000}
          value={p.supportReason}
          onChange={(d, v) => void (processIn(d).supportReason = v)}
        />
        <TextAreaField
          label={t('process.citizensInvolved')}
          field="citizensInvolved"
          rows={3}
          maxLength={4000}
          value={p.citizensInvolved}
          onChange={(d, v) => void (processIn(d).citizensInvolved = v)}
        />
        <TextAreaField
          label={t('process.citizensChanged')}
          field="citizensChanged"
          rows={3}
          maxLength={4000}
          value={p.citizensChanged}
          onChange={(d, v) => void (processIn(d).citizensChanged = v)}
        />
      </div>
    </section>
  );
});

/** The value-for-money and support-and-trust parts of the process step. */
export function ProcessValue() {
  return (
    <>
      <ValueForMoney />
      <Support />
    </>
  );
}
