import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../electron/backend/documents/workspace';
import { readDocumentFile } from '../../../electron/backend/documents/read';
import { LoadError, parseDocumentBytes, parseDocumentText, type LoadErrorCode } from '../../../shared/model/load';
import { newDocument } from '../../../shared/model/document';
import { describeError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { tempDir } from '../../helpers';
import { snapshot } from '../../snapshot';

const valid = JSON.stringify(newDocument('geldig-document', 'Geldig', '2026-01-01T00:00:00.000Z'));
const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** Hostile inputs: each gives a LoadError of a known kind, never a crash. */
const hostile: [string, () => Uint8Array, LoadErrorCode][] = [
  ['an empty file', () => new Uint8Array(0), 'file-empty'],
  ['only white space', () => utf8('  \n\t '), 'file-empty'],
  ['not JSON', () => utf8('dit is geen json'), 'file-not-json'],
  ['truncated JSON', () => utf8(valid.slice(0, valid.length / 2)), 'file-not-json'],
  ['UTF-16 with a BOM', () => utf16le(valid), 'file-utf16'],
  ['binary data', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'file-not-utf8'],
  ['NUL bytes in text', () => utf8(`{"a":"\u0000"}`), 'file-binary'],
  ['25 MB', () => new Uint8Array(25 * 1024 * 1024).fill(0x20), 'too-large'],
  ['nesting 100,000 deep', () => utf8('['.repeat(100_000) + ']'.repeat(100_000)), 'file-too-deep'],
  [
    'nesting 100,000 deep inside a valid document',
    () => utf8(valid.replace('"preparation":{', `"extra":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},"preparation":{`)),
    'file-too-deep',
  ],
  ['a JSON array', () => utf8('[1,2,3]'), 'not-an-assessment'],
  ['a JSON string', () => utf8('"hallo"'), 'not-an-assessment'],
  ['null', () => utf8('null'), 'not-an-assessment'],
  ['wrong types', () => utf8(valid.replace('"title":"Geldig"', '"title":42')), 'invalid-file'],
  ['a future schemaVersion', () => utf8(valid.replace('"schemaVersion":3', '"schemaVersion":99')), 'file-future-version'],
  ['no schemaVersion', () => utf8(valid.replace('"schemaVersion":3,', '')), 'file-unknown-version'],
  ['a string schemaVersion', () => utf8(valid.replace('"schemaVersion":3', '"schemaVersion":"2"')), 'file-unknown-version'],
  ['missing required fields', () => utf8('{"schemaVersion":3,"id":"abc"}'), 'invalid-file'],
  ['a path as id', () => utf8(valid.replace('"id":"geldig-document"', '"id":"../../etc/passwd"')), 'invalid-file'],
  [
    'an effect direction of 5',
    () => utf8(valid.replace('"effects":[]', '"effects":[{"id":"e1","optionId":"option-proposal","theme":"wonen","direction":5}]')),
    'invalid-file',
  ],
  [
    'an unknown theme',
    () => utf8(valid.replace('"effects":[]', '"effects":[{"id":"e1","optionId":"option-proposal","theme":"geluk"}]')),
    'invalid-file',
  ],
];

describe('loading untrusted bytes', () => {
  it.each(hostile)('refuses %s with a clear error in both languages', (_label, bytes, code) => {
    let error: unknown;
    try {
      parseDocumentBytes(bytes());
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).code).toBe(code);
    for (const lang of ['nl', 'en'] as const) {
      const lines = describeError((key, values) => translate(lang, key, values), (error as LoadError).info);
      // A sentence, never a bare key or an unfilled placeholder.
      for (const line of lines) expect(line).not.toMatch(/errors\.|\{\{/);
      expect(lines[0]).toMatch(/^[A-Z].{10,}/);
    }
  });

  it('reports invalid content with JSON paths', () => {
    try {
      parseDocumentText(valid.replace('"title":"Geldig"', '"title":42').replace('"isZeroOption":true', '"isZeroOption":"ja"'));
      expect.unreachable();
    } catch (err) {
      const paths = (err as LoadError).problems.map((p) => p.path);
      expect(paths).toContain('context.title');
      expect(paths).toContain('preparation.options.1.isZeroOption');
    }
  });

  it('reads a UTF-8 BOM file, and ignores __proto__ keys without polluting anything', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(valid)]);
    expect(parseDocumentBytes(bom).document.context.title).toBe('Geldig');
    const proto = valid.replace('"context":{', '"__proto__":{"polluted":true},"context":{"__proto__":{"polluted":true},');
    const { document } = parseDocumentText(proto);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((document as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
  });

  it('refuses a folder, a missing file and a large file on disk without reading it', async () => {
    const dir = await tempDir();
    await expect(readDocumentFile(dir)).rejects.toMatchObject({ code: 'not-a-file' });
    await expect(readDocumentFile(join(dir, 'nope.json'))).rejects.toMatchObject({ code: 'file-not-found' });
    const big = join(dir, 'groot.json');
    await writeFile(big, new Uint8Array(21 * 1024 * 1024));
    await expect(readDocumentFile(big)).rejects.toMatchObject({ code: 'too-large', params: { maxMb: 20 } });
  });
});

describe('importing hostile files into a workspace', () => {
  it.each(hostile)('importing %s leaves the workspace exactly as it was', async (_label, bytes, code) => {
    const dir = await tempDir();
    const workspace = createWorkspace({ dir });
    await workspace.create('Bestaand');
    await workspace.list();
    const before = await snapshot(dir);
    await expect(workspace.importBytes(bytes())).rejects.toMatchObject({ code });
    expect(await snapshot(dir)).toEqual(before);
  });

  // Changed on purpose (issue 12): only files with the document marker are the workspace's own;
  // a damaged one of those is quarantined, the same bytes under a foreign name are left alone.
  it('a hostile file under a document name is quarantined with its reason; under another name it is left alone', async () => {
    const dir = await tempDir();
    const workspace = createWorkspace({ dir });
    await workspace.create('Goed');
    await mkdir(dir, { recursive: true });
    const cases = hostile.filter(([l]) => !l.includes('25 MB'));
    const slugs = cases.map(([label]) =>
      label
        .replace(/[^a-z0-9]+/gi, '-')
        .toLowerCase()
        .replace(/^-+/, '')
        .slice(0, 50),
    );
    for (const [i, [, bytes]] of cases.entries()) {
      await writeFile(join(dir, `${slugs[i]}.impactwijzer.json`), bytes());
      await writeFile(join(dir, `vreemd-${slugs[i]}.json`), bytes());
    }
    const foreignBefore = await snapshot(dir);
    const { documents, quarantined, skipped } = await workspace.list();
    expect(documents.map((d) => d.title)).toEqual(['Goed']);
    expect(quarantined.length).toBe(cases.length);
    const codes = new Set(hostile.map(([, , c]) => c));
    for (const q of quarantined) expect(codes.has(q.reason.code as LoadErrorCode)).toBe(true);
    expect(skipped.map((s) => s.fileName).sort()).toEqual(slugs.map((s) => `vreemd-${s}.json`).sort());
    expect(new Set(skipped.map((s) => s.reason.code))).toEqual(new Set(['not-recognised']));
    for (const s of slugs) expect((await snapshot(dir))[`vreemd-${s}.json`]).toEqual(foreignBefore[`vreemd-${s}.json`]);
    // A second list does not quarantine again and finds the same.
    const again = await workspace.list();
    expect(again.documents).toHaveLength(1);
    expect(again.quarantined).toHaveLength(cases.length);
  });
});
