import { observer } from 'mobx-react-lite';
import { useEffect, useRef, type ReactNode } from 'react';
import { toJS } from 'mobx';
import { useTranslation } from '../i18n';
import { longDate } from '../../shared/analysis/adjusted';
import type { AssessmentDocument } from '../../shared/model/document';
import { freezeHash, shortHash } from '../../shared/model/freeze';
import { stepOf, type StepId } from '../../shared/steps/list';
import { LockContext, stableFrozenView } from '../components/locked';
import { LOCKED_HINT_ID } from '../components/locked-field';
import { useStore } from '../stores/context';
import { openManual } from '../manual/manual-state';

/** Moves focus to an element, opening any closed <details> around it first. */
function focusElement(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  let parent = el.parentElement;
  while (parent) {
    if (parent instanceof HTMLDetailsElement) parent.open = true;
    parent = parent.parentElement;
  }
  const control = el.matches('input, select, textarea, button, a[href]')
    ? el
    : el.querySelector<HTMLElement>('input, select, textarea, button, summary');
  const target = control ?? el;
  if (!control && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return true;
}

type Frozen = NonNullable<AssessmentDocument['implementation']['frozen']>;
const checked = new WeakMap<Frozen, boolean>();

/** Whether a freeze's hash matches its snapshot: the check reads the whole snapshot, so once per freeze, not per step shown. */
function isIntact(frozen: Frozen): boolean {
  if (!frozen.snapshot || !frozen.hash) return true;
  let intact = checked.get(frozen);
  if (intact === undefined) {
    const { by, snapshot, hash, date, at, decision } = toJS(frozen);
    intact = hash === freezeHash({ date: date ?? at.slice(0, 10), by, decision: decision ?? '', snapshot: snapshot! });
    checked.set(frozen, intact);
  }
  return intact;
}

/** On the steps that hold the expectations: when, by whom and on what decision they were frozen, and the reference. */
const FrozenNote = observer(function FrozenNote({ step }: { step: StepId }) {
  const { t, i18n } = useTranslation();
  const frozen = useStore().assessment.document?.implementation.frozen;
  const intact = frozen ? isIntact(frozen) : true;
  if (!frozen || !stepOf(step).holdsExpectations) return null;
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const date = longDate(lang, frozen.date ?? frozen.at);
  return (
    <div className="frozen-note">
      <p>
        {/* Drawn, not a character: the lock emoji is in none of the app's fonts and showed as an empty box. */}
        <svg className="lock-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
          <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
        </svg>{' '}
        {t('transition.frozenOn', { date, by: frozen.by })}
        {frozen.decision ? ` ${t('freeze.noteDecision', { decision: frozen.decision })}` : ''}
        {frozen.hash ? ` ${t('freeze.noteHash', { hash: shortHash(frozen.hash) })}` : ''}
      </p>
      <p>{frozen.snapshot ? t('freeze.noteReadOnly') : `${t('freeze.derived')} ${t('freeze.noteReadOnly')}`}</p>
      {intact ? null : <p className="field-error">{t('freeze.tampered')}</p>}
    </div>
  );
});

/**
 * Gives the fields of a step that holds expectations the frozen view, so they show read-only after the freeze; with the
 * one description its unadjusted frozen fields share.
 */
const Lock = observer(function Lock({ step, children }: { step: StepId; children: ReactNode }) {
  const { t } = useTranslation();
  const doc = useStore().assessment.document;
  const frozen = doc?.implementation.frozen;
  const holds = stepOf(step).holdsExpectations === true;
  // A view into the document (no copy, no hash check), the same object from render to render, so the fields' look-ups are indexed once.
  const view = doc && frozen && holds ? stableFrozenView(doc) : null;
  return (
    <LockContext.Provider value={view}>
      {view ? (
        <p id={LOCKED_HINT_ID} hidden>
          {t('freeze.lockedHint')}
        </p>
      ) : null}
      {children}
    </LockContext.Provider>
  );
});

/** One step: its h1, the help text on why it matters, the content, and Vorige / Volgende. */
export const StepFrame = observer(function StepFrame({ step, children }: { step: StepId; children: ReactNode }) {
  const { t } = useTranslation();
  const { wizard, ui } = useStore();
  const heading = useRef<HTMLHeadingElement>(null);

  // On arriving at a step: focus the field a finding pointed to, or else the step's heading.
  useEffect(() => {
    const target = wizard.consumeFocus();
    if (!(target && focusElement(target))) heading.current?.focus();
  }, [step, wizard]);

  // A finding that points into the step already shown.
  const pending = wizard.pendingFocus;
  useEffect(() => {
    if (!pending) return;
    const target = wizard.consumeFocus();
    if (target) focusElement(target);
  }, [pending, wizard]);

  return (
    <section className="step" aria-labelledby="step-title">
      <h1 id="step-title" ref={heading} tabIndex={-1}>
        {t(`steps.${step}`)}
      </h1>
      <details className="help" open>
        <summary>{t('wizard.why')}</summary>
        <p>{t(`help.${step}`)}</p>
        <button type="button" className="link-button manual-link" onClick={() => openManual(ui, step)}>
          {t('a11y.manual.open')}
        </button>
      </details>
      <FrozenNote step={step} />
      <div className="step-body">
        <Lock step={step}>{children}</Lock>
      </div>
      <div className="step-buttons">
        {wizard.previous ? (
          <button type="button" onClick={() => wizard.go(wizard.previous!)}>
            ← {t('wizard.previous')}: {t(`steps.${wizard.previous}`)}
          </button>
        ) : (
          <span />
        )}
        {wizard.next ? (
          <button type="button" className="primary" onClick={() => wizard.go(wizard.next!)}>
            {t('wizard.next')}: {t(`steps.${wizard.next}`)} →
          </button>
        ) : null}
      </div>
    </section>
  );
});
