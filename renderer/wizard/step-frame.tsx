import { observer } from 'mobx-react-lite';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { stepOf, type StepId } from '../../shared/steps/list';
import { useStore } from '../stores/context';

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

/** On the steps that hold the expectations: when and by whom they were frozen. */
const FrozenNote = observer(function FrozenNote({ step }: { step: StepId }) {
  const { t, i18n } = useTranslation();
  const frozen = useStore().assessment.document?.implementation.frozen;
  if (!frozen || !stepOf(step).holdsExpectations) return null;
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(new Date(frozen.at));
  return (
    <p className="frozen-note">
      <span aria-hidden="true">🔒 </span>
      {t('transition.frozenOn', { date, by: frozen.by })} {t('transition.frozenNote')}
    </p>
  );
});

/** One step: its h1, the help text on why it matters, the content, and Vorige / Volgende. */
export const StepFrame = observer(function StepFrame({ step, children }: { step: StepId; children: ReactNode }) {
  const { t } = useTranslation();
  const { wizard } = useStore();
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
      </details>
      <FrozenNote step={step} />
      <div className="step-body">{children}</div>
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
