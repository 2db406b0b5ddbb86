import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeError, errorCodes, isErrorInfo, problemsOf, type ErrorInfo } from '../../shared/errors';
import { translate, type MessageKey, type MessageValues } from '../../shared/i18n';

const t = (lang: 'nl' | 'en') => (key: MessageKey, values?: MessageValues) => translate(lang, key, values);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('error codes and their messages', () => {
  it.each(errorCodes)('%s has a message in Dutch and in English, with the same placeholders', (code) => {
    const nl = translate('nl', `errors.${code}`);
    const en = translate('en', `errors.${code}`);
    expect(nl).not.toBe(`errors.${code}`);
    expect(en).not.toBe(`errors.${code}`);
    expect(nl).not.toBe(en);
    expect(placeholders(nl)).toEqual(placeholders(en));
    // Errors the user sees on their own say what happened and what to do: at least two sentences.
    if (!code.startsWith('field-'))
      for (const text of [nl, en]) expect(text.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBeGreaterThan(1);
  });

  it('describes an error with its problems at their paths, types in words, and the rest counted', () => {
    const error: ErrorInfo = {
      code: 'invalid-file',
      params: { count: 10 },
      problems: Array.from({ length: 10 }, (_, i) => ({ code: 'field-type' as const, params: { expected: 'number' }, path: `a.${i}` })),
    };
    const nl = describeError(t('nl'), error);
    expect(nl[0]).toBe(translate('nl', 'errors.invalid-file', { count: 10 }));
    expect(nl[1]).toBe('a.0: hier hoort een getal');
    expect(nl.at(-1)).toBe('… en nog 2');
    const en = describeError(t('en'), error, 3);
    expect(en.slice(1)).toEqual([
      'a.0: this should be a number',
      'a.1: this should be a number',
      'a.2: this should be a number',
      '… and 7 more',
    ]);
    expect(describeError(t('en'), { code: 'field-value', params: { options: '"x", "y"' }, path: '' })).toEqual([
      'not an allowed value (choose from "x", "y")',
    ]);
  });

  it('turns zod issues into codes with their parameters, never zod sentences', () => {
    const schema = z.object({ a: z.string(), b: z.number().min(3), c: z.enum(['x', 'y']), d: z.array(z.number()).max(1) }).strict();
    const result = schema.safeParse({ a: 1, b: 1, c: 'z', d: [1, 2], e: 0 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(problemsOf(result.error)).toEqual([
      { code: 'field-type', params: { expected: 'string' }, path: 'a' },
      { code: 'field-too-small', params: { minimum: 3, origin: 'number' }, path: 'b' },
      { code: 'field-value', params: { options: '"x", "y"' }, path: 'c' },
      { code: 'field-too-big', params: { maximum: 1, origin: 'array' }, path: 'd' },
      { code: 'field-unknown-keys', params: { keys: 'e' }, path: '' },
    ]);
  });

  it('recognises an error from the wire only when its code is known and its parts have the right types', () => {
    expect(isErrorInfo({ code: 'disk-full', params: {} })).toBe(true);
    expect(isErrorInfo({ code: 'disk-full', params: {}, problems: [{ code: 'field-invalid', params: {}, path: 'x' }] })).toBe(true);
    for (const bad of [null, 'disk-full', { code: 'disk-full' }, { code: 'nope', params: {} }, { code: 'disk-full', params: { a: {} } }]) {
      expect(isErrorInfo(bad)).toBe(false);
    }
    expect(isErrorInfo({ code: 'internal', params: {}, problems: [{ code: 'internal', params: {} }] })).toBe(false);
  });
});
