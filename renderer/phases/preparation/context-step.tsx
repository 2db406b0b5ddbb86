import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { useStore } from '../../stores/context';
import { choices } from '../options';
import { useLang } from '../use-lang';

/** Step 1: what policy, where, at which scale, who owns it, when. */
export const ContextStep = observer(function ContextStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const c = useStore().assessment.document!.context;
  const opts = choices(t, lang);
  return (
    <div className="form-grid">
      <TextField
        label={t('fields.title')}
        field="title"
        value={c.title}
        maxLength={300}
        onChange={(d, v) => (d.context.title = v)}
        className="wide"
      />
      <TextField
        label={t('fields.organisation')}
        field="organisation"
        value={c.organisation}
        onChange={(d, v) => (d.context.organisation = v)}
      />
      <TextField
        label={t('fields.policyDomain')}
        field="policyDomain"
        value={c.policyDomain}
        onChange={(d, v) => (d.context.policyDomain = v)}
      />
      <TextField label={t('fields.areaName')} field="areaName" value={c.area.name} onChange={(d, v) => (d.context.area.name = v)} />
      <SelectField
        label={t('fields.areaScale')}
        field="areaScale"
        value={c.area.scale}
        options={opts.scale}
        onChange={(d, v) => (d.context.area.scale = v)}
      />
      <TextField label={t('fields.owner')} field="owner" value={c.owner} onChange={(d, v) => (d.context.owner = v)} />
      <TextField label={t('fields.author')} field="author" value={c.author} onChange={(d, v) => (d.context.author = v)} />
      <TextField
        label={t('fields.startDate')}
        field="startDate"
        type="date"
        value={c.startDate ?? ''}
        onChange={(d, v) => (d.context.startDate = v || null)}
      />
      <TextField
        label={t('fields.endDate')}
        field="endDate"
        type="date"
        value={c.endDate ?? ''}
        onChange={(d, v) => (d.context.endDate = v || null)}
      />
      <TextField
        label={t('fields.version')}
        field="version"
        value={c.version}
        maxLength={50}
        onChange={(d, v) => (d.context.version = v)}
      />
      <TextAreaField
        label={t('fields.relatedProgrammes')}
        field="relatedProgrammes"
        rows={3}
        value={c.relatedProgrammes}
        onChange={(d, v) => (d.context.relatedProgrammes = v)}
        className="wide"
      />
    </div>
  );
});
