import { RemoveButton } from '../../components/remove-button';
import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { TextField } from '../../components/fields';
import { useStore } from '../../stores/context';
import { newItemId } from '../options';

/** The document's own groups, added to the standard list every effect can name. */
export const OwnGroups = observer(function OwnGroups() {
  const { t } = useTranslation();
  const { assessment, wizard } = useStore();
  const groups = assessment.document!.preparation.groups;
  return (
    <section aria-labelledby="own-groups-title" className="own-groups">
      <h2 id="own-groups-title">{t('tradeoff.fields.ownGroups')}</h2>
      <p className="hint">{t('tradeoff.fields.ownGroupsHint')}</p>
      {groups.map((g, i) => (
        <div key={g.id} className="inline-row">
          <TextField
            label={t('tradeoff.fields.groupName', { n: i + 1 })}
            field="name"
            itemId={g.id}
            maxLength={200}
            value={g.name}
            onChange={(d, v) => void (d.preparation.groups.find((x) => x.id === g.id)!.name = v)}
          />
          <RemoveButton
            item={{ kind: 'group', id: g.id }}
            what={t('a11y.confirm.group', { name: g.name })}
            label={t('tradeoff.fields.removeGroup', { n: i + 1 })}
          />
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          const id = newItemId('grp');
          assessment.edit('add-group', (d) => void d.preparation.groups.push({ id, name: t('tradeoff.fields.newGroup') }));
          wizard.focusLater(`f-${id}-name`);
        }}
      >
        {t('tradeoff.fields.addGroup')}
      </button>
    </section>
  );
});
