import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readTextFile } from '../core/read-text-file.js';
import { writeFileAtomic } from './atomic-write.js';
import { withFileLocks } from './file-lock.js';
import type { AddEndpointPlan, PlannedFile, Sources } from './plan-add-endpoint.js';

/**
 * Reads both files; a missing file is `null` (add-endpoint creates it). Paths stay as the user
 * wrote them (for messages); `cwd` resolves relative ones.
 */
export async function readSources(configPath: string, envPath: string, cwd: string): Promise<Sources> {
  const config = (await exists(resolve(cwd, configPath))) ? await readTextFile(resolve(cwd, configPath), 'config file') : null;
  const env = (await exists(resolve(cwd, envPath))) ? await readTextFile(resolve(cwd, envPath), '.env file') : null;
  return {
    config: { path: configPath, text: config?.text ?? null, bom: config?.bom ?? false },
    env: { path: envPath, text: env?.text ?? null, bom: env?.bom ?? false },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

export interface ApplyResult<P extends { files: PlannedFile[] } = AddEndpointPlan> {
  /** The plan actually written (re-planned when a file changed since it was shown). */
  plan: P;
  /** The files changed on disk had been edited by someone else in between. */
  replanned: boolean;
}

/**
 * Writes a plan under a lock on both files. The files are read again inside the lock; if they
 * changed since the plan was made, the plan is made again from what is on disk now, so a
 * concurrent run's update is kept rather than overwritten.
 */
export async function applyPlan<P extends { files: PlannedFile[] }>(plan: P, planned: Sources, replan: (sources: Sources) => P, cwd: string): Promise<ApplyResult<P>> {
  return withFileLocks([resolve(cwd, planned.config.path), resolve(cwd, planned.env.path)], async () => {
    const fresh = await readSources(planned.config.path, planned.env.path, cwd);
    const unchanged = fresh.config.text === planned.config.text && fresh.config.bom === planned.config.bom && fresh.env.text === planned.env.text && fresh.env.bom === planned.env.bom;
    const final = unchanged ? plan : replan(fresh);
    for (const file of final.files) await writeWithBackup(resolve(cwd, file.path), file);
    return { plan: final, replanned: final !== plan };
  });
}

async function writeWithBackup(path: string, file: PlannedFile): Promise<void> {
  const bom = file.bom ? '\ufeff' : '';
  if (file.before !== null) await writeFileAtomic(`${path}.bak`, bom + file.before);
  // A new .env will hold keys: readable by its owner only.
  await writeFileAtomic(path, bom + file.after, file.before === null && file.kind === 'env' ? { mode: 0o600 } : {});
}
