import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/e2e-electron/**', 'node_modules/**'],
    environment: 'node',
    // The command line and `npm start` follow LANG; the tests choose their language themselves.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    globalSetup: ['test/setup/build-renderer.ts', 'test/setup/build-cli.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
