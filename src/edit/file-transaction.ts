import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { link, open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HandledError } from '../core/errors.js';
import type { WriteFailure } from '../core/problems.js';
import { resolveWriteTarget, type WriteTarget } from './write-target.js';

/** One file of an edit: its new bytes, and how to create it when it does not exist yet. */
export interface FileWrite {
  /** Absolute path (may be a symbolic link). */
  path: string;
  /** How messages name the file (as the user wrote it); defaults to `path`. */
  shown?: string;
  content: string | Uint8Array;
  /** Mode of a file created by this write (an existing file keeps its own mode and owner). */
  newFileMode?: number;
  /** Keep the previous version beside the file as `<file>.bak` (same mode and owner). */
  backup?: boolean;
}

interface Staged {
  target: WriteTarget;
  /** New content, flushed to disk, waiting to be renamed over the file. */
  next: string;
  /**
   * The current file under a temp name: a hard link (same inode, mode and owner, no disk space)
   * or, where the file system has none, a copy. Renamed back it undoes the edit; renamed to
   * `<file>.bak` it is the backup.
   */
  previous?: string;
  backup: boolean;
}

/**
 * Writes several files as one change: every file changes, or none does. All new contents are
 * first written to temp files beside their targets and flushed; only then are they renamed into
 * place, which needs no disk space. A rename that still fails (an immutable file) puts back the
 * files already renamed. Backups are renamed into place last, once every file is written. A
 * crash leaves each file whole, old or new; the temp files it may leave are removed by the
 * next run under the lock.
 */
export async function writeFilesTogether(writes: readonly FileWrite[]): Promise<void> {
  const staged: Staged[] = [];
  try {
    for (const write of writes) staged.push(await stage(write));
  } catch (error) {
    await discard(staged);
    const failed = writes[staged.length];
    throw explainWriteFailure(error, failed?.shown ?? failed?.path ?? '');
  }
  const done: Staged[] = [];
  try {
    for (const file of staged) {
      await rename(file.next, file.target.real);
      done.push(file);
    }
  } catch (error) {
    const failed = staged[done.length]?.target.shown ?? '';
    await rollBack(done);
    await discard(staged);
    throw explainWriteFailure(error, failed);
  }
  for (const file of staged) if (file.backup && file.previous) await rename(file.previous, `${file.target.real}.bak`).catch(() => undefined);
  await discard(staged);
  for (const folder of new Set(staged.map((file) => dirname(file.target.real)))) await syncFolder(folder);
}

async function stage(write: FileWrite): Promise<Staged> {
  const target = await resolveWriteTarget(write.path, write.shown);
  const next = await writeTemp(target.real, write.content, target.existing, write.newFileMode);
  const staged: Staged = { target, next, backup: write.backup === true };
  if (target.existing !== null) staged.previous = await keepPrevious(target.real, target.existing);
  return staged;
}

/** Temp files are named `.<file>.<pid>.<8 hex>.tmp`: `removeOrphanTemps` recognises them. */
function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes and flushes a temp file carrying `like`'s mode and (where allowed) owner. */
async function writeTemp(path: string, content: string | Uint8Array, like: Stats | null, newFileMode = 0o644): Promise<string> {
  const temp = tempName(path);
  const handle = await open(temp, 'wx', like ? 0o600 : newFileMode);
  try {
    // open()'s mode passes through the umask: set the original's mode exactly.
    if (like) await handle.chmod(like.mode & 0o7777);
    if (like) await handle.chown(like.uid, like.gid).catch(ignoreNotPermitted);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return temp;
}

async function keepPrevious(path: string, existing: Stats): Promise<string> {
  const temp = tempName(path);
  try {
    await link(path, temp);
    return temp;
  } catch {
    return writeTemp(path, await readFile(path), existing);
  }
}

function ignoreNotPermitted(error: NodeJS.ErrnoException): void {
  // Only root may give a file away; anyone else keeps the file theirs, as an editor would.
  if (error.code !== 'EPERM' && error.code !== 'EINVAL') throw error;
}

async function rollBack(done: readonly Staged[]): Promise<void> {
  for (const file of done) if (file.previous) await rename(file.previous, file.target.real).catch(() => undefined);
}

async function discard(staged: readonly Staged[]): Promise<void> {
  for (const file of staged) for (const temp of [file.next, file.previous]) if (temp) await unlink(temp).catch(() => undefined);
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  // Some file systems refuse to fsync a directory; the rename is still atomic there.
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * Removes temp files a killed run left beside `path` (and its .bak). Call it only while holding
 * the file's lock: every writer holds it, so no temp of a live run can exist meanwhile.
 */
export async function removeOrphanTemps(path: string): Promise<void> {
  const folder = dirname(path);
  const base = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const orphan = new RegExp(`^\\.${base}(?:\\.bak)?\\.\\d+\\.[0-9a-f]{8}\\.tmp$`);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) if (orphan.test(name)) await unlink(join(folder, name)).catch(() => undefined);
}

const WRITE_FAILURES: Record<string, WriteFailure> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'quota',
  EROFS: 'read-only',
  EACCES: 'permission',
  EPERM: 'not-writable',
};

/** A write failure the user can fix becomes one line; anything else stays a bug report. */
export function explainWriteFailure(error: unknown, path: string): unknown {
  if (error instanceof HandledError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const cause = WRITE_FAILURES[code];
  if (cause === undefined) return error;
  return new HandledError({ code: 'write.failed', params: { file: path, cause } }, { cause: error });
}
