import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { expectedVersusRealised } from '../../../shared/analysis/compare';
import { numberedInGroups } from '../../../shared/analysis/numbering';
import { themeOf } from '../../../shared/framework/framework';
import type { AssessmentDocument, RealisedEffect } from '../../../shared/model/document';
import { SelectField, TextAreaField } from '../../components/fields';
import { LazyDetails } from '../../components/lazy-details';
import { useStore } from '../../stores/context';
import { usePage } from '../../components/pager';
import { choices } from '../options';
import { perVersion } from '../per-version';
import { EffectEvidenceView } from './effect-evidence';
import { useLang } from '../use-lang';
import { RealisedLimits } from './realised-limits';
import { realisedOf } from './realised-of';

const signed = (v: number | null) => (v === null ? '—' : v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');

/** Effects shown at a time (each row is a details element with its evidence; the ×100 document has thousands). */
export const REALISED_PAGE_SIZE = 50;

/** Evaluation step 2: per expected effect the realised one, evidence and contribution; mismatches stand out. */
export const ExpectedRealisedStep = observer(function ExpectedRealisedStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = useStore().assessment.document!;
  const preferred = doc.preparation.preferredOptionId;
  const rows = perVersion(doc, expectedVersusRealised).filter(
    (r) => (preferred === null || r.effect.optionId === preferred) && r.expected.direction !== null,
  );
  // Two effects on one theme: their controls are told apart by number (accessible names only).
  const numbered = numberedInGroups(
    rows.map((r) => r.effect),
    (e) => e.theme,
  );
  const { visible, pager } = usePage(rows, t('steps.expected-realised'), REALISED_PAGE_SIZE, (r) => r.effect.id);
  const opts = choices(t, lang);
  if (rows.length === 0) return <p>{t('realised.none')}</p>;
  return (
    <div>
      <p>{t('realised.intro')}</p>
      {pager}
      <ul className="indicator-list">
        {visible.map(({ effect, expected, realised, comparison }) => {
          const theme = themeOf(effect.theme).name[lang];
          const { n, of } = numbered(effect);
          const nth = of > 1 ? t('a11y.effectNth', { theme, n }) : undefined;
          const mismatch = comparison === 'opposite' || comparison === 'weaker' || comparison === 'stronger';
          const id = effect.id;
          const set = (fn: (r: RealisedEffect) => void) => (d: AssessmentDocument) => fn(realisedOf(d, id));
          return (
            <li key={id} className={mismatch ? `mismatch compare-${comparison}` : `compare-${comparison}`}>
              <LazyDetails
                itemId={id}
                summary={
                  <>
                    {mismatch ? <span aria-hidden="true">⚠ </span> : null}
                    {t('realised.summary', {
                      theme,
                      expected: signed(expected.direction),
                      realised: signed(realised?.direction ?? null),
                      comparison: t(`realised.compare.${comparison}`),
                    })}
                    {nth ? <span className="visually-hidden"> ({nth})</span> : null}
                  </>
                }
              >
                {() => (
                  <div className="form-grid">
                    <p className="wide">
                      <strong>{t('realised.expected')}:</strong>{' '}
                      {expected.direction === null ? t('report.notAssessed') : t(`enums.direction.${expected.direction}`)}
                      {expected.confidence
                        ? `; ${t('fields.confidence').toLowerCase()} ${t(`enums.confidence.${expected.confidence}`)}`
                        : ''}
                      {expected.lag ? `; ${t(`enums.lag.${expected.lag}`)}` : ''}
                      {expected.rationale ? ` — ${expected.rationale}` : ''}
                    </p>
                    <EffectEvidenceView doc={doc} effect={effect} />
                    <SelectField
                      label={t('realised.realisedFor', { theme })}
                      field="direction"
                      itemId={id}
                      of={nth}
                      value={realised?.direction ?? null}
                      options={opts.direction}
                      onChange={(d, v) => set((r) => (r.direction = v))(d)}
                    />
                    <SelectField
                      label={t('realised.contributionConfidence')}
                      field="contributionConfidence"
                      itemId={id}
                      of={nth ?? theme}
                      value={realised?.contributionConfidence ?? null}
                      options={opts.confidence}
                      onChange={(d, v) => set((r) => (r.contributionConfidence = v))(d)}
                    />
                    <SelectField
                      label={t('realised.lag')}
                      field="lag"
                      itemId={id}
                      of={nth ?? theme}
                      value={realised?.lag ?? null}
                      options={opts.lag}
                      onChange={(d, v) => set((r) => (r.lag = v))(d)}
                    />
                    <TextAreaField
                      label={`${t('realised.evidence')} (${theme})`}
                      field="evidence"
                      itemId={id}
                      of={nth}
                      rows={3}
                      value={realised?.evidence ?? ''}
                      onChange={(d, v) => set((r) => (r.evidence = v))(d)}
                      className="wide"
                    />
                    <TextAreaField
                      label={`${t('realised.contributionArgument')} (${theme})`}
                      field="contributionArgument"
                      itemId={id}
                      of={nth}
                      rows={3}
                      value={realised?.contributionArgument ?? ''}
                      onChange={(d, v) => set((r) => (r.contributionArgument = v))(d)}
                      className="wide"
                    />
                    <RealisedLimits effect={effect} of={nth} />
                  </div>
                )}
              </LazyDetails>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
