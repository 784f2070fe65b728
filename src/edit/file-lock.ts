import { randomBytes } from 'node:crypto';
import { link, open, readdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HandledError } from '../core/errors.js';
import { explainWriteFailure, removeOrphanTemps } from './file-transaction.js';
import { currentNamespace, isKnownDead, parseHolder, type LockHolder } from './lock-holder.js';
import { resolveWriteTarget } from './write-target.js';

/**
 * An advisory lock beside the edited file (`<file>.lock`). Two lc-doctor runs on the same file
 * take turns, and each re-reads the file after taking the lock, so neither loses the other's
 * update. The lock appears whole or not at all (hard-linked from a finished temp file), names
 * its holder, and is kept fresh by a heartbeat while held. A lock whose holder is known dead is
 * taken over at once; one whose holder cannot be checked (another container) once its
 * heartbeat stops. A takeover replaces exactly the lock that was judged, never a newer one.
 */

export interface LockOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** A lock whose heartbeat is older than this (ms) is abandoned. */
  staleMs?: number;
}

/** A lock file written by an older lc-doctor (no holder record) is abandoned after this long. */
const UNRECORDED_STALE_MS = 2_000;

/** A file to lock: its absolute path, and how messages name it. */
export interface LockedFile {
  path: string;
  shown: string;
}

/** Runs `action` holding the lock of every file (their real files, behind symbolic links). */
export async function withFileLocks<T>(paths: ReadonlyArray<string | LockedFile>, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const targets = await Promise.all(paths.map((file) => (typeof file === 'string' ? resolveWriteTarget(file) : resolveWriteTarget(file.path, file.shown))));
  const shownByReal = new Map(targets.map((target) => [target.real, target.shown]));
  const files = [...shownByReal.keys()].sort();
  const held: HeldLock[] = [];
  try {
    for (const file of files) held.push(await acquire(`${file}.lock`, options).catch((error: unknown) => Promise.reject(explainWriteFailure(error, shownByReal.get(file)!))));
    for (const file of files) {
      await removeOrphanTemps(file);
      await removeOrphanLockTemps(`${file}.lock`, 60_000);
    }
    return await action();
  } finally {
    for (const lock of held.reverse()) await release(lock);
  }
}

interface HeldLock {
  path: string;
  holder: LockHolder;
  heartbeat: NodeJS.Timeout;
}

/** A lock file as seen at one moment; `key` names that exact lock for a takeover. */
interface SeenLock {
  holder: LockHolder | null;
  key: string;
  ageMs: number;
}

async function acquire(lock: string, options: LockOptions): Promise<HeldLock> {
  const staleMs = options.staleMs ?? 10_000;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const holder: LockHolder = { token: randomBytes(8).toString('hex'), pid: process.pid, namespace: currentNamespace() };
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(lock, holder)) return { path: lock, holder, heartbeat: startHeartbeat(lock, staleMs) };
    const seen = await inspect(lock);
    if (seen !== null && isAbandoned(seen, staleMs)) await takeOver(lock, seen, staleMs);
    else if (seen !== null) await new Promise((resolve) => setTimeout(resolve, Math.min(20 + attempt * 10, 200)));
    if (Date.now() > deadline) {
      throw new HandledError({ code: 'write.locked', params: { lock } });
    }
  }
}

async function tryCreate(lock: string, holder: LockHolder): Promise<boolean> {
  const temp = join(dirname(lock), `.${basename(lock)}.${holder.token}.new`);
  try {
    await writeFile(temp, JSON.stringify(holder), { flag: 'wx', mode: 0o644 });
    await link(temp, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function inspect(lock: string): Promise<SeenLock | null> {
  let handle;
  try {
    handle = await open(lock, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const [info, text] = [await handle.stat(), await handle.readFile('utf8')];
    const holder = parseHolder(text);
    return { holder, key: holder?.token ?? `${info.ino}-${Math.round(info.mtimeMs)}`, ageMs: Date.now() - info.mtimeMs };
  } finally {
    await handle.close();
  }
}

function isAbandoned(seen: SeenLock, staleMs: number): boolean {
  if (seen.holder === null) return seen.ageMs > Math.min(staleMs, UNRECORDED_STALE_MS);
  return isKnownDead(seen.holder) || seen.ageMs > staleMs;
}

/**
 * Removes the abandoned lock `seen`, unless it was replaced meanwhile. Racing runs first create
 * `<lock>.<key>.takeover` exclusively: only its creator may delete the lock, and only while the
 * lock still is the one judged, so a run that judged late never deletes a live successor.
 */
async function takeOver(lock: string, seen: SeenLock, staleMs: number): Promise<void> {
  const claim = `${lock}.${seen.key}.takeover`;
  let handle;
  try {
    handle = await open(claim, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A claim outlives its creator only if that run was killed within the takeover itself.
    const age = await stat(claim).then((info) => Date.now() - info.mtimeMs, () => 0);
    if (age > staleMs) await unlink(claim).catch(() => undefined);
    return;
  }
  try {
    const now = await inspect(lock);
    if (now !== null && now.key === seen.key) await unlink(lock).catch(() => undefined);
  } finally {
    await handle.close();
    await unlink(claim).catch(() => undefined);
  }
}

function startHeartbeat(lock: string, staleMs: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    const now = new Date();
    utimes(lock, now, now).catch(() => undefined);
  }, Math.max(staleMs / 4, 50));
  timer.unref();
  return timer;
}

/** Deletes the lock only while it is still this run's (a run frozen past `staleMs` may have lost it). */
async function release(lock: HeldLock): Promise<void> {
  clearInterval(lock.heartbeat);
  const seen = await inspect(lock.path).catch(() => null);
  if (seen?.holder?.token === lock.holder.token) await unlink(lock.path).catch(() => undefined);
}

/** Temp files of lock creation left by a killed run (named `.<file>.lock.<token>.new`). */
async function removeOrphanLockTemps(lock: string, olderThanMs: number): Promise<void> {
  const folder = dirname(lock);
  const prefix = `.${basename(lock)}.`;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !name.endsWith('.new')) continue;
    const age = await stat(join(folder, name)).then((info) => Date.now() - info.mtimeMs, () => 0);
    if (age > olderThanMs) await unlink(join(folder, name)).catch(() => undefined);
  }
}
