import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user folder for compiled code, where each platform keeps caches:
 * `$XDG_CACHE_HOME` or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows.
 * `LC_DOCTOR_CACHE_DIR` overrides it; set to `off` (or empty) it turns the code cache off.
 * `undefined` means "no cache": every run compiles from source, which is only slower.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const override = env.LC_DOCTOR_CACHE_DIR;
  if (override !== undefined) return override === '' || override === 'off' ? undefined : join(override, 'code');
  const base = platformCacheBase(env, platform);
  return base ? join(base, 'lc-doctor', 'code') : undefined;
}

function platformCacheBase(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA || undefined;
  const home = env.HOME || safeHomedir();
  if (platform === 'darwin') return home ? join(home, 'Library', 'Caches') : undefined;
  return env.XDG_CACHE_HOME || (home ? join(home, '.cache') : undefined);
}

function safeHomedir(): string | undefined {
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}
