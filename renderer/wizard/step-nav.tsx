import { computed } from 'mobx';
import { observer } from 'mobx-react-lite';
import { useMemo } from 'react';
import { useTranslation } from '../i18n';
import { PHASES, stepsOf, type StepId } from '../../shared/steps/list';
import { useStore } from '../stores/context';
import { stepState, type StepState } from '../../shared/steps/state';
import type { Finding } from '../../shared/analysis/findings';

const ICON: Record<StepState, string> = { done: '✓', 'in-progress': '◐', attention: '!', 'not-started': '○' };

/** The findings by step, grouped once per list of findings: a large document has thousands, and the list has 19 steps. */
const grouped = new WeakMap<readonly Finding[], ReadonlyMap<string, Finding[]>>();
function findingsByStep(findings: readonly Finding[]): ReadonlyMap<string, Finding[]> {
  let byStep = grouped.get(findings);
  if (!byStep) {
    const map = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = map.get(f.target.step);
      if (list) list.push(f);
      else map.set(f.target.step, [f]);
    }
    grouped.set(findings, (byStep = map));
  }
  return byStep;
}

/** The "Stappen" landmark: every step of all three phases, grouped by phase, with its state in words. */
export const StepNav = observer(function StepNav() {
  const { t } = useTranslation();
  const { assessment } = useStore();
  const progress = assessment.progress;
  if (!progress) return null;
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
            {stepsOf(phase).map(({ id: step }) => (
              <NavStep key={step} step={step} />
            ))}
          </ol>
        </section>
      ))}
    </nav>
  );
});

/**
 * One step in the navigation. Its state and whether it is the current step are computed values, so going to
 * another step redraws the two entries that change, not all of them (nor the grouping of every finding).
 */
const NavStep = observer(function NavStep({ step }: { step: StepId }) {
  const { t } = useTranslation();
  const { assessment, wizard } = useStore();
  const values = useMemo(
    () => ({
      current: computed(() => wizard.step === step),
      state: computed(() => {
        const progress = assessment.progress;
        return progress ? stepState(step, progress, findingsByStep(assessment.findings).get(step) ?? [], wizard.visited.has(step)) : null;
      }),
    }),
    [assessment, wizard, step],
  );
  const current = values.current.get();
  const state = values.state.get() ?? 'not-started';
  return (
    <li>
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
});
