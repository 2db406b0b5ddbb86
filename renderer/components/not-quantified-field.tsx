import { observer } from 'mobx-react-lite';
import { useTranslation } from '../i18n';
import { notQuantifiedText } from '../../shared/analysis/limits-text';
import type { AssessmentDocument } from '../../shared/model/document';
import type { NotQuantified } from '../../shared/model/schema-limits';
import { fieldId, TextAreaField } from './fields';
import { isFrozenItem, useFrozenView } from './locked';
import { useStore } from '../stores/context';

/**
 * "Niet gekwantificeerd": a checkbox that marks an effect or result as counting but not counted, and
 * the reason. A frozen expected effect shows its mark read-only (a change goes through an adjustment).
 */
export const NotQuantifiedField = observer(function NotQuantifiedField({
  itemId,
  name,
  mark,
  set,
}: {
  itemId: string;
  name: string;
  mark: NotQuantified | null | undefined;
  set: (d: AssessmentDocument, mark: NotQuantified | null) => void;
}) {
  const { t } = useTranslation();
  const { assessment } = useStore();
  const frozen = isFrozenItem(useFrozenView(), itemId);
  const id = fieldId('notQuantified', itemId);
  if (frozen) return mark ? <p className="wide not-quantified">{notQuantifiedText(mark, t)}</p> : null;
  return (
    <div className="field wide not-quantified-field">
      <label className="inline" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={!!mark}
          aria-describedby={`${id}-hint`}
          onChange={(e) =>
            assessment.edit(`${itemId}.notQuantified`, (d) => set(d, e.target.checked ? { reason: mark?.reason ?? '' } : null))
          }
        />
        {t('limits.mark', { name })}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('limits.markHint')}
      </p>
      {mark ? (
        <TextAreaField
          label={t('limits.reason', { name })}
          field="notQuantifiedReason"
          itemId={itemId}
          rows={2}
          maxLength={2000}
          value={mark.reason}
          onChange={(d, v) => set(d, { reason: v })}
        />
      ) : null}
    </div>
  );
});
