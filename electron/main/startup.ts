/**
 * The order of start-up, apart from Electron so a test can run it: only the first instance
 * starts. A second one (the user opened a file from the explorer while the app runs) gets no
 * lock, quits, and returns at once: it registers nothing, opens no window and reads no settings.
 * Electron hands its arguments to the first instance ('second-instance'), which opens the file.
 */
import { fileFromArgv } from './launch';

/** What start-up needs from Electron's app, and the start of the first instance. */
export interface StartupDeps {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  /** Everything the first instance does (schemes, handlers, window): runs only with the lock. */
  start(): void;
}

/** Starts the first instance; a second one quits without running any start-up. Answers which one this is. */
export function startup(deps: StartupDeps): 'first' | 'second' {
  if (!deps.requestSingleInstanceLock()) {
    deps.quit();
    return 'second';
  }
  deps.start();
  return 'first';
}

/** What the first instance does when a second one hands over its arguments. */
export interface SecondInstanceDeps {
  /** Brings the window to the front (restored when minimised). */
  focus(): void;
  /** Opens a file where it is (see electron/backend/documents/external.ts). */
  openFile(path: string): void;
}

/** The first instance's answer to 'second-instance': to the front, and the file the second one was given opened. */
export function onSecondInstance(argv: readonly string[], cwd: string, deps: SecondInstanceDeps): string | null {
  deps.focus();
  const file = fileFromArgv(argv, cwd);
  if (file) deps.openFile(file);
  return file;
}
