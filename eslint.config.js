// Lint, including the layering of ARCHITECTURE.md as an allow-list per folder (eslint/allow-imports.js):
//   renderer -> shared, electron -> shared; never shared -> *; never renderer <-> electron;
//   the bridge and the CLI use the plain-Node backend, never electron/main.
// A folder without a rule here is an error: every source file lives in a known folder.
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import local from './eslint/allow-imports.js';

const SOURCE = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';
const KNOWN = ['shared', 'renderer', 'electron', 'test', 'eslint'];
const ROOT_CONFIGS = ['eslint.config.js', 'electron.vite.config.ts', 'vite.config.ts', 'vitest.config.ts', 'playwright.config.ts'];

// shared/ runs everywhere (main, renderer, worker, CLI): plain ES, plus the few WHATWG globals that
// every one of those runtimes has. Everything else a browser or Node defines is forbidden there.
const SHARED_GLOBALS = ['TextEncoder', 'TextDecoder', 'structuredClone', 'atob', 'btoa'];
const es = new Set(Object.keys(globals.es2024));
const hostGlobals = [
  ...new Set([
    ...Object.keys(globals.browser),
    ...Object.keys(globals.worker),
    ...Object.keys(globals.serviceworker),
    ...Object.keys(globals.node),
    ...Object.keys(globals.nodeBuiltin),
    ...Object.keys(globals.commonjs),
  ]),
].filter((name) => !es.has(name) && !SHARED_GLOBALS.includes(name));
const nodeOnlyGlobals = [...new Set([...Object.keys(globals.node), ...Object.keys(globals.commonjs)])].filter(
  (name) => !es.has(name) && !(name in globals.browser) && !(name in globals.worker),
);

const allow = (options) => ({ 'local/allow-imports': ['error', options] });

// Storage owns every byte written (ARCHITECTURE.md): outside electron/backend/storage/ no code in
// electron/ imports a file-writing call of node:fs; it calls writeVerified (storage/write.ts).
const FS_WRITES = ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'copyFile', 'copyFileSync'];
const FS_WRITES_MORE = ['createWriteStream', 'cp', 'cpSync', 'truncate', 'truncateSync', 'writeSync'];
const ONLY_STORAGE_WRITES = 'Every file is written by electron/backend/storage/write.ts (writeVerified): verified and atomic.';
const storageWrites = {
  'no-restricted-imports': [
    'error',
    {
      paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
        name,
        importNames: [...FS_WRITES, ...FS_WRITES_MORE],
        message: ONLY_STORAGE_WRITES,
      })),
      patterns: [{ group: ['write-file-atomic'], message: ONLY_STORAGE_WRITES }],
    },
  ],
  'no-restricted-properties': [
    'error',
    ...[...FS_WRITES, ...FS_WRITES_MORE].map((property) => ({ object: 'fs', property, message: ONLY_STORAGE_WRITES })),
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'blob-report/**', 'dist-cli/**'] },
  ...tseslint.configs.recommended,
  {
    files: [SOURCE],
    plugins: { local },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  // Data files: long labels and descriptions are content, not code.
  { files: ['shared/framework/catalogue.ts', 'shared/framework/catalogue/*.ts', 'shared/i18n/*.ts'], rules: { 'max-len': 'off' } },
  {
    files: [SOURCE],
    ignores: [...KNOWN.map((folder) => `${folder}/**`), ...ROOT_CONFIGS],
    rules: { 'local/known-folder': ['error', { known: [...KNOWN.map((f) => `${f}/`), ...ROOT_CONFIGS].join(', ') }] },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      ...allow({
        folder: 'shared/',
        folders: ['shared/'],
        // papaparse: a pure string parser (its worker and file features are never used from shared/).
        packages: ['zod', 'jspdf', 'docx', 'papaparse', 'hyphen'],
        why: 'shared/ is pure TypeScript for every runtime: itself, zod, jspdf, docx, papaparse and hyphen only.',
      }),
      'no-restricted-globals': [
        'error',
        { name: 'globalThis', message: 'shared/ uses plain ES globals only.' },
        ...hostGlobals.map((name) => ({ name, message: `shared/ uses plain ES globals only ('${name}' belongs to a browser or Node).` })),
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...allow({
        folder: 'renderer/',
        folders: ['renderer/', 'shared/', 'assets/'],
        packages: ['react', 'react-dom', 'mobx', 'mobx-react-lite', 'jspdf', 'idb', 'exceljs'],
        why: 'The renderer is a sandboxed page: it reaches the Node side only through the Backend contract.',
      }),
      'no-restricted-globals': [
        'error',
        ...nodeOnlyGlobals.map((name) => ({ name, message: `The renderer is a sandboxed page: '${name}' is Node's.` })),
      ],
    },
  },
  {
    files: ['electron/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: allow({
      folder: 'electron/',
      folders: ['electron/', 'shared/', 'assets/', 'package.json'],
      packages: ['electron', 'electron-store', 'conf', 'zod', 'jspdf', 'vite', 'tsx', 'exceljs'],
      builtins: true,
      why: 'electron/ never imports the renderer.',
    }),
  },
  {
    files: ['electron/bridge/**', 'electron/cli.ts', 'electron/cli-entry.ts', 'electron/bin.mjs', 'electron/build-cli.mjs'],
    rules: allow({
      folder: 'electron/bridge/ and electron/cli.ts',
      folders: ['electron/', 'shared/', 'assets/', 'package.json', 'vite.config.ts', 'dist-cli/'],
      denyFolders: ['electron/main/', 'electron/preload/'],
      packages: ['conf', 'zod', 'jspdf', 'vite', 'tsx', 'esbuild'],
      builtins: true,
      why: 'The bridge and the CLI use the plain-Node backend (electron/backend/), never the Electron wiring.',
    }),
  },
  { files: ['electron/**'], ignores: ['electron/backend/storage/**'], rules: storageWrites },
  { files: ['test/**', ...ROOT_CONFIGS], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
