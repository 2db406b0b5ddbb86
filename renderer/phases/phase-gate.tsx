import { toJS } from 'mobx';
import { observer } from 'mobx-react-lite';
import { useId, useState, type ComponentType } from 'react';
import { useTranslation } from '../i18n';
import type { Phase } from '../../shared/model/document';
import { startEvaluation, startImplementation } from '../../shared/model/transitions';
import { ConfirmDialog } from '../components/confirm-dialog';
import { DateInput } from '../components/date-input';
import { useStore } from '../stores/context';

const ORDER: Phase[] = ['preparation', 'implementation', 'evaluation'];

/** Today in the user's time zone, yyyy-mm-dd. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The button (with a confirmation) that moves the document into `phase`. */
export const TransitionButton = observer(function TransitionButton({ phase }: { phase: 'implementation' | 'evaluation' }) {
  const { t } = useTranslation();
  const { assessment, settings, ui } = useStore();
  const doc = assessment.document!;
  const [asking, setAsking] = useState(false);
  const [by, setBy] = useState(doc.context.author || settings.settings?.authorName || '');
  const today = localToday();
  const [date, setDate] = useState(today);
  const [decision, setDecision] = useState('');
  const [error, setError] = useState('');
  const byId = useId();
  const dateId = useId();
  const decisionId = useId();
  const errorId = useId();
  function go() {
    if (phase === 'implementation') {
      if (!by.trim()) return setError(t('freeze.needBy'));
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)) || date > today) return setError(t('freeze.needDate'));
    }
    setAsking(false);
    setError('');
    assessment.edit(`phase-${phase}`, (d) => {
      const next =
        phase === 'implementation'
          ? startImplementation(toJS(d), by.trim(), new Date().toISOString(), { date, decision })
          : startEvaluation(toJS(d));
      d.implementation.frozen = next.implementation.frozen;
      d.context.phase = next.context.phase;
    });
    ui.notify({ kind: 'status', text: t('transition.done', { phase: t(`phase.${phase}`) }) });
  }
  return (
    <>
      <button type="button" className="primary" onClick={() => setAsking(true)}>
        {phase === 'implementation' ? t('transition.toImplementation') : t('transition.toEvaluation')}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('transition.confirmTitle')}
          body={phase === 'implementation' ? t('transition.confirmImplementation') : t('transition.confirmEvaluation')}
          confirmLabel={t('transition.confirm')}
          cancelLabel={t('transition.cancel')}
          onConfirm={go}
          onCancel={() => setAsking(false)}
        >
          {phase === 'implementation' ? (
            <>
              <div className="field">
                <label htmlFor={byId}>{t('transition.byLabel')}</label>
                <input id={byId} type="text" value={by} maxLength={200} onChange={(e) => setBy(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor={dateId}>{t('freeze.dateLabel')}</label>
                <p id={`${dateId}-hint`} className="hint">
                  {t('freeze.dateHint')}
                </p>
                <DateInput id={dateId} value={date} aria-describedby={`${dateId}-hint`} onChange={setDate} onInvalid={() => setDate('')} />
              </div>
              <div className="field">
                <label htmlFor={decisionId}>{t('freeze.decisionLabel')}</label>
                <p id={`${decisionId}-hint`} className="hint">
                  {t('freeze.decisionHint')}
                </p>
                <input
                  id={decisionId}
                  type="text"
                  value={decision}
                  maxLength={2000}
                  aria-describedby={`${decisionId}-hint`}
                  onChange={(e) => setDecision(e.target.value)}
                />
              </div>
              {error ? (
                <p id={errorId} className="field-error" role="alert">
                  {error}
                </p>
              ) : null}
            </>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
});

/**
 * Wraps a step of a later phase: until the document is in that phase, the step explains the
 * transition and offers it (from the phase directly before); after that, the step itself.
 */
export function gated(phase: 'implementation' | 'evaluation', Step: ComponentType): ComponentType {
  const Gated = observer(function Gated() {
    const { t } = useTranslation();
    const doc = useStore().assessment.document!;
    const current = doc.context.phase;
    if (ORDER.indexOf(current) >= ORDER.indexOf(phase)) return <Step />;
    const adjacent = ORDER.indexOf(current) === ORDER.indexOf(phase) - 1;
    return (
      <div className="phase-gate">
        <p>{t('transition.notYet', { phase: t(`phase.${phase}`), current: t(`phase.${current}`) })}</p>
        <p>{phase === 'implementation' ? t('transition.implementationIntro') : t('transition.evaluationIntro')}</p>
        {adjacent ? <TransitionButton phase={phase} /> : null}
      </div>
    );
  });
  return Gated;
}
