/**
 * The one message lookup, for the UI, the menus, the CLI and the report: dotted keys that the
 * type checker knows (a misspelt key fails typecheck), {{name}} placeholders, Dutch as fallback.
 * It does not import the English catalogue, so the renderer can load English lazily.
 */
import { fill, find } from './fill';
import { nl, type Messages } from './nl';

export type Language = 'nl' | 'en';
export type { Messages };

/** Values for {{name}} placeholders; null and undefined fill in as empty text. */
export type MessageValues = Record<string, string | number | boolean | null | undefined>;

/** The dotted paths to every string leaf of a message tree. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends readonly string[]
      ? `${Prefix}${K}.${number}`
      : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key of the catalogue, e.g. 'start.title' or 'steps.context'. */
export type MessageKey = Leaves<Messages>;

/** Whether a string built at run time (e.g. from a value in a file) names a message of the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return find(nl, key) !== undefined;
}

/** Looks a key up in a catalogue (Dutch where it lacks the key) and fills its placeholders; throws on a key no catalogue has. */
export function lookup(catalogue: Messages, key: MessageKey, values?: MessageValues): string {
  const template = find(catalogue, key) ?? find(nl, key);
  // A key that is no leaf can only arrive through a cast: say so instead of showing the key to the user.
  if (template === undefined) throw new Error(`Unknown message key: ${String(key)}`);
  return fill(template, values);
}
