import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readTextFile } from '../core/read-text-file.js';
import { lookUpVersion, type VersionEvidence, type VersionSource } from '../librechat/index.js';
import { chooseTarget } from '../schema/targets.js';
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

/** A version the deployment names (not a guess), with how it was decided, in the report's terms. */
export interface NamedVersion {
  version: string;
  reason: VersionSource;
  evidence?: { file: string; value: string; known: boolean };
}

/**
 * The version a deployment's files name, decided in every command's order (`chooseTarget`):
 * `--librechat-version`, the compose image, a checkout's package.json, the config's `version:`.
 * Undefined where the order ends in a guess (nothing named, or a tag such as `latest`), so a
 * caller with better evidence of its own (clear-models-cache: the cache's key names) can use it.
 */
export async function chooseNamedVersion(input: { requested?: string; folder: string; configVersion: unknown; shellEnv?: NodeJS.ProcessEnv }): Promise<NamedVersion | undefined> {
  const evidence = input.requested ? undefined : await detectDeploymentVersion(input.folder, input.shellEnv);
  const { target, reason } = chooseTarget(input.requested, input.configVersion, evidence);
  if (reason === 'newest' || (evidence && !evidence.resolved)) return undefined;
  return { version: target.librechatVersion, reason, evidence: describeEvidence(evidence) };
}
