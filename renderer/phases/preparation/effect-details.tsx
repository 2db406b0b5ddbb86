import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { REACH_UNITS } from '../../../shared/model/choices';
import type { AssessmentDocument, Effect } from '../../../shared/model/document';
import { NumberField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { GroupChoice } from '../../components/group-choice';
import { NotQuantifiedField } from '../../components/not-quantified-field';
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
      <GroupChoice
        id={id}
        legend={t('tradeoff.fields.whoFor', { field: t('tradeoff.fields.groups'), entry: name })}
        entry={name}
        chosen={effect?.groups ?? []}
        toggle={toggle}
      />
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
      <NotQuantifiedField itemId={id} name={name} mark={effect?.notQuantified} set={(d, mark) => void (at(d).notQuantified = mark)} />
      {text('rationale')}
      {text('evidence')}
    </div>
  );
});
