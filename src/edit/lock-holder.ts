import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds a lock, written into the lock file. A PID means something only inside one PID
 * namespace of one running kernel: containers sharing a volume each have their own PIDs. So
 * the record names that namespace, and a holder is judged dead by its PID only when the
 * judge runs in the same one; elsewhere only a stopped heartbeat tells.
 */
export interface LockHolder {
  /** Unique per acquisition: takeovers name the exact lock they replace. */
  token: string;
  pid: number;
  /** Kernel boot id + PID namespace (Linux), else the host name. */
  namespace: string;
}

let cached: string | undefined;

/** This process's PID namespace, as `LockHolder.namespace` spells it. */
export function currentNamespace(): string {
  cached ??= readNamespace();
  return cached;
}

function readNamespace(): string {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const pidNamespace = readlinkSync('/proc/self/ns/pid');
    return `${boot}/${pidNamespace}`;
  } catch {
    return `host:${hostname()}`;
  }
}

export function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.token === 'string' && Number.isInteger(value.pid) && typeof value.namespace === 'string') {
      return { token: value.token, pid: value.pid!, namespace: value.namespace };
    }
  } catch {
    // Not ours, or written by an older lc-doctor (a bare PID): judged by age alone.
  }
  return null;
}

/** Whether the holder is known to be gone: only answerable from inside its PID namespace. */
export function isKnownDead(holder: LockHolder): boolean {
  if (holder.namespace !== currentNamespace()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
