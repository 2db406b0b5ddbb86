import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import renderer from './vite.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve('electron/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...renderer,
    root: resolve('renderer'),
    build: {
      ...renderer.build,
      minify: true,
      outDir: resolve('out/renderer'),
      // The renderer's own options (its chunk groups) kept: with rolldownOptions set, vite ignores rollupOptions.
      rolldownOptions: { ...renderer.build?.rolldownOptions, input: resolve('renderer/index.html') },
    },
  },
});
