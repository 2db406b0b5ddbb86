/**
 * File names that are safe on every platform the app runs on. Windows reserves device names
 * (CON, PRN, AUX, NUL, COM0-9, LPT0-9), also with an extension ("con.pdf"), and drops trailing
 * dots and spaces; "." and ".." name folders, not files.
 */

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Whether a name (or the part before its first dot) is a device name Windows reserves. */
export function isReservedName(name: string): boolean {
  return RESERVED.test(name.split('.')[0]!.trim());
}

/** Whether a name is one that can never be a file: empty, only dots and spaces, or reserved. */
export function isUnsafeFileName(name: string): boolean {
  return /^[. ]*$/.test(name) || isReservedName(name);
}

/**
 * A safe file name for `name`: path separators and control characters removed, trailing dots and
 * spaces dropped, a reserved device name prefixed with "_", and `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .replace(/[/\\:*?"<>|\u0000-\u001f]/g, '')
    .replace(/[. ]+$/, '')
    .trim();
  if (/^[. ]*$/.test(cleaned)) return fallback;
  return isReservedName(cleaned) ? `_${cleaned}` : cleaned;
}
