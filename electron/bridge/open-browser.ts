/** Opens an address in the user's browser when the system has a way to; never fails when it has none. */
import { spawn } from 'node:child_process';

/** The command that hands an address to the browser on this system, or null when there is no screen to show it on. */
function opener(url: string): [string, string[]] | null {
  if (process.platform === 'darwin') return ['open', [url]];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open', [url]] : null;
}

/** True when an opener was started (whether a browser then shows the page is up to the system). */
export function openBrowser(url: string): boolean {
  const command = opener(url);
  if (!command) return false;
  try {
    const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
