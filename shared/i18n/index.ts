import { en } from './en';
import { nl, type Messages } from './nl';

/** The message catalogue, shared by the UI, the menus and the report. */
export const messages: Record<'nl' | 'en', Messages> = { nl, en };
export type { Messages };

/** All dotted keys of a message tree whose leaves are strings. */
export function flattenKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value as object, `${prefix}${key}.`),
  );
}

/** Looks up a dotted key and fills {{name}} placeholders; for code outside React (menus, report). */
export function translate(language: 'nl' | 'en', key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = messages[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
