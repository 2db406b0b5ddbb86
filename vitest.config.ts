import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/e2e-electron/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['test/setup/build-renderer.ts', 'test/setup/build-cli.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
