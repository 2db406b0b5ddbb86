/**
 * The UI's translations: the shared message catalogue behind a small React context. Dutch is
 * bundled; English loads on first use. (A full i18n library cost more start-up time than the
 * two languages and one interpolation syntax need.)
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { lookup, type Language, type MessageKey, type MessageValues, type Messages } from '../../shared/i18n/lookup';
import { nl } from '../../shared/i18n/nl';

export type { Language, MessageKey };

const loaded: Partial<Record<Language, Messages>> = { nl };

/** Loads a language's catalogue (English is a separate chunk). */
export async function loadLanguage(language: Language): Promise<void> {
  if (!loaded[language]) loaded[language] = (await import('../../shared/i18n/en')).en;
}

/** A translator for one language (the shared lookup: typed keys, Dutch as fallback). */
export function translator(language: Language): (key: MessageKey, values?: MessageValues) => string {
  const messages = loaded[language] ?? nl;
  return (key, values) => lookup(messages, key, values);
}

interface Translation {
  t: (key: MessageKey, values?: MessageValues) => string;
  i18n: { language: Language };
}

const Context = createContext<Translation>({ t: translator('nl'), i18n: { language: 'nl' } });

/** Provides the language; waits for its catalogue before switching, so nothing shows keys. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const [ready, setReady] = useState<Language>(loaded[language] ? language : 'nl');
  useEffect(() => {
    let live = true;
    void loadLanguage(language).then(() => live && setReady(language));
    return () => {
      live = false;
    };
  }, [language]);
  const value = useMemo(() => ({ t: translator(ready), i18n: { language: ready } }), [ready]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The translator of the current language (same shape as react-i18next's hook). */
export function useTranslation(): Translation {
  return useContext(Context);
}
