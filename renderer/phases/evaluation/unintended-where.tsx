import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { LASTINGS, WHERES } from '../../../shared/model/choices';
import type { AssessmentDocument } from '../../../shared/model/document';
import { SelectField, TextAreaField } from '../../components/fields';
import { GroupChoice } from '../../components/group-choice';
import { useStore } from '../../stores/context';
import { choices } from '../options';
import { useLang } from '../use-lang';

type Unintended = AssessmentDocument['evaluation']['unintendedEffects'][number];

/**
 * Where an unintended effect lands (place, scale level, level), for whom (the groups, as for an
 * expected effect) and whether it lasts, with the evidence (issue 18).
 */
export const UnintendedWhere = observer(function UnintendedWhere({ u, n }: { u: Unintended; n: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const opts = choices(t, lang);
  const name = t('unintended.legend', { n });
  const on = (fn: (x: Unintended) => void) => (d: AssessmentDocument) => {
    const x = d.evaluation.unintendedEffects.find((y) => y.id === u.id);
    if (x) fn(x);
  };
  const toggle = (group: string, checked: boolean) =>
    assessment.edit(
      `${u.id}.groups`,
      on((x) => {
        const rest = (x.groups ?? []).filter((g) => g !== group);
        x.groups = checked ? [...rest, group] : rest;
      }),
    );
  return (
    <>
      <SelectField
        label={t('limits.where', { name })}
        field="where"
        itemId={u.id}
        value={u.where ?? null}
        options={WHERES.map((w) => ({ value: w, label: t(`tradeoff.where.${w}`) }))}
        onChange={(d, v) => on((x) => (x.where = v ?? undefined))(d)}
      />
      <SelectField
        label={t('limits.scale', { name })}
        field="scale"
        itemId={u.id}
        value={u.scale ?? null}
        options={opts.scale}
        onChange={(d, v) => on((x) => (x.scale = v))(d)}
      />
      <SelectField
        label={t('limits.level', { name })}
        field="level"
        itemId={u.id}
        value={u.level ?? null}
        options={opts.level}
        onChange={(d, v) => on((x) => (x.level = v))(d)}
      />
      <div className="wide">
        <GroupChoice
          id={u.id}
          legend={t('tradeoff.fields.whoFor', { field: t('limits.groups'), entry: name })}
          entry={name}
          chosen={u.groups ?? []}
          toggle={toggle}
        />
      </div>
      <SelectField
        label={t('limits.lastingFor', { name })}
        field="lasting"
        itemId={u.id}
        value={u.lasting ?? null}
        options={LASTINGS.map((v) => ({ value: v, label: t(`limits.lasting.${v}`) }))}
        onChange={(d, v) => on((x) => (x.lasting = v))(d)}
      />
      <TextAreaField
        label={t('limits.lastingEvidence', { name })}
        field="lastingEvidence"
        itemId={u.id}
        rows={2}
        maxLength={4000}
        value={u.lastingEvidence ?? ''}
        onChange={(d, v) => on((x) => (x.lastingEvidence = v))(d)}
        className="wide"
      />
    </>
  );
});
