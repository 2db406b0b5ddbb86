import { observer } from 'mobx-react-lite';
import { useTranslation } from '../i18n';
import { PHASES, stepsOf } from '../../shared/steps/list';
import { useStore } from '../stores/context';
import { stepState, type StepState } from '../../shared/steps/state';
import type { Finding } from '../../shared/analysis/findings';

const ICON: Record<StepState, string> = { done: '✓', 'in-progress': '◐', attention: '!', 'not-started': '○' };

/** The "Stappen" landmark: every step of all three phases, grouped by phase, with its state in words. */
export const StepNav = observer(function StepNav() {
  const { t } = useTranslation();
  const { assessment, wizard } = useStore();
  const progress = assessment.progress;
  if (!progress) return null;
  // Grouped once per render: a large document has thousands of findings, and the list has 19 steps.
  const findings = new Map<string, Finding[]>();
  for (const f of assessment.findings) {
    const list = findings.get(f.target.step);
    if (list) list.push(f);
    else findings.set(f.target.step, [f]);
  }
  return (
    <nav aria-label={t('wizard.stepsNav')} className="step-nav">
      {PHASES.map((phase) => (
        <section key={phase} aria-labelledby={`nav-${phase}`}>
          <h2 id={`nav-${phase}`} className="nav-phase">
            {t(`phase.${phase}`)}
          </h2>
          <p className="nav-progress">
            <progress max={100} value={Math.round(progress[phase].share * 100)} aria-labelledby={`nav-${phase} nav-${phase}-pct`} />
            <span id={`nav-${phase}-pct`}>{t('wizard.phaseProgress', { percent: Math.round(progress[phase].share * 100) })}</span>
          </p>
          <ol>
            {stepsOf(phase).map(({ id: step }) => {
              const state = stepState(step, progress, findings.get(step) ?? [], wizard.visited.has(step));
              const current = wizard.step === step;
              return (
                <li key={step}>
                  <button
                    type="button"
                    className={`nav-step state-${state}`}
                    aria-current={current ? 'step' : undefined}
                    onClick={() => wizard.go(step)}
                  >
                    <span aria-hidden="true" className="nav-icon">
                      {ICON[state]}
                    </span>
                    <span className="nav-title">{t(`steps.${step}`)}</span>
                    <span className="nav-state">({t(`wizard.state.${state}`)})</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </nav>
  );
});
