/** Builds the command (dist-cli/) once before the tests that run it as a process, so no test races to rebuild it. */
// @ts-expect-error: a plain JavaScript module without types
import { buildCli } from '../../electron/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
