import { describe, expect, it } from 'vitest';
import { flattenKeys, messages, translate, type MessageKey, type Messages } from '../../../shared/i18n';
import { lookup } from '../../../shared/i18n/lookup';

// {{name}} placeholders and the values ICU plurals count ({count, plural, …}).
const holes = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)\}\}|\{(\w+), plural,/g)].map((m) => m[1] ?? m[2]))].sort();

describe('the message catalogue', () => {
  const nlKeys = flattenKeys(messages.nl).sort();
  const enKeys = flattenKeys(messages.en).sort();

  it('has the same keys in Dutch and English', () => {
    expect(nlKeys.length).toBeGreaterThan(100);
    expect(enKeys.filter((k) => !nlKeys.includes(k))).toEqual([]);
    expect(nlKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('has no empty message in %s, and the same placeholders as Dutch', (language) => {
    // Read the raw templates: filling would erase the placeholders.
    const raw = (tree: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
    for (const key of nlKeys) {
      const template = raw(messages[language], key);
      expect(typeof template, key).toBe('string');
      expect((template as string).trim(), key).not.toBe('');
      expect(holes(template as string), key).toEqual(holes(raw(messages.nl, key) as string));
    }
  });

  it('fills placeholders, empty for a missing value', () => {
    expect(translate('nl', 'start.created', { title: 'X' })).toBe('Beoordeling "X" is aangemaakt.');
    expect(translate('en', 'start.created', { title: 'X' })).toBe('Assessment "X" was created.');
    expect(translate('en', 'start.created')).toBe('Assessment "" was created.');
  });

  it('falls back to Dutch where a catalogue lacks a key', () => {
    const partial = { ...messages.en, start: { ...messages.en.start, title: undefined } } as unknown as Messages;
    expect(lookup(partial, 'start.title')).toBe(messages.nl.start.title);
    expect(lookup(partial, 'start.open')).toBe('Open');
  });

  it('refuses a key that names no message instead of showing the key', () => {
    expect(() => translate('en', 'start.nothing' as MessageKey)).toThrow(/start\.nothing/);
    expect(() => translate('nl', 'start' as MessageKey)).toThrow(/Unknown message key/);
  });

  it('reads list messages by index', () => {
    expect(translate('en', 'manual.steps.0')).toBe(messages.en.manual.steps[0]);
  });
});
