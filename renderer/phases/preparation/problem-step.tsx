import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { SelectField, TextAreaField } from '../../components/fields';
import { useStore } from '../../stores/context';
import { choices } from '../options';
import { useLang } from '../use-lang';
import { SupportExAnte } from './support-ex-ante';

/** Step 2: the problem, for whom, what people value and how they were involved, the ambition. */
export const ProblemStep = observer(function ProblemStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const p = useStore().assessment.document!.preparation;
  return (
    <div className="form-grid">
      <TextAreaField
        label={t('fields.problem')}
        field="problem"
        rows={6}
        value={p.problem}
        onChange={(d, v) => (d.preparation.problem = v)}
        className="wide"
      />
      <TextAreaField
        label={t('fields.targetGroups')}
        field="targetGroups"
        rows={3}
        value={p.targetGroups}
        onChange={(d, v) => (d.preparation.targetGroups = v)}
        className="wide"
      />
      <TextAreaField
        label={t('fields.citizenValues')}
        field="citizenValues"
        rows={4}
        value={p.citizenValues}
        onChange={(d, v) => (d.preparation.citizenValues = v)}
      />
      <TextAreaField
        label={t('fields.citizenInvolvement')}
        field="citizenInvolvement"
        rows={4}
        value={p.citizenInvolvement}
        onChange={(d, v) => (d.preparation.citizenInvolvement = v)}
      />
      <SupportExAnte />
      <TextAreaField
        label={t('fields.ambition')}
        field="ambition"
        rows={4}
        value={p.ambition}
        onChange={(d, v) => (d.preparation.ambition = v)}
        className="wide"
      />
      <SelectField
        label={t('fields.ambitionScale')}
        field="ambitionScale"
        value={p.ambitionScale}
        options={choices(t, lang).scale}
        onChange={(d, v) => (d.preparation.ambitionScale = v)}
      />
    </div>
  );
});
