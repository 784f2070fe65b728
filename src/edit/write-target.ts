import type { Stats } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HandledError } from '../core/errors.js';
import { specialFileType } from '../core/read-text-file.js';

/** Where an edit of `path` really lands, and what is there now. */
export interface WriteTarget {
  /** The path as given. */
  path: string;
  /** How messages name it (as the user wrote it). */
  shown: string;
  /** The file behind any symbolic links: the edit replaces this one, so a link stays a link. */
  real: string;
  /** The current file, `null` when it does not exist yet. */
  existing: Stats | null;
}

/**
 * Resolves `path` for writing. A symlinked config (kept in another folder, or on a mounted
 * volume) is edited where it really lives; replacing the link with a regular file would leave
 * the real config unchanged. Anything but a regular file (FIFO, device, directory) is refused.
 */
export async function resolveWriteTarget(path: string, shown = path): Promise<WriteTarget> {
  const link = await lstatOrNull(path);
  if (link === null) return { path, shown, real: join(await realpath(dirname(path)).catch(() => dirname(path)), basename(path)), existing: null };
  let real: string;
  try {
    real = link.isSymbolicLink() ? await realpath(path) : path;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new HandledError({ code: 'write.dangling-link', params: { file: shown } });
    }
    throw error;
  }
  const existing = await stat(real);
  if (!existing.isFile()) {
    throw new HandledError({ code: 'write.not-regular', params: { file: shown, type: specialFileType(existing) } });
  }
  return { path, shown, real, existing };
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
