import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { GROUPS, REACH_UNITS } from '../../../shared/model/choices';
import type { AssessmentDocument, Effect } from '../../../shared/model/document';
import { NumberField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { useStore } from '../../stores/context';

type Edit = (d: AssessmentDocument) => Effect;

/** Who gains and loses (words, then groups as checkboxes: Tab and Space), how much (reach, size) and the explanation of an entry. */
export const EffectDetails = observer(function EffectDetails({
  effect,
  id,
  name,
  at,
}: {
  effect?: Effect;
  id: string;
  name: string;
  at: Edit;
}) {
  const { t } = useTranslation();
  const { assessment } = useStore();
  const doc = assessment.document!;
  const chosen = new Set(effect?.groups ?? []);
  const groups = [
    ...GROUPS.map((g) => ({ id: g as string, label: t(`tradeoff.groups.${g}`) })),
    ...doc.preparation.groups.filter((g) => g.name.trim()).map((g) => ({ id: g.id, label: g.name })),
  ];
  const toggle = (group: string, on: boolean) =>
    assessment.edit(`${id}.groups`, (d) => {
      const e = at(d);
      e.groups = on ? [...e.groups.filter((g) => g !== group), group] : e.groups.filter((g) => g !== group);
    });
  const text = (field: 'gains' | 'loses' | 'rationale' | 'evidence') => (
    <TextAreaField
      key={field}
      label={`${t(`fields.${field}`)} (${name})`}
      field={field}
      itemId={id}
      rows={2}
      value={effect?.[field] ?? ''}
      onChange={(d, v) => void (at(d)[field] = v)}
    />
  );
  return (
    <div className="form-grid effect-details">
      {text('gains')}
      {text('loses')}
      <fieldset className="group-choice" id={`f-${id}-groups`}>
        <legend>{t('tradeoff.fields.whoFor', { field: t('tradeoff.fields.groups'), entry: name })}</legend>
        {groups.map((g) => (
          <label key={g.id} className="inline">
            <input type="checkbox" checked={chosen.has(g.id)} onChange={(e) => toggle(g.id, e.target.checked)} />
            {g.label}
            <span className="visually-hidden"> ({name})</span>
          </label>
        ))}
      </fieldset>
      <NumberField
        label={`${t('tradeoff.fields.reach')} (${name})`}
        field="reach"
        itemId={id}
        min={0}
        value={effect?.reach ?? null}
        onChange={(d, v) => void (at(d).reach = v)}
      />
      <SelectField
        label={`${t('tradeoff.fields.reachUnit')} (${name})`}
        field="reachUnit"
        itemId={id}
        allowEmpty={false}
        value={effect?.reachUnit ?? 'people'}
        options={REACH_UNITS.map((u) => ({ value: u, label: t(`tradeoff.reachUnit.${u}`) }))}
        onChange={(d, v) => void (at(d).reachUnit = v ?? 'people')}
      />
      <NumberField
        label={`${t('tradeoff.fields.sizeValue')} (${name})`}
        field="sizeValue"
        itemId={id}
        value={effect?.sizeValue ?? null}
        onChange={(d, v) => void (at(d).sizeValue = v)}
      />
      <TextField
        label={`${t('tradeoff.fields.sizeUnit')} (${name})`}
        field="sizeUnit"
        itemId={id}
        maxLength={100}
        value={effect?.sizeUnit ?? ''}
        onChange={(d, v) => void (at(d).sizeUnit = v)}
      />
      <TextField
        label={`${t('tradeoff.fields.size')} (${name})`}
        field="size"
        itemId={id}
        maxLength={500}
        value={effect?.size ?? ''}
        onChange={(d, v) => void (at(d).size = v)}
      />
      {text('rationale')}
      {text('evidence')}
    </div>
  );
});
