import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { conclusionBasis } from '../../../shared/analysis/limitations';
import { contributionText, counterfactualText } from '../../../shared/analysis/limits-text';
import { themeOf } from '../../../shared/framework/framework';
import { LASTINGS } from '../../../shared/model/choices';
import type { AssessmentDocument, Effect, RealisedEffect } from '../../../shared/model/document';
import { SelectField, TextAreaField } from '../../components/fields';
import { NotQuantifiedField } from '../../components/not-quantified-field';
import { useStore } from '../../stores/context';
import { useLang } from '../use-lang';
import { realisedOf } from './realised-of';

/**
 * Beside the conclusion about one realised effect (issue 18): what it rests on (how sure the
 * contribution is, and what the zero option expected on the same theme), whether the change lasts
 * with the evidence, and "niet gekwantificeerd" with the reason.
 */
/** `of`: the entry's number when a theme has several ("Milieu, effect 2"), added to the fields' accessible names. */
export const RealisedLimits = observer(function RealisedLimits({ effect, of }: { effect: Effect; of?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = useStore().assessment.document!;
  const realised = doc.evaluation.realisedEffects.find((r) => r.effectId === effect.id);
  const basis = conclusionBasis(doc, effect);
  const theme = themeOf(effect.theme).name[lang];
  const id = effect.id;
  const set = (fn: (r: RealisedEffect) => void) => (d: AssessmentDocument) => fn(realisedOf(d, id));
  return (
    <>
      <div className="wide conclusion-basis">
        <strong>{t('limits.basis')}:</strong>
        <ul>
          <li>
            {t('limits.contribution')}: {contributionText(basis, t)}
          </li>
          <li>
            {t('limits.counterfactual')}: {counterfactualText(basis, t, (v) => (v === null ? '—' : t(`enums.direction.${v}`)))}
          </li>
        </ul>
      </div>
      <SelectField
        label={t('limits.lastingFor', { name: theme })}
        field="lasting"
        itemId={id}
        of={of}
        value={realised?.lasting ?? null}
        options={LASTINGS.map((v) => ({ value: v, label: t(`limits.lasting.${v}`) }))}
        onChange={(d, v) => set((r) => (r.lasting = v))(d)}
      />
      <TextAreaField
        label={t('limits.lastingEvidence', { name: theme })}
        field="lastingEvidence"
        itemId={id}
        of={of}
        rows={2}
        maxLength={4000}
        value={realised?.lastingEvidence ?? ''}
        onChange={(d, v) => set((r) => (r.lastingEvidence = v))(d)}
        className="wide"
      />
      <NotQuantifiedField
        itemId={id}
        name={of ?? theme}
        mark={realised?.notQuantified}
        set={(d, mark) => set((r) => (r.notQuantified = mark))(d)}
      />
    </>
  );
});
