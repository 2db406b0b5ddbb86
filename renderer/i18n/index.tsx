/**
 * The UI's translations: the shared message catalogue behind a small React context. The Dutch words
 * of the app's frame and the start screen are bundled (shared/i18n/start.nl.ts); the rest of the Dutch
 * catalogue loads with the document view and the manual (`loadMessages`, which they wait for before
 * they render), English on first use. (A full i18n library cost more start-up time than the two
 * languages and one interpolation syntax need.)
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fill, find } from '../../shared/i18n/fill';
import type { Language, MessageKey, MessageValues, Messages } from '../../shared/i18n/lookup';
import { startNl } from '../../shared/i18n/start.nl';

export type { Language, MessageKey };

/** Whole catalogues, once loaded. */
const loaded: Partial<Record<Language, Messages>> = {};
let loadingDutch: Promise<void> | null = null;

/** Loads the whole Dutch catalogue (the words of the document view, the manual and the dialogs), once. */
export function loadMessages(): Promise<void> {
  loadingDutch ??= import('../../shared/i18n/nl').then(
    (m) => void (loaded.nl = m.nl),
    (err: unknown) => {
      loadingDutch = null;
      throw err;
    },
  );
  return loadingDutch;
}

/** Loads a language's catalogue (English is a separate chunk; Dutch has the start screen's words bundled). */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' && !loaded.en) loaded.en = (await import('../../shared/i18n/en')).en;
}

/**
 * A translator for one language: typed keys, Dutch as fallback, {{name}} placeholders (as the shared
 * lookup). Throws on a key that no loaded catalogue has: an unknown key, or one whose words have not
 * loaded yet (a screen that rendered before `loadMessages`), so no key is ever shown as text.
 */
export function translator(language: Language): (key: MessageKey, values?: MessageValues) => string {
  return (key, values) => {
    const template = find(loaded[language], key) ?? find(loaded.nl ?? startNl, key);
    if (template === undefined) {
      throw new Error(loaded.nl ? `Unknown message key: ${String(key)}` : `Message not loaded yet (loadMessages): ${String(key)}`);
    }
    return fill(template, values);
  };
}

interface Translation {
  t: (key: MessageKey, values?: MessageValues) => string;
  i18n: { language: Language };
}

const Context = createContext<Translation>({ t: translator('nl'), i18n: { language: 'nl' } });

/** Provides the language; waits for its catalogue before switching, so nothing shows keys. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const [ready, setReady] = useState<Language>(language === 'nl' || loaded[language] ? language : 'nl');
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
