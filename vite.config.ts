import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer build, shared by `npm run web`, electron-vite and the tests. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The report worker is a module worker (renderer/report/export.ts): its lazy imports (the
  // hyphenation patterns of one language) become chunks of their own, fetched only when used.
  worker: { format: 'es' },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // No inline scripts or data-URL modules: the CSP forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
