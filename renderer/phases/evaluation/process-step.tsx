import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { groupName } from '../../../shared/analysis/effect-text';
import { plannedOption, plannedPreparation, processOf, spendingOf } from '../../../shared/analysis/value-for-money';
import { costLineCells, totalCells } from '../../../shared/analysis/value-for-money-words';
import { GROUPS, REACH_UNITS } from '../../../shared/model/choices';
import { CARRIED_OUT } from '../../../shared/model/process-choices';
import { displayDate, NumberField, SelectField, TextAreaField } from '../../components/fields';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';
import { useLang } from '../use-lang';
import { activityIn, processIn } from './process-edit';
import { ProcessValue } from './process-value';

/** Per activity of the theory of change (as frozen): carried out as planned, with an explanation. */
const Activities = observer(function Activities() {
  const { t } = useTranslation();
  const doc = useStore().assessment.document!;
  const activities = plannedPreparation(doc).theoryOfChange.activities;
  const checks = processOf(doc).activities;
  const options = CARRIED_OUT.map((value) => ({ value, label: t(`process.carriedOutOptions.${value}`) }));
  return (
    <section aria-labelledby="process-activities">
      <h2 id="process-activities">{t('process.activitiesTitle')}</h2>
      <p className="hint">{t('process.activitiesIntro')}</p>
      {activities.length === 0 ? <p>{t('process.noActivities')}</p> : null}
      {activities.map((a, i) => {
        const c = checks.find((x) => x.activityId === a.id);
        const n = i + 1;
        return (
          <fieldset key={a.id} className="item-card form-grid" id={`s-${a.id}`}>
            <legend>{t('process.activityLegend', { n })}</legend>
            <p className="wide">{a.text || '—'}</p>
            <SelectField
              label={t('process.carriedOut', { n })}
              field="carriedOut"
              itemId={a.id}
              value={c?.carriedOut ?? null}
              options={options}
              onChange={(d, v) => void (activityIn(d, a.id).carriedOut = v)}
            />
            <TextAreaField
              label={t('process.activityNote', { n })}
              field="activityNote"
              itemId={a.id}
              rows={2}
              maxLength={2000}
              value={c?.note ?? ''}
              onChange={(d, v) => void (activityIn(d, a.id).note = v)}
            />
          </fieldset>
        );
      })}
    </section>
  );
});

/** Reach per group: planned against reached. */
const Reach = observer(function Reach() {
  const { t } = useTranslation();
  const { assessment, wizard } = useStore();
  const doc = assessment.document!;
  const lines = processOf(doc).reach;
  const groups = [...GROUPS, ...doc.preparation.groups.map((g) => g.id)].map((id) => ({ value: id, label: groupName(doc, id, t) }));
  const units = REACH_UNITS.map((value) => ({ value, label: t(`process.units.${value}`) }));
  const at = (d: typeof doc, id: string) => processIn(d).reach.find((r) => r.id === id)!;
  return (
    <section aria-labelledby="process-reach">
      <h2 id="process-reach">{t('process.reachTitle')}</h2>
      <p className="hint">{t('process.reachIntro')}</p>
      {lines.length === 0 ? <p>{t('process.noReach')}</p> : null}
      {lines.map((r, i) => {
        const n = i + 1;
        const share = r.planned && r.reached !== null ? Math.round((r.reached / r.planned) * 100) : null;
        return (
          <fieldset key={r.id} className="item-card form-grid" id={`s-${r.id}`}>
            <legend>{t('process.reachLegend', { n })}</legend>
            <SelectField
              label={t('process.reachGroup', { n })}
              field="group"
              itemId={r.id}
              value={r.group}
              options={groups}
              onChange={(d, v) => void (at(d, r.id).group = v)}
            />
            <SelectField
              label={t('process.reachUnit', { n })}
              field="unit"
              itemId={r.id}
              value={r.unit}
              allowEmpty={false}
              options={units}
              onChange={(d, v) => void (at(d, r.id).unit = v ?? 'people')}
            />
            <NumberField
              label={t('process.reachPlanned', { n })}
              field="planned"
              itemId={r.id}
              min={0}
              value={r.planned}
              onChange={(d, v) => void (at(d, r.id).planned = v)}
            />
            <NumberField
              label={t('process.reachReached', { n })}
              field="reached"
              itemId={r.id}
              min={0}
              value={r.reached}
              onChange={(d, v) => void (at(d, r.id).reached = v)}
            />
            {share !== null ? <p className="wide">{t('process.reachShare', { percent: share })}</p> : null}
            <TextAreaField
              label={t('process.reachNote', { n })}
              field="reachNote"
              itemId={r.id}
              rows={2}
              maxLength={1000}
              value={r.note}
              onChange={(d, v) => void (at(d, r.id).note = v)}
              className="wide"
            />
            <div className="wide">
              <button
                type="button"
                className="danger-outline"
                onClick={() =>
                  assessment.edit(`remove-${r.id}`, (d) => void (processIn(d).reach = processIn(d).reach.filter((x) => x.id !== r.id)))
                }
              >
                {t('process.removeReach', { n })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => {
          const id = newItemId('reach');
          assessment.edit(
            `add-${id}`,
            (d) => void processIn(d).reach.push({ id, group: null, planned: null, reached: null, unit: 'people', note: '' }),
          );
          wizard.focusLater(`f-${id}-group`);
        }}
      >
        {t('process.addReach')}
      </button>
    </section>
  );
});

/** Spending per cost line against the preferred option's frozen costs. */
const Spending = observer(function Spending() {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = useStore().assessment.document!;
  const spent = processOf(doc).spent;
  const option = plannedOption(doc);
  const result = spendingOf(doc);
  const header = [t('process.line'), t('process.planned'), t('process.spent'), t('process.difference'), t('process.percent')];
  const row = (cells: string[], total = false) => (
    <tr key={cells[0]} className={total ? 'total' : undefined}>
      <th scope="row">{cells[0]}</th>
      {cells.slice(1).map((c, i) => (
        <td key={i} style={{ whiteSpace: 'pre-line' }}>
          {c}
        </td>
      ))}
    </tr>
  );
  return (
    <section aria-labelledby="process-spending">
      <h2 id="process-spending">{t('process.spendingTitle')}</h2>
      <p className="hint">{option ? t('process.spendingIntro', { option: option.name }) : t('process.noPlannedOption')}</p>
      <div className="form-grid">
        <NumberField
          label={t('process.spentOneOff')}
          field="spentOneOff"
          min={0}
          value={spent.oneOff}
          onChange={(d, v) => void (processIn(d).spent.oneOff = v)}
        />
        <NumberField
          label={t('process.spentYearly')}
          field="spentYearly"
          min={0}
          value={spent.yearly}
          onChange={(d, v) => void (processIn(d).spent.yearly = v)}
        />
        <NumberField
          label={t('process.years')}
          field="spentYears"
          min={0}
          max={100}
          value={spent.years}
          onChange={(d, v) => void (processIn(d).spent.years = v)}
        />
        <TextAreaField
          label={t('process.spentNote')}
          field="spentNote"
          rows={2}
          maxLength={2000}
          value={spent.note}
          onChange={(d, v) => void (processIn(d).spent.note = v)}
          className="wide"
        />
      </div>
      <table className="data-table" id="process-spending-table">
        <caption>{t('process.spendingTitle')}</caption>
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.lines.map((l) => row(costLineCells(l, t, lang)))}
          {row(totalCells(result, t, lang), true)}
        </tbody>
      </table>
    </section>
  );
});

/** The adjustments, read from the Adjustments step (shown, not retyped), and what helped or hindered. */
const AlongTheWay = observer(function AlongTheWay() {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = useStore().assessment.document!;
  const p = processOf(doc);
  const adjustments = doc.implementation.adjustments;
  return (
    <section aria-labelledby="process-along">
      <h2 id="process-along">{t('process.adjustmentsTitle')}</h2>
      <p className="hint">{t('process.adjustmentsIntro')}</p>
      {adjustments.length === 0 ? (
        <p>{t('process.noAdjustments')}</p>
      ) : (
        <ul>
          {adjustments.map((a) => (
            <li key={a.id}>{t('process.adjustment', { date: displayDate(a.date, lang), decision: a.decision || '—' })}</li>
          ))}
        </ul>
      )}
      <div className="form-grid">
        <TextAreaField
          label={t('process.helped')}
          field="helped"
          rows={4}
          maxLength={4000}
          value={p.helped}
          onChange={(d, v) => void (processIn(d).helped = v)}
        />
        <TextAreaField
          label={t('process.hindered')}
          field="hindered"
          rows={4}
          maxLength={4000}
          value={p.hindered}
          onChange={(d, v) => void (processIn(d).hindered = v)}
        />
      </div>
    </section>
  );
});

/** Evaluation step after the results: the process evaluation, value for money, and support and trust. */
export const ProcessStep = observer(function ProcessStep() {
  return (
    <div className="process-step">
      <Activities />
      <Reach />
      <Spending />
      <AlongTheWay />
      <ProcessValue />
    </div>
  );
});
