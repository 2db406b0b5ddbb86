/** Builds the renderer once; every end-to-end test serves this build through the bridge. */
import { build } from 'vite';

export default async function globalSetup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'error' });
}
