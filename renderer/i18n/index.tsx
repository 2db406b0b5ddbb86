/**
 * The UI's translations: the shared message catalogue behind a small React context. Dutch is
 * bundled; English loads on first use. (A full i18n library cost more start-up time than the
 * two languages and one interpolation syntax need.)
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { nl, type Messages } from '../../shared/i18n/nl';

export type Language = 'nl' | 'en';
type Values = Record<string, string | number | boolean | null | undefined>;

const loaded: Partial<Record<Language, Messages>> = { nl };

/** Loads a language's catalogue (English is a separate chunk). */
export async function loadLanguage(language: Language): Promise<void> {
  if (!loaded[language]) loaded[language] = (await import('../../shared/i18n/en')).en;
}

function lookup(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/** A translator for one language: dotted keys, {{name}} placeholders, Dutch as fallback. */
export function translator(language: Language): (key: string, values?: Values) => string {
  const messages = loaded[language] ?? nl;
  return (key, values = {}) => {
    const found = lookup(messages, key) ?? lookup(nl, key);
    if (typeof found !== 'string') return key;
    return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

interface Translation {
  t: (key: string, values?: Values) => string;
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
