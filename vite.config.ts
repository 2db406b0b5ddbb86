import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer build, shared by `npm run web`, electron-vite and the tests. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // No inline scripts or data-URL modules: the CSP forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
