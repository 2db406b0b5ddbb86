import { en } from './en';
import { isMessageKey, lookup, type Language, type MessageKey, type MessageValues, type Messages } from './lookup';
import { nl } from './nl';

/** The message catalogue, shared by the UI, the menus and the report. */
export const messages: Record<Language, Messages> = { nl, en };
export type { Language, MessageKey, MessageValues, Messages };
export { isMessageKey };

/** All dotted keys of a message tree whose leaves are strings. */
export function flattenKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value as object, `${prefix}${key}.`),
  );
}

/** Looks up a key in a language's catalogue (Dutch as fallback) and fills {{name}} placeholders. */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  return lookup(messages[language], key, values);
}
