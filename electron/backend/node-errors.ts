import { BackendError, type ErrorCode } from '../../shared/errors';

/** Node's error codes that mean the same to the user wherever they arise. */
const BY_ERRNO: Record<string, ErrorCode> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
};

/** The errno code of a Node error, if it has one. */
export function errnoOf(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A full disk, a read-only folder or a refused permission as a BackendError; anything else as it was. */
export function fromNodeError(err: unknown): unknown {
  const code = BY_ERRNO[errnoOf(err) ?? ''];
  return code ? new BackendError(code) : err;
}

/** Runs a file-system effect; the errors the user can act on become codes. */
export async function withDiskErrors<T>(effect: () => Promise<T>): Promise<T> {
  try {
    return await effect();
  } catch (err) {
    throw fromNodeError(err);
  }
}
