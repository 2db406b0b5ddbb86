import { observer } from 'mobx-react-lite';
import { useTranslation } from '../i18n';
import { GROUPS } from '../../shared/model/choices';
import { useStore } from '../stores/context';

/**
 * Who an entry is about: the standard groups and the document's own, as checkboxes (Tab and Space).
 * Used by expected effects (effect-details.tsx) and unintended effects (unintended-where.tsx).
 */
export const GroupChoice = observer(function GroupChoice({
  id,
  legend,
  entry,
  chosen,
  toggle,
}: {
  /** The item's id: the fieldset is `f-<id>-groups`, where a finding about its groups points. */
  id: string;
  legend: string;
  /** The entry's name, added to each checkbox's accessible name only (repeated rows stay apart). */
  entry?: string;
  chosen: readonly string[];
  toggle: (group: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const doc = useStore().assessment.document!;
  const on = new Set(chosen);
  const groups = [
    ...GROUPS.map((g) => ({ id: g as string, label: t(`tradeoff.groups.${g}`) })),
    ...doc.preparation.groups.filter((g) => g.name.trim()).map((g) => ({ id: g.id, label: g.name })),
  ];
  return (
    <fieldset className="group-choice" id={`f-${id}-groups`}>
      <legend>{legend}</legend>
      {groups.map((g) => (
        <label key={g.id} className="inline">
          <input type="checkbox" checked={on.has(g.id)} onChange={(e) => toggle(g.id, e.target.checked)} />
          {g.label}
          {entry ? <span className="visually-hidden"> ({entry})</span> : null}
        </label>
      ))}
    </fieldset>
  );
});
