import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering of ARCHITECTURE.md as an allow-list per folder, proven on probe snippets linted as if
 * they lived in each folder (lintText with a filePath: nothing is written into the source tree).
 */
describe('the layering lint rules', () => {
  const eslint = new ESLint();
  const LAYERING = new Set(['local/allow-imports', 'local/known-folder', 'no-restricted-globals']);

  async function layeringErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath, warnIgnored: true });
    const messages = result?.messages ?? [];
    // An ignored or unparsable probe proves nothing: fail loudly instead of passing silently.
    const broken = messages.filter((m) => m.fatal || m.ruleId === null);
    expect(broken.map((m) => m.message)).toEqual([]);
    return messages.filter((m) => m.ruleId !== null && LAYERING.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
  }

  it.each([
    // shared/ is pure: itself, zod and jspdf; plain ES globals.
    ['shared/model/x.ts', "import { readFile } from 'node:fs';"],
    ['shared/model/x.ts', "import fs from 'fs';"],
    ['shared/model/x.ts', "import type { Stats } from 'node:fs';"],
    ['shared/model/x.ts', "import { EventEmitter } from 'events';"],
    ['shared/model/x.ts', "import writeFileAtomic from 'write-file-atomic';"],
    ['shared/model/x.ts', "import { JSDOM } from 'jsdom';"],
    ['shared/model/x.ts', "import { helper } from '../../test/x';"],
    ['shared/model/x.ts', "export { helper } from '../../test/x';"],
    ['shared/model/x.ts', "export * from 'node:path';"],
    ['shared/model/x.ts', "const fs = await import('node:fs');"],
    ['shared/model/x.ts', 'const fs = await import(`node:fs`);'],
    ['shared/model/x.ts', "const name = 'node:fs'; const fs = await import(name);"],
    ['shared/model/x.ts', "const fs = require('fs');"],
    ['shared/model/x.ts', "type Fs = typeof import('node:fs');"],
    ['shared/model/x.ts', "import { app } from 'electron';"],
    ['shared/model/x.ts', "import React from 'react';"],
    ['shared/model/x.ts', "import { observable } from 'mobx';"],
    ['shared/model/x.ts', "import { App } from '../../renderer/app';"],
    ['shared/x.ts', "import { dispatch } from '../electron/main/ipc/dispatch';"],
    ['shared/x.ts', "import { pkg } from '../package.json';"],
    ['shared/model/x.ts', 'const w = window.innerWidth;'],
    ['shared/model/x.ts', "const el = document.createElement('p');"],
    ['shared/model/x.ts', 'const home = process.env.HOME;'],
    ['shared/model/x.ts', "const b = Buffer.from('x');"],
    ['shared/model/x.ts', "const w = globalThis['window'];"],
    ['shared/model/x.ts', 'setTimeout(() => 1, 5);'],
    // renderer/: never Node, never electron/.
    ['renderer/x.ts', "import { join } from 'node:path';"],
    ['renderer/x.ts', "import { join } from 'path';"],
    ['renderer/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['renderer/x.ts', "const { join } = await import('node:path');"],
    ['renderer/stores/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/x.ts', "import { dispatch } from '../electron/main/ipc/dispatch';"],
    ['renderer/x.ts', "import { load } from '../electron/backend/documents';"],
    ['renderer/x.ts', 'const env = process.env.NODE_ENV;'],
    // electron/: never the renderer; the bridge and the CLI never electron/main.
    ['electron/main/x.ts', "import { App } from '../../renderer/app';"],
    ['electron/main/x.ts', "import React from 'react';"],
    ['electron/bridge/x.ts', "import { createMainWindow } from '../main/window';"],
    ['electron/bridge/x.ts', "import { installSecurity } from '../main/security/install';"],
    ['electron/cli.ts', "import { buildMenu } from './main/menu';"],
    ['electron/cli.ts', "import { expose } from './preload/expose';"],
    // A source file outside the known folders.
    ['tools/x.ts', "import { z } from 'zod';"],
    ['scripts/run.mjs', 'const a = 1;'],
    ['x.ts', 'const a = 1;'],
    ['renderer2/x.tsx', 'const a = 1;'],
  ])('forbids in %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/model/x.ts', "import { z } from 'zod';"],
    ['shared/report/x.ts', "import { jsPDF } from 'jspdf';"],
    ['shared/model/x.ts', "import { nl } from '../i18n/nl';"],
    ['shared/model/x.ts', "export * from './document';"],
    ['shared/model/x.ts', "const { en } = await import('../i18n/en');"],
    [
      'shared/model/x.ts',
      'const copy = structuredClone({ a: 1 }); const t = new TextDecoder().decode(new Uint8Array()); btoa(String(copy) + t);',
    ],
    ['shared/model/x.ts', 'const s = new Map<string, number>(); const p = Promise.resolve(JSON.stringify([...s]));'],
    ['renderer/x.ts', "import { contract } from '../shared/api';"],
    ['renderer/x.tsx', "import { useState } from 'react'; import { createRoot } from 'react-dom/client';"],
    ['renderer/x.ts', "import { observable } from 'mobx'; import { observer } from 'mobx-react-lite';"],
    ['renderer/report/x.ts', "import url from '../../assets/fonts/NotoSans-Bold.ttf?url';"],
    ['renderer/x.ts', "const m = await import('./wizard/wizard-screen');"],
    ['renderer/x.ts', 'const w = window.innerWidth + document.title.length;'],
    ['electron/main/x.ts', "import { contract } from '../../shared/api';"],
    ['electron/main/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['electron/main/x.ts', "import { app } from 'electron'; import Store from 'electron-store';"],
    ['electron/main/x.ts', "import Conf from 'conf';"],
    ['electron/main/x.ts', "import { createMainWindow } from './window';"],
    ['electron/bridge/x.ts', "import { workspace } from '../backend/documents/workspace';"],
    ['electron/bridge/x.ts', "import { contract } from '../../shared/api'; import { createServer } from 'node:http';"],
    ['electron/cli.ts', "import { read } from './backend/documents/read';"],
    ['test/x.test.ts', "import { JSDOM } from 'jsdom'; import { readFile } from 'node:fs'; import { App } from '../renderer/app';"],
    ['test/x.test.ts', "import { dispatch } from '../electron/main/ipc/dispatch'; const w = window; const p = process;"],
    ['vite.config.ts', "import { defineConfig } from 'vite';"],
    ['eslint/x.js', "import path from 'node:path';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
