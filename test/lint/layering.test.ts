import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layering rule of ARCHITECTURE.md, proven on snippets placed in each folder. */
describe('the layering lint rule', () => {
  const eslint = new ESLint();

  async function errors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  it.each([
    ['shared/model/x.ts', "import { readFile } from 'node:fs';"],
    ['shared/model/x.ts', "import fs from 'fs';"],
    ['shared/model/x.ts', "import { app } from 'electron';"],
    ['shared/model/x.ts', "import React from 'react';"],
    ['shared/model/x.ts', "import { observable } from 'mobx';"],
    ['shared/model/x.ts', "import { App } from '../../renderer/app';"],
    ['shared/x.ts', "import { dispatch } from '../electron/main/ipc/dispatch';"],
    ['renderer/x.ts', "import { dispatch } from '../electron/main/ipc/dispatch';"],
    ['renderer/stores/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['electron/main/x.ts', "import { App } from '../../renderer/app';"],
  ])('forbids in %s: %s', async (file, code) => {
    expect(await errors(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['renderer/x.ts', "import { contract } from '../shared/api';"],
    ['electron/main/x.ts', "import { contract } from '../../shared/api';"],
    ['electron/main/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['shared/model/x.ts', "import { z } from 'zod';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await errors(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
