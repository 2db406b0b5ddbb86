import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const START_CALLS = resolve(import.meta.dirname, 'renderer/start-calls.ts');
/** The modules of the start-calls chunk (start-calls.ts and what it imports). */
const EARLY_MODULES = /renderer[\\/](start-calls|early|token)\.ts$/;

/**
 * The start screen's backend calls go out before the renderer's code has loaded: start-calls.ts is
 * an entry of its own, which index.html runs first (`async`, a few hundred bytes) while the browser
 * still fetches and compiles main.tsx's chunk; main.tsx imports the same module and reads the answers.
 * (Vite would merge a second module script of index.html into main's chunk, hence the plugin.)
 */
function startCallsFirst(): Plugin {
  let ref = '';
  return {
    name: 'impactwijzer:start-calls-first',
    apply: 'build',
    buildStart() {
      ref = this.emitFile({ type: 'chunk', id: START_CALLS, name: 'start-calls' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId === START_CALLS);
        if (!chunk || !ref) throw new Error('vite.config.ts: the start-calls chunk is missing');
        // The chunks it imports (the modules it shares with main.tsx's chunk) are fetched with it, first and
        // at high priority (an async script is fetched at low priority otherwise).
        const imports = chunk.type === 'chunk' ? chunk.imports : [];
        return [
          ...imports.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', fetchpriority: 'high', crossorigin: true, href: `./${file}` },
            injectTo: 'head-prepend' as const,
          })),
          {
            tag: 'script',
            attrs: { type: 'module', async: true, fetchpriority: 'high', crossorigin: true, src: `./${chunk.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/** The renderer build, shared by `npm run web`, electron-vite and the tests. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), startCallsFirst()],
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
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the start screen loads is one chunk (the entry's): without this group, what the
          // lazy chunks share with the start screen (mobx, the catalogue) became a chunk of its own, and
          // two chunks fetched and compiled side by side start slower than one. The start-calls chunk stays apart.
          groups: [{ name: 'start', tags: ['$initial'], test: (id) => !EARLY_MODULES.test(id), includeDependenciesRecursively: false }],
        },
      },
    },
  },
});
