import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { HandledError } from '../core/errors.js';
import { readTextFile } from '../core/read-text-file.js';
import { parseComposeEnvFile } from './env-file.js';
import { findComposeFiles } from './find-files.js';
import type { ComposeLookup } from './interpolate.js';
import { readAliases, readEnvFiles, readEnvironment, readMounts, readPorts, substituteField } from './service-parts.js';
import type { ComposeEnvEntry, ComposeMount, ComposePort, ComposeProblem, ComposeProject, ComposeService } from './types.js';

/** One service as one file declares it, before the files are merged. */
interface ServicePart {
  image?: string;
  built: boolean;
  containerName?: string;
  hostname?: string;
  aliases: string[];
  environment: Map<string, ComposeEnvEntry>;
  envFiles: { path: string; required: boolean }[];
  mounts: ComposeMount[];
  ports: ComposePort[];
}

/**
 * Reads the Compose project in `folder` the way `docker compose` would, without docker: picks the
 * files, substitutes variables from the shell and the folder's .env, merges the override, and
 * resolves each service's environment (env_file values, then `environment:` on top).
 * Returns undefined when the folder has no compose file.
 */
export async function loadComposeProject(folder: string, shellEnv: NodeJS.ProcessEnv = process.env): Promise<ComposeProject | undefined> {
  const choice = findComposeFiles(folder);
  if (!choice) return undefined;
  const problems: ComposeProblem[] = [];
  const projectEnv = await readProjectEnv(folder, shellEnv);
  const lookup: ComposeLookup = (name) => projectEnv[name];
  const parts = new Map<string, ServicePart>();
  let topName: string | undefined;
  for (const file of choice.files) {
    const document = await readComposeYaml(join(folder, file), file);
    topName = substituteField(document.name, lookup, problems) ?? topName;
    for (const [name, raw] of Object.entries(asRecord(document.services))) {
      const part = readServicePart(asRecord(raw), folder, lookup, problems);
      const previous = parts.get(name);
      parts.set(name, previous ? mergeParts(previous, part) : part);
    }
  }
  const services: ComposeService[] = [];
  for (const [name, part] of parts) services.push(await finishService(name, part, folder, lookup, problems));
  const name = normalizeProjectName(topName ?? shellEnv.COMPOSE_PROJECT_NAME ?? basename(resolve(folder)));
  return { folder, name, files: choice.files, selection: choice.selection, projectEnv, services, problems };
}

/** Compose's project environment: the folder's .env (substituted in order), under the shell. */
async function readProjectEnv(folder: string, shellEnv: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const shell = (name: string): string | undefined => shellEnv[name];
  const path = join(folder, '.env');
  const fromFile = existsSync(path) ? parseComposeEnvFile((await readTextFile(path, 'env', '.env')).text, shell) : new Map();
  const env: Record<string, string> = {};
  for (const [key, entry] of fromFile) env[key] = entry.value;
  for (const [key, value] of Object.entries(shellEnv)) if (value !== undefined) env[key] = value;
  return env;
}

async function readComposeYaml(path: string, shown: string): Promise<Record<string, unknown>> {
  const { text } = await readTextFile(path, 'compose', shown);
  try {
    return asRecord(parse(text, { merge: true, maxAliasCount: 1000 }));
  } catch (error) {
    throw new HandledError({ code: 'compose.invalid-yaml', params: { file: shown, reason: ((error as Error).message.split('\n')[0] ?? '').replace(/:$/, '') } });
  }
}

function readServicePart(raw: Record<string, unknown>, folder: string, lookup: ComposeLookup, problems: ComposeProblem[]): ServicePart {
  return {
    image: substituteField(raw.image, lookup, problems),
    built: raw.build !== undefined && raw.build !== null,
    containerName: substituteField(raw.container_name, lookup, problems),
    hostname: substituteField(raw.hostname, lookup, problems),
    aliases: readAliases(raw.networks),
    environment: readEnvironment(raw.environment, lookup, problems),
    envFiles: readEnvFiles(raw.env_file, lookup, problems),
    mounts: readMounts(raw.volumes, folder, lookup, problems),
    ports: readPorts(raw.ports, lookup, problems),
  };
}

/** The compose-spec merge: scalars replaced, environment by key, mounts by target, lists appended. */
function mergeParts(base: ServicePart, override: ServicePart): ServicePart {
  const mounts = new Map(base.mounts.map((m) => [m.target, m]));
  for (const mount of override.mounts) mounts.set(mount.target, mount);
  const envFiles = [...base.envFiles, ...override.envFiles.filter((f) => !base.envFiles.some((b) => b.path === f.path))];
  return {
    image: override.image ?? base.image,
    built: override.built || base.built,
    containerName: override.containerName ?? base.containerName,
    hostname: override.hostname ?? base.hostname,
    aliases: [...new Set([...base.aliases, ...override.aliases])],
    environment: new Map([...base.environment, ...override.environment]),
    envFiles,
    mounts: [...mounts.values()],
    ports: [...base.ports, ...override.ports],
  };
}

async function finishService(name: string, part: ServicePart, folder: string, lookup: ComposeLookup, problems: ComposeProblem[]): Promise<ComposeService> {
  const environment: Record<string, ComposeEnvEntry> = {};
  for (const envFile of part.envFiles) {
    const path = resolve(folder, envFile.path);
    const shown = relative(folder, path) || envFile.path;
    if (!existsSync(path)) {
      if (envFile.required) problems.push({ kind: 'env-file-missing', file: shown, service: name });
      continue;
    }
    const values = parseComposeEnvFile((await readTextFile(path, 'compose-env', shown)).text, lookup);
    for (const [key, entry] of values) environment[key] = { ...entry, origin: 'env_file', file: shown };
  }
  for (const [key, entry] of part.environment) environment[key] = entry;
  const hostnames = [name, part.containerName, part.hostname, ...part.aliases].filter((h): h is string => Boolean(h));
  return {
    name,
    image: part.image,
    imageTag: part.image ? imageTag(part.image) : undefined,
    built: part.built,
    containerName: part.containerName,
    hostnames: [...new Set(hostnames)],
    environment,
    envFiles: part.envFiles.map((f) => f.path),
    mounts: part.mounts,
    ports: part.ports,
  };
}

/** `registry:5000/org/name:tag@sha256:…` → `tag`; no tag means `latest`. */
export function imageTag(image: string): string {
  const withoutDigest = image.split('@')[0]!;
  const lastSegment = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  return colon === -1 ? 'latest' : lastSegment.slice(colon + 1);
}

/** Compose lower-cases the project name and keeps only `[a-z0-9_-]`. */
function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
