import { useTranslation } from '../i18n';

/** The UI language as 'nl' or 'en', for framework data that carries both. */
export function useLang(): 'nl' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
