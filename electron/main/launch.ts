/** What the operating system hands the app: a file to open, from the command line. */
import { extname, isAbsolute, resolve } from 'node:path';

/** Extensions of files the app opens (the file association is ".impactwijzer"). */
export const OPENABLE = ['.impactwijzer', '.json'];

/**
 * The assessment file among process arguments (the first one is the executable; flags are
 * skipped, and so is the app folder itself in development), resolved against `cwd`.
 */
export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1).reverse()) {
    if (arg.startsWith('-')) continue;
    if (!OPENABLE.includes(extname(arg).toLowerCase())) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}
