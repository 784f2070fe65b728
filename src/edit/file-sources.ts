import { resolve } from 'node:path';
import { MAX_EDIT_BYTES, readTextFile } from '../core/read-text-file.js';
import { writeFilesTogether, type FileWrite } from './file-transaction.js';
import { withFileLocks } from './file-lock.js';
import { resolveWriteTarget } from './write-target.js';
import type { AddEndpointPlan, PlannedFile, Sources } from './plan-add-endpoint.js';

/**
 * Reads both files; a missing file is `null` (add-endpoint creates it). Paths stay as the user
 * wrote them (for messages); `cwd` resolves relative ones. Files to edit have the lower edit cap.
 */
export async function readSources(configPath: string, envPath: string, cwd: string): Promise<Sources> {
  const limit = { maxBytes: MAX_EDIT_BYTES };
  const config = (await exists(resolve(cwd, configPath), configPath)) ? await readTextFile(resolve(cwd, configPath), 'config', configPath, limit) : null;
  const env = (await exists(resolve(cwd, envPath), envPath)) ? await readTextFile(resolve(cwd, envPath), 'env', envPath, limit) : null;
  return {
    config: { path: configPath, text: config?.text ?? null, bom: config?.bom ?? false },
    env: { path: envPath, text: env?.text ?? null, bom: env?.bom ?? false },
  };
}

/** Whether the file exists; a dangling link, a FIFO or a device is refused before anything is planned. */
async function exists(path: string, shown: string): Promise<boolean> {
  return (await resolveWriteTarget(path, shown)).existing !== null;
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
  const files = [planned.config.path, planned.env.path].map((path) => ({ path: resolve(cwd, path), shown: path }));
  return withFileLocks(files, async () => {
    const fresh = await readSources(planned.config.path, planned.env.path, cwd);
    const unchanged =
      fresh.config.text === planned.config.text && fresh.config.bom === planned.config.bom && fresh.env.text === planned.env.text && fresh.env.bom === planned.env.bom;
    const final = unchanged ? plan : replan(fresh);
    await writeFilesTogether(final.files.map((file) => toWrite(resolve(cwd, file.path), file)));
    return { plan: final, replanned: final !== plan };
  });
}

/** Both files change or neither does; each keeps its previous version as .bak. */
function toWrite(path: string, file: PlannedFile): FileWrite {
  const bom = file.bom ? '\ufeff' : '';
  // A new .env will hold keys: readable by its owner only.
  return { path, shown: file.path, content: bom + file.after, backup: true, newFileMode: file.kind === 'env' ? 0o600 : 0o644 };
}
