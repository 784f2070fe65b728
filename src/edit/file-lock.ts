import { open, readFile, stat, unlink } from 'node:fs/promises';
import { HandledError } from '../core/errors.js';

/**
 * An advisory lock beside the edited file (`<file>.lock`, created with O_EXCL). Two lc-doctor
 * runs on the same file take turns, and each re-reads the file after taking the lock, so
 * neither loses the other's update. A lock left by a dead process is taken over.
 */

export interface LockOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** A lock older than this (ms) is considered abandoned. */
  staleMs?: number;
}

export async function withFileLocks<T>(paths: readonly string[], action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const ordered = [...new Set(paths)].sort();
  const held: string[] = [];
  try {
    for (const path of ordered) held.push(await acquire(`${path}.lock`, options));
    return await action();
  } finally {
    for (const lock of held.reverse()) await unlink(lock).catch(() => undefined);
  }
}

async function acquire(lock: string, options: LockOptions): Promise<string> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx', 0o644);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await isAbandoned(lock, options.staleMs ?? 60_000)) {
      await unlink(lock).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) {
      throw new HandledError(`another process holds ${lock}`, 'wait for the other lc-doctor run to finish, or delete the .lock file if none is running');
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(20 + attempt * 10, 200)));
  }
}

async function isAbandoned(lock: string, staleMs: number): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    const pid = Number.parseInt(text, 10);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) return true;
    return Date.now() - info.mtimeMs > staleMs;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
