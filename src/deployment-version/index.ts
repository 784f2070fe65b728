import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readTextFile } from '../core/read-text-file.js';
import { lookUpVersion, type VersionEvidence } from '../librechat/index.js';
import { readComposeImage } from './compose-image.js';

/**
 * Which LibreChat a deployment runs, read from the files beside its config. Every command asks
 * in the same order (src/schema/targets.ts `chooseTarget`): `--librechat-version`, then this
 * (compose image tag, then a checkout's package.json), then the config's `version:`, then the newest line.
 */
export type { VersionEvidence } from '../librechat/index.js';

/** Evidence from the deployment folder; undefined when it has neither a LibreChat compose service nor a checkout. */
export async function detectDeploymentVersion(folder: string, shellEnv: NodeJS.ProcessEnv = process.env): Promise<VersionEvidence | undefined> {
  return (await readComposeImage(folder, shellEnv)) ?? (await readCheckoutVersion(folder));
}

/** `<folder>/package.json` of a LibreChat checkout (`"name": "LibreChat", "version": "v0.8.5"`). */
async function readCheckoutVersion(folder: string): Promise<VersionEvidence | undefined> {
  const path = join(folder, 'package.json');
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse((await readTextFile(path, 'package-json', 'package.json')).text);
  } catch {
    return undefined;
  }
  const { name, version } = (parsed ?? {}) as { name?: unknown; version?: unknown };
  if (typeof name !== 'string' || name.toLowerCase() !== 'librechat' || typeof version !== 'string') return undefined;
  return { source: 'checkout', file: 'package.json', value: version, resolved: lookUpVersion(version) };
}

/** The folder a deployment lives in: the config's folder, or the working folder for a remote config. */
export function deploymentFolder(deployment: { configPath: string; configIsRemote: boolean }, cwd: string): string {
  return deployment.configIsRemote ? cwd : dirname(resolve(cwd, deployment.configPath));
}

/** A report's plain-data view of the evidence. */
export function describeEvidence(evidence: VersionEvidence | undefined): { file: string; value: string; known: boolean } | undefined {
  return evidence && { file: evidence.file, value: evidence.value, known: evidence.resolved !== undefined };
}
