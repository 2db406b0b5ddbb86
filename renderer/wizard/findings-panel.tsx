import { observer } from 'mobx-react-lite';
import { useTranslation } from '../i18n';
import { findingText, type Finding } from '../../shared/analysis/findings';
import { fieldId } from '../components/fields';
import { stepOf } from '../../shared/steps/list';
import { useStore } from '../stores/context';
import { usePage } from '../components/pager';

/** The element a finding points to: a field, an item's section, or the step itself. */
export function targetElementId(finding: Finding): string | null {
  const { field, itemId } = finding.target;
  if (field) return fieldId(field, itemId);
  if (itemId) return `s-${itemId}`;
  return null;
}

/** Findings shown at a time. */
export const FINDINGS_PAGE_SIZE = 50;

/** "Wat ontbreekt nog": the critical friend's findings for the current phase, each a link to its field; on its first page in each phase. */
export const FindingsPanel = observer(function FindingsPanel() {
  const { wizard } = useStore();
  return <PhaseFindings key={wizard.phase} />;
});

const PhaseFindings = observer(function PhaseFindings() {
  const { t, i18n } = useTranslation();
  const { assessment, wizard } = useStore();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  // The findings of the steps of this phase: the same ones the navigation marks, so the two agree.
  const findings = assessment.findings.filter((f) => stepOf(f.target.step).phase === wizard.phase);
  // A large document has hundreds of findings per phase: a page at a time keeps every step light.
  const { visible, pager } = usePage(findings, t('longList.findings'), FINDINGS_PAGE_SIZE);

  function go(finding: Finding) {
    const effect = assessment.document?.preparation.effects.find((e) => e.id === finding.target.itemId);
    if (effect) wizard.selectOption(effect.optionId);
    wizard.go(finding.target.step, targetElementId(finding));
  }

  return (
    <aside className="findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title">{t('wizard.missingTitle')}</h2>
      {findings.length === 0 ? (
        <p>{t('wizard.missingNone')}</p>
      ) : (
        <>
          <p className="hint">{t('wizard.missingIntro')}</p>
          <ul>
            {visible.map((f) => (
              <li key={f.id} className={`finding severity-${f.severity}`}>
                <span className="severity">{t(`severity.${f.severity}`)}:</span>{' '}
                <a
                  href={`#${targetElementId(f) ?? 'step-title'}`}
                  onClick={(e) => {
                    e.preventDefault();
                    go(f);
                  }}
                >
                  {findingText(f, lang, t)}
                </a>{' '}
                <span className="hint">({t(`steps.${f.target.step}`)})</span>
              </li>
            ))}
          </ul>
          {pager}
        </>
      )}
    </aside>
  );
});
