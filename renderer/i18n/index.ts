import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from '../../shared/i18n/nl';

/** Loads the English catalogue only when it is needed: Dutch is the default and starts faster. */
async function loadEnglish(instance: i18n): Promise<void> {
  if (instance.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('../../shared/i18n/en');
  instance.addResourceBundle('en', 'translation', en);
}

/** Starts i18next with the shared catalogue; Dutch is the default. */
export async function createI18n(language: 'nl' | 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language === 'en') await switchLanguage(instance, 'en');
  return instance;
}

/** Switches the UI language, loading its catalogue first. */
export async function switchLanguage(instance: i18n, language: 'nl' | 'en'): Promise<void> {
  if (language === 'en') await loadEnglish(instance);
  await instance.changeLanguage(language);
}
