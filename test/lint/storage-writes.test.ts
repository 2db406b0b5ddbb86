import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Storage owns every byte written: outside electron/backend/storage/ nothing in electron/ imports a writing call of node:fs. */
describe('the storage lint rule', () => {
  const eslint = new ESLint();
  const RULES = new Set(['no-restricted-imports', 'no-restricted-properties']);

  async function storageErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath, warnIgnored: true });
    const messages = result?.messages ?? [];
    expect(messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
    return messages.filter((m) => m.ruleId !== null && RULES.has(m.ruleId)).map((m) => m.message);
  }

  it.each([
    ['electron/backend/documents/x.ts', "import { writeFile } from 'node:fs/promises'; void writeFile;"],
    ['electron/backend/export/x.ts', "import { copyFile } from 'fs/promises'; void copyFile;"],
    ['electron/main/x.ts', "import { writeFileSync } from 'node:fs'; void writeFileSync;"],
    ['electron/cli.ts', "import { createWriteStream } from 'node:fs'; void createWriteStream;"],
    ['electron/bridge/x.ts', "import writeFileAtomic from 'write-file-atomic'; void writeFileAtomic;"],
    ['electron/backend/x.ts', "import * as fs from 'node:fs/promises'; void fs.appendFile('a', 'b');"],
  ])('forbids in %s: %s', async (file, code) => {
    expect(await storageErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['electron/backend/storage/x.ts', "import { writeFile } from 'node:fs/promises'; void writeFile;"],
    ['electron/backend/documents/x.ts', "import { readFile, rename, mkdir } from 'node:fs/promises'; void [readFile, rename, mkdir];"],
    ['electron/backend/documents/x.ts', "import { writeVerified } from '../storage/write'; void writeVerified;"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await storageErrors(file, code)).toEqual([]);
  });
});
