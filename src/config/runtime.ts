import { basename } from 'node:path';
import {
  configInContainer,
  containerEnvironment,
  findLibreChatService,
  loadComposeProject,
  type ComposeProject,
  type ComposeService,
  type ConfigInContainer,
  type ContainerEnvironment,
} from '../compose/index.js';
import { UsageError } from '../core/errors.js';

/** `--runtime`: how LibreChat is started. `auto` looks for compose files in the folder. */
export type RuntimeChoice = 'auto' | 'compose' | 'node';
export const RUNTIME_CHOICES: readonly RuntimeChoice[] = ['auto', 'compose', 'node'];

/**
 * Why a runtime was assumed, said in every report whose verdict depends on it (method one's
 * `${VAR}` in .env works under Compose's env_file and not under `npm run backend`).
 */
export type RuntimeReason =
  /** `--runtime` named it. */
  | 'option'
  /** A compose file in the folder has a LibreChat service. */
  | 'compose-file'
  /** No compose file in the folder: `npm run backend` (LibreChat's own dotenv reads .env). */
  | 'no-compose-file'
  /** Compose files exist but none of their services runs LibreChat. */
  | 'no-librechat-service';

export interface ComposeRuntime {
  project: ComposeProject;
  service: ComposeService;
  config: ConfigInContainer;
  environment: ContainerEnvironment;
}

export interface DeploymentRuntime {
  kind: 'compose' | 'node';
  reason: RuntimeReason;
  /** Present when kind is `compose`. */
  compose?: ComposeRuntime;
}

export async function detectRuntime(folder: string, shellEnv: NodeJS.ProcessEnv, choice: RuntimeChoice = 'auto'): Promise<DeploymentRuntime> {
  if (choice === 'node') return { kind: 'node', reason: 'option' };
  const project = await loadComposeProject(folder, shellEnv);
  const service = project ? findLibreChatService(project) : undefined;
  if (project && service) {
    const compose = { project, service, config: configInContainer(service), environment: containerEnvironment(service) };
    return { kind: 'compose', reason: choice === 'compose' ? 'option' : 'compose-file', compose };
  }
  if (choice === 'compose') {
    throw new UsageError(project ? { code: 'option.runtime-no-librechat', params: { files: project.files } } : { code: 'option.runtime-no-compose', params: { folder: basename(folder) || folder } });
  }
  return { kind: 'node', reason: project ? 'no-librechat-service' : 'no-compose-file' };
}

const EXAMPLE_ENV = /(^|[./_-])(example|sample|template|dist|defaults?)([./_-]|$)/i;

/**
 * An example env file (`.env.example`, `.env.sample`, `example.env`, ...): committed to the
 * repository, so its values are empty or placeholders on purpose. Names are checked, values not.
 */
export function isExampleEnvFile(path: string): boolean {
  const name = basename(path);
  return name !== '.env' && EXAMPLE_ENV.test(name);
}

/** The runtime as reports show it: plain data, no wording. */
export interface RuntimeSummary {
  kind: 'compose' | 'node';
  reason: RuntimeReason;
  /** Compose files read, in merge order (kind compose). */
  composeFiles?: string[];
  /** The LibreChat service (kind compose). */
  service?: string;
  /** Its image tag, when it runs an image. */
  imageTag?: string;
  /** The env file is an example: names checked, values not. */
  envIsExample: boolean;
}

/** The runtime as data for every report (validate, check-models, doctor). */
export function summarizeRuntime(runtime: DeploymentRuntime, envIsExample: boolean): RuntimeSummary {
  const compose = runtime.compose;
  const image = compose?.service.imageTag && !compose.service.built ? { imageTag: compose.service.imageTag } : {};
  const composeFields = compose ? { composeFiles: compose.project.files, service: compose.service.name, ...image } : {};
  return { kind: runtime.kind, reason: runtime.reason, ...composeFields, envIsExample };
}
