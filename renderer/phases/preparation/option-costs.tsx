import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { LEVELS_LMH } from '../../../shared/model/choices';
import type { AssessmentDocument, PolicyOption } from '../../../shared/model/document';
import { emptyRisk } from '../../../shared/model/items';
import { NumberField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';

const ASPECTS = ['legal', 'organisational', 'financial'] as const;

/** Per option: costs (one-off, yearly, period, who pays), feasibility (legal, organisational, financial) and a risk register. */
export const OptionCosts = observer(function OptionCosts({ option }: { option: PolicyOption }) {
  const { t } = useTranslation();
  const { assessment, wizard } = useStore();
  const at = (d: AssessmentDocument) => d.preparation.options.find((x) => x.id === option.id)!;
  const lmh = LEVELS_LMH.map((v) => ({ value: v, label: t(`tradeoff.lmh.${v}`) }));
  const named = (label: string) => `${label} (${option.name})`;
  return (
    <fieldset className="option-costs" id={`s-${option.id}-costs`}>
      <legend>{named(t('tradeoff.costs.title'))}</legend>
      <div className="form-grid">
        <NumberField
          label={named(t('tradeoff.costs.oneOff'))}
          field="oneOff"
          itemId={option.id}
          min={0}
          value={option.costs.oneOff}
          onChange={(d, v) => void (at(d).costs.oneOff = v)}
        />
        <NumberField
          label={named(t('tradeoff.costs.yearly'))}
          field="yearly"
          itemId={option.id}
          min={0}
          value={option.costs.yearly}
          onChange={(d, v) => void (at(d).costs.yearly = v)}
        />
        <TextField
          label={named(t('tradeoff.costs.period'))}
          field="period"
          itemId={option.id}
          maxLength={200}
          value={option.costs.period}
          onChange={(d, v) => void (at(d).costs.period = v)}
        />
        <TextAreaField
          label={named(t('tradeoff.costs.payer'))}
          field="payer"
          itemId={option.id}
          rows={2}
          maxLength={500}
          value={option.costs.payer}
          onChange={(d, v) => void (at(d).costs.payer = v)}
        />
      </div>
      <h3>{t('tradeoff.costs.feasibility')}</h3>
      <div className="form-grid">
        {ASPECTS.map((a) => (
          <div key={a}>
            <SelectField
              label={named(t('tradeoff.costs.level', { aspect: t(`tradeoff.costs.${a}`) }))}
              field={`${a}-level`}
              itemId={option.id}
              value={option.feasibility[a].level}
              options={lmh}
              onChange={(d, v) => void (at(d).feasibility[a].level = v)}
            />
            <TextAreaField
              label={named(t('tradeoff.costs.reason', { aspect: t(`tradeoff.costs.${a}`) }))}
              field={`${a}-reason`}
              itemId={option.id}
              rows={2}
              value={option.feasibility[a].reason}
              onChange={(d, v) => void (at(d).feasibility[a].reason = v)}
            />
          </div>
        ))}
      </div>
      <h3>{t('tradeoff.costs.risks')}</h3>
      {option.risks.map((r, i) => {
        const risk = (d: AssessmentDocument) => at(d).risks.find((x) => x.id === r.id)!;
        const n = i + 1;
        return (
          <fieldset key={r.id} className="risk" id={`s-${r.id}`}>
            <legend>{named(t('tradeoff.costs.riskLegend', { n }))}</legend>
            <div className="form-grid">
              <TextAreaField
                label={named(`${t('tradeoff.costs.risk')} ${n}`)}
                field="risk"
                itemId={r.id}
                rows={2}
                value={r.risk}
                onChange={(d, v) => void (risk(d).risk = v)}
              />
              <SelectField
                label={named(`${t('tradeoff.costs.likelihood')} ${n}`)}
                field="likelihood"
                itemId={r.id}
                value={r.likelihood}
                options={lmh}
                onChange={(d, v) => void (risk(d).likelihood = v)}
              />
              <SelectField
                label={named(`${t('tradeoff.costs.impact')} ${n}`)}
                field="impact"
                itemId={r.id}
                value={r.impact}
                options={lmh}
                onChange={(d, v) => void (risk(d).impact = v)}
              />
              <TextAreaField
                label={named(`${t('tradeoff.costs.mitigation')} ${n}`)}
                field="mitigation"
                itemId={r.id}
                rows={2}
                value={r.mitigation}
                onChange={(d, v) => void (risk(d).mitigation = v)}
              />
            </div>
            <button
              type="button"
              className="danger-outline"
              onClick={() => assessment.edit(`remove-${r.id}`, (d) => void (at(d).risks = at(d).risks.filter((x) => x.id !== r.id)))}
            >
              {named(t('tradeoff.costs.removeRisk', { n }))}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => {
          const id = newItemId('risk');
          assessment.edit(`add-${id}`, (d) => void at(d).risks.push(emptyRisk(id)));
          wizard.focusLater(`f-${id}-risk`);
        }}
      >
        {named(t('tradeoff.costs.addRisk'))}
      </button>
    </fieldset>
  );
});
