/** Builds the renderer once before the tests that read the built index.html or serve it. */
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'error' });
}
