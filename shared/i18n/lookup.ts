/**
 * The one message lookup, for the UI, the menus, the CLI and the report: dotted keys that the
 * type checker knows (a misspelt key fails typecheck), {{name}} placeholders, Dutch as fallback.
 * It does not import the English catalogue, so the renderer can load English lazily.
 */
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

function find(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** Whether a string built at run time (e.g. from a value in a file) names a message of the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return find(nl, key) !== undefined;
}

// Dutch and English share their cardinal plural rules (one for 1, other for the rest).
const pluralRules = new Intl.PluralRules('nl');

/** The branches of an ICU plural: `=0 {…} one {…} other {…}`; null when the text is no such list. */
function branches(body: string): Map<string, string> | null {
  const found = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const head = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!head) return body.slice(i).trim() === '' ? found : null;
    let depth = 1;
    let j = i + head[0].length;
    const start = j;
    for (; j < body.length && depth > 0; j++) depth += body[j] === '{' ? 1 : body[j] === '}' ? -1 : 0;
    if (depth !== 0) return null;
    found.set(head[1]!, body.slice(start, j - 1));
    i = j;
  }
  return found;
}

/**
 * Fills ICU-style plurals, `{count, plural, one {# meting} other {# metingen}}`: the branch `=n`
 * for that exact number, else the language's category, else `other`; `#` is the number.
 */
function fillPlurals(template: string, values: MessageValues): string {
  let out = '';
  let rest = template;
  for (let m = /\{(\w+), plural,/.exec(rest); m; m = /\{(\w+), plural,/.exec(rest)) {
    let depth = 1;
    let j = m.index + m[0].length;
    for (; j < rest.length && depth > 0; j++) depth += rest[j] === '{' ? 1 : rest[j] === '}' ? -1 : 0;
    const options = branches(rest.slice(m.index + m[0].length, j - 1));
    if (depth !== 0 || !options?.has('other')) throw new Error(`Malformed plural in message: ${template}`);
    const count = Number(values[m[1]!] ?? 0);
    const chosen = options.get(`=${count}`) ?? options.get(pluralRules.select(count)) ?? options.get('other')!;
    out += rest.slice(0, m.index) + chosen.replace(/#/g, String(values[m[1]!] ?? 0));
    rest = rest.slice(j);
  }
  return out + rest;
}

/** Fills plurals, then {{name}} placeholders, from values. */
function fill(template: string, values: MessageValues = {}): string {
  const plain = template.includes(', plural,') ? fillPlurals(template, values) : template;
  return plain.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Looks a key up in a catalogue (Dutch where it lacks the key) and fills its placeholders; throws on a key no catalogue has. */
export function lookup(catalogue: Messages, key: MessageKey, values?: MessageValues): string {
  const template = find(catalogue, key) ?? find(nl, key);
  // A key that is no leaf can only arrive through a cast: say so instead of showing the key to the user.
  if (template === undefined) throw new Error(`Unknown message key: ${String(key)}`);
  return fill(template, values);
}
