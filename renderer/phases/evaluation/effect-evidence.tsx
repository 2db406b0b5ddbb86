import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import type { AssessmentDocument, Effect } from '../../../shared/model/document';
import { effectEvidence } from '../../../shared/steps/expected-realised/evidence';
import { themeOf } from '../../../shared/framework/framework';
import { useLang } from '../use-lang';

/**
 * Beside an expected effect: the indicators that would show it (through its outcome in the theory
 * of change, then on its theme) with baseline, frozen target, last value and grade, and what
 * citizens said about its theme (shared/steps/expected-realised/evidence.ts).
 */
export const EffectEvidenceView = observer(function EffectEvidenceView({ doc, effect }: { doc: AssessmentDocument; effect: Effect }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ev = effectEvidence(doc, effect, t, lang);
  const theme = themeOf(effect.theme).name[lang];
  return (
    <section className="wide effect-evidence" aria-label={`${t('toc.evidenceTitle')} (${theme})`}>
      <h2>{t('toc.evidenceTitle')}</h2>
      {ev.rows.length === 0 ? (
        <p className="hint">{t('toc.noIndicatorEvidence')}</p>
      ) : (
        <div className="table-scroll">
          <table className="small-table">
            <caption className="visually-hidden">{`${t('toc.evidenceTitle')} (${theme})`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('toc.indicator')}</th>
                <th scope="col">{t('toc.via')}</th>
                <th scope="col">{t('toc.baseline')}</th>
                <th scope="col">{t('toc.frozenTarget')}</th>
                <th scope="col">{t('toc.lastValue')}</th>
                <th scope="col">{t('toc.grade')}</th>
              </tr>
            </thead>
            <tbody>
              {ev.rows.map((r) => (
                <tr key={r.result.indicator.id} data-indicator={r.result.indicator.id}>
                  <th scope="row">{r.result.indicator.name}</th>
                  <td>{r.via}</td>
                  <td>{r.baseline}</td>
                  <td>{r.target}</td>
                  <td>{r.last}</td>
                  <td className={`grade-${r.result.originalGrade.grade}`}>{r.grade}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('toc.signals', { theme })}</h3>
      {ev.citizens.length === 0 ? (
        <p className="hint">{t('toc.noSignals')}</p>
      ) : (
        <ul>
          {ev.citizens.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
});
