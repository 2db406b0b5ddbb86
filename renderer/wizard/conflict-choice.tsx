import { observer } from 'mobx-react-lite';
import { useEffect, useId, useRef, useState } from 'react';
import type { Language } from '../../shared/i18n';
import { fieldLabel, valueText } from '../../shared/model/field-label';
import type { MergeConflict, Side } from '../../shared/model/merge';
import { useTranslation } from '../i18n';
import { useStore } from '../stores/context';
import { journalTime } from './recovery-offer';

/** One conflicting field: its readable name and both values, as a radio group. */
function ConflictField(props: { conflict: MergeConflict; label: string; side: Side; onChange: (side: Side) => void; theirsTitle: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const id = useId();
  const { conflict } = props;
  // The radio's name is the side; its value is its description (read after the name, not part of it).
  const option = (side: Side, title: string, value: unknown) => (
    <div className="conflict-option">
      <input
        id={`${id}-${side}`}
        type="radio"
        name={id}
        value={side}
        checked={props.side === side}
        onChange={() => props.onChange(side)}
        aria-describedby={`${id}-${side}-value`}
      />
      <label htmlFor={`${id}-${side}`} className="conflict-side">
        {title}
      </label>
      <span id={`${id}-${side}-value`} className="conflict-value">
        {valueText(value, t, lang, conflict.path.slice(conflict.path.lastIndexOf('.') + 1))}
      </span>
    </div>
  );
  return (
    <fieldset className="conflict-field">
      <legend>{props.label}</legend>
      {option('mine', t('conflicts.mine'), conflict.mine)}
      {option('theirs', props.theirsTitle, conflict.theirs)}
    </fieldset>
  );
}

/**
 * The choice view: fields this window and another writer both changed, each with both values.
 * Everything else is already merged and saved; here the user chooses per field (or all at once)
 * and Apply saves the choice. Escape (or "Decide later") closes it: the toolbar keeps a notice
 * that reopens it, and the journal keeps the choice across a reload.
 */
export const ConflictChoice = observer(function ConflictChoice() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { assessment, ui } = store;
  const { disk } = assessment;
  const choice = disk.choice;
  const shown = disk.choiceShown && choice !== null && assessment.recovery === null;
  const [picked, setPicked] = useState<Record<string, Side>>({});
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!shown || !dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus();
  }, [shown]);

  if (!shown || !choice) return null;
  const lang = i18n.language as Language;
  const sideOf = (path: string): Side => picked[path] ?? 'mine';
  const all = (side: Side) => setPicked(Object.fromEntries(choice.conflicts.map((c) => [c.path, side])));
  const theirsTitle = choice.theirsSavedAt
    ? t('conflicts.theirsAt', { time: journalTime(Date.parse(choice.theirsSavedAt), lang) })
    : t('conflicts.theirs');
  const documents = [assessment.document, disk.base];
  return (
    <dialog
      ref={ref}
      className="confirm-dialog conflict-dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(e) => {
        e.preventDefault();
        disk.later();
      }}
    >
      <h2 id={titleId}>{t('conflicts.title')}</h2>
      <p id={introId}>{t('conflicts.intro')}</p>
      <div className="conflict-fields">
        {choice.conflicts.map((conflict) => (
          <ConflictField
            key={conflict.path}
            conflict={conflict}
            label={fieldLabel(conflict.path, documents, t, lang, conflict.mine ?? conflict.theirs)}
            side={sideOf(conflict.path)}
            onChange={(side) => setPicked((now) => ({ ...now, [conflict.path]: side }))}
            theirsTitle={theirsTitle}
          />
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={() => all('mine')}>
          {t('conflicts.allMine')}
        </button>
        <button type="button" onClick={() => all('theirs')}>
          {t('conflicts.allTheirs')}
        </button>
        <button type="button" onClick={() => disk.later()}>
          {t('conflicts.later')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            const choices = Object.fromEntries(choice.conflicts.map((c) => [c.path, sideOf(c.path)]));
            setPicked({});
            void store.attempt(async () => {
              await assessment.applyChoice(choices);
              if (assessment.saveState === 'saved' && !disk.choice) ui.notify({ kind: 'status', text: t('conflicts.applied') });
            });
          }}
        >
          {t('conflicts.apply')}
        </button>
      </div>
    </dialog>
  );
});

/** In the toolbar: a choice that waits (with a button to reopen it), or what happened on disk. */
export const ConflictNotice = observer(function ConflictNotice() {
  const { t } = useTranslation();
  const { disk } = useStore().assessment;
  const count = disk.choice?.conflicts.length ?? 0;
  if (count > 0 && !disk.choiceShown) {
    return (
      <span className="merge-conflicts" role="status">
        {count === 1 ? t('conflicts.pendingOne') : t('conflicts.pending', { count })}{' '}
        <button type="button" onClick={() => disk.show()}>
          {t('conflicts.choose')}
        </button>
      </span>
    );
  }
  if (!disk.notice || disk.notice === 'applied') return null;
  return (
    <span className="merge-conflicts" role="status">
      {t(disk.notice === 'reloaded' ? 'conflicts.reloaded' : 'conflicts.merged')}{' '}
      <button type="button" onClick={() => disk.tell(null)}>
        {t('conflicts.dismiss')}
      </button>
    </span>
  );
});
