// Lint, including the layering rule of ARCHITECTURE.md:
//   renderer -> shared, electron -> shared; never shared -> *; never renderer <-> electron.
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'worker_threads',
  'stream',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', '../renderer', '../electron'],
              message: 'shared/ is pure: it imports nothing from renderer/ or electron/.',
            },
            {
              group: ['electron', 'electron-store', 'conf', 'react', 'react-*', 'mobx', 'mobx-*', 'i18next', ...nodeBuiltins],
              message: 'shared/ is pure TypeScript: no electron, react, mobx, DOM or node imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '../electron', '../../electron'],
              message: 'The renderer reaches the Node side only through the Backend contract (renderer/backend.ts).',
            },
            {
              group: ['electron', 'electron-store', 'conf', ...nodeBuiltins],
              message: 'The renderer runs in a sandboxed page: no electron or node modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,tsx,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '../renderer', '../../renderer', 'react', 'react-dom', 'mobx', 'mobx-react-lite'],
              message: 'electron/ never imports the renderer.',
            },
          ],
        },
      ],
    },
  },
);
