import { observer } from 'mobx-react-lite';
import { useTranslation } from '../i18n';
import type { Language } from '../../shared/api';
import { useStore } from '../stores/context';

const LANGUAGES: Language[] = ['nl', 'en'];

/** A select of the UI language; the choice is saved in the settings. */
export const LanguageSwitch = observer(function LanguageSwitch() {
  const { t } = useTranslation();
  const store = useStore();
  return (
    <div className="language-switch">
      <label htmlFor="language-select">{t('app.language')}</label>
      <select
        id="language-select"
        value={store.settings.language}
        onChange={(e) => void store.attempt(() => store.settings.setLanguage(e.target.value as Language))}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`app.languages.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
});
