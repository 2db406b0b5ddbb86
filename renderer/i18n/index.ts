import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages } from '../../shared/i18n';

/** Starts i18next with the shared catalogue; Dutch is the default. */
export async function createI18n(language: 'nl' | 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nl',
    resources: { nl: { translation: messages.nl }, en: { translation: messages.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
