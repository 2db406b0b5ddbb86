import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenKeys, messages, translate } from '../../../shared/i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('the message catalogue', () => {
  const nlKeys = flattenKeys(messages.nl).sort();
  const enKeys = flattenKeys(messages.en).sort();

  it('has the same keys in Dutch and English', () => {
    expect(enKeys.filter((k) => !nlKeys.includes(k))).toEqual([]);
    expect(nlKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('has no empty message, and the same placeholders in both languages', () => {
    for (const key of nlKeys) {
      const nl = translate('nl', key);
      const en = translate('en', key);
      expect(nl.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(holes(en), key).toEqual(holes(nl));
    }
  });

  it('has every key the renderer asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('renderer')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    // A key may also name a list or group read with returnObjects (e.g. manual.steps).
    const known = (key: string) => nlKeys.includes(key) || nlKeys.some((k) => k.startsWith(`${key}.`));
    expect([...used].filter((key) => !known(key))).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(translate('nl', 'start.created', { title: 'X' })).toBe('Beoordeling "X" is aangemaakt.');
    expect(translate('en', 'start.created', { title: 'X' })).toBe('Assessment "X" was created.');
  });
});
