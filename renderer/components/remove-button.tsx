import { observer } from 'mobx-react-lite';
import { useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { dependentsOf, removeWithDependents, type Removable } from '../../shared/model/dependents';
import { useStore } from '../stores/context';
import { ConfirmDialog } from './confirm-dialog';

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * A delete button for an item others depend on. With nothing depending on it, it deletes at once;
 * otherwise it asks first and names what goes with it. Either way the item and what goes with it
 * are deleted in one edit, so one "Ongedaan maken" brings all of it back.
 */
export const RemoveButton = observer(function RemoveButton({
  item,
  what,
  label,
  disabled,
}: {
  item: Removable;
  /** The item in words, e.g. 'optie "Medtech-campus"' (a11y.confirm.*). */
  what: string;
  label: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { assessment } = useStore();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const doc = assessment.document!;
  const dependents = asking ? dependentsOf(doc, item) : [];

  const remove = () => {
    setAsking(false);
    assessment.edit(`remove-${item.id}`, (d) => removeWithDependents(d, item));
    // The button is gone with its item: the step's heading takes the focus.
    requestAnimationFrame(() => document.getElementById('step-title')?.focus());
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="danger-outline"
        disabled={disabled}
        onClick={() => (dependentsOf(doc, item).length > 0 ? setAsking(true) : remove())}
      >
        {label}
      </button>
      {asking ? (
        <ConfirmDialog
          title={capitalise(t('a11y.confirm.title', { what }))}
          body={t('a11y.confirm.withDependents')}
          confirmLabel={t('a11y.confirm.remove')}
          cancelLabel={t('a11y.confirm.cancel')}
          onConfirm={remove}
          onCancel={() => {
            setAsking(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
        >
          <ul className="dependents">
            {dependents.map((dep) => (
              <li key={dep.kind}>{t(`a11y.confirm.dependents.${dep.kind}`, { count: dep.count })}</li>
            ))}
          </ul>
          <p>{t('a11y.confirm.undo')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
});
