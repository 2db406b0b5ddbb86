/**
 * Finding a message in a catalogue tree and filling its placeholders: the part of the lookup
 * (lookup.ts) that imports no catalogue, so the renderer can hold only part of the Dutch one at
 * first (renderer/i18n).
 */
import type { MessageValues } from './lookup';

/** The string at a dotted key of a message tree, or undefined. */
export function find(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

// Dutch and English share their cardinal plural rules (one for 1, other for the rest). Made when first
// needed: an Intl object costs start-up time, and the start screen's words have no plurals.
let pluralRules: Intl.PluralRules | undefined;

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
    const chosen =
      options.get(`=${count}`) ?? options.get((pluralRules ??= new Intl.PluralRules('nl')).select(count)) ?? options.get('other')!;
    out += rest.slice(0, m.index) + chosen.replace(/#/g, String(values[m[1]!] ?? 0));
    rest = rest.slice(j);
  }
  return out + rest;
}

/** Fills plurals, then {{name}} placeholders, from values. */
export function fill(template: string, values: MessageValues = {}): string {
  const plain = template.includes(', plural,') ? fillPlurals(template, values) : template;
  return plain.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
