import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { HandledError } from '../core/errors.js';
import { MAX_INPUT_BYTES } from '../core/read-text-file.js';
import { effectiveEnvironment, emptyEnv, loadEnvFile, parseEnvText, type LoadedEnv } from '../env/load-env.js';
import { loadYamlFile, parseYamlText, type LoadedYaml } from './load-yaml.js';
import { detectRuntime, isExampleEnvFile, type DeploymentRuntime, type RuntimeChoice } from './runtime.js';

/**
 * Where the config path came from, the way LibreChat decides it. Under Compose: `compose-mount`
 * is the host file mounted where LibreChat looks (/app/librechat.yaml or CONFIG_PATH);
 * `compose-unmounted` is the folder's librechat.yaml that no mount puts into the container.
 */
export type ConfigPathSource = 'option' | 'CONFIG_PATH' | 'default' | 'compose-mount' | 'compose-unmounted';

export interface DeploymentInputs {
  /** `--config`; else `CONFIG_PATH` from the process environment or .env; else `./librechat.yaml`. */
  config?: string;
  /** `--env`; else `./.env` (optional when not named explicitly). */
  env?: string;
  cwd: string;
  processEnv: NodeJS.ProcessEnv;
  /** Fetch a `CONFIG_PATH` that is an http(s) URL (LibreChat does at startup). */
  allowRemote?: boolean;
  /** How LibreChat is started (default `auto`: Compose when the folder has a compose file running it). */
  runtime?: RuntimeChoice;
}

/** A LibreChat deployment's two input files, read as LibreChat reads them. */
export interface Deployment {
  env: LoadedEnv;
  /** False when no .env exists (and none was named). */
  envFound: boolean;
  /** What LibreChat's process would see: .env under the process environment. */
  environment: Record<string, string>;
  /** The parsed config; absent when it is a URL that was not fetched. */
  config?: LoadedYaml;
  configPath: string;
  configSource: ConfigPathSource;
  configIsRemote: boolean;
  /** No config file and none required: LibreChat runs with its defaults (method one needs none). */
  configAbsent: boolean;
  /** Compose or `npm run backend`, and why; decides the environment LibreChat's process sees. */
  runtime: DeploymentRuntime;
  /** The env file is an example (`.env.example`): names are checked, values are empty on purpose. */
  envIsExample: boolean;
}

const URL_PATTERN = /^https?:\/\//i;

/** The environment half of a deployment, for commands that read no config (clear-models-cache). */
export type DeploymentEnvironment = Pick<Deployment, 'env' | 'envFound' | 'environment' | 'runtime' | 'envIsExample'>;

export async function loadDeploymentEnvironment(inputs: Omit<DeploymentInputs, 'config' | 'allowRemote'>): Promise<DeploymentEnvironment> {
  const runtime = await detectRuntime(inputs.cwd, inputs.processEnv, inputs.runtime);
  const { env, envFound } = await readEnv(inputs);
  const envIsExample = envFound && isExampleEnvFile(env.file);
  const composeReadsIt = !inputs.env || composeReadsEnvFile(runtime, resolve(inputs.cwd, inputs.env));
  return { env, envFound, envIsExample, runtime, environment: seenEnvironment(env, { example: envIsExample, otherFile: !composeReadsIt }, runtime, inputs.processEnv) };
}

export async function loadDeployment(inputs: DeploymentInputs): Promise<Deployment> {
  const { env, envFound, envIsExample, runtime, environment } = await loadDeploymentEnvironment(inputs);
  const { path: configPath, source: configSource } = chooseConfigPath(inputs, environment, runtime);
  const configIsRemote = URL_PATTERN.test(configPath);
  const base = { env, envFound, environment, configPath, configSource, configIsRemote, runtime, envIsExample };
  if (configIsRemote) {
    const config = inputs.allowRemote ? parseYamlText(configPath, await fetchRemoteConfig(configPath)) : undefined;
    return { ...base, config, configAbsent: false };
  }
  const absolute = resolve(inputs.cwd, configPath);
  if (configSource !== 'option' && !existsSync(absolute)) {
    // LibreChat runs without a librechat.yaml (method one needs none); a named path that is missing is a mistake.
    const optional = configSource === 'default' || configSource === 'compose-unmounted';
    if (optional && envFound) return { ...base, config: undefined, configAbsent: true };
    throw missingConfig(displayPath(inputs.cwd, configPath), configSource, inputs.processEnv.CONFIG_PATH?.trim() ? 'the environment' : env.file);
  }
  return { ...base, config: await loadYamlFile(absolute, displayPath(inputs.cwd, configPath)), configAbsent: false };
}

/** `--env` names a file the LibreChat service gets (env_file or the /app/.env mount), not another one. */
function composeReadsEnvFile(runtime: DeploymentRuntime, path: string): boolean {
  const compose = runtime.compose;
  if (!compose) return true;
  const read = [...compose.service.envFiles.map((f) => resolve(compose.project.folder, f)), compose.environment.mountedDotenv].filter(Boolean);
  return read.includes(path);
}

/**
 * What LibreChat's process sees. Under Compose: the container's environment (Compose's env_file
 * and environment, then LibreChat's dotenv on a mounted /app/.env). Otherwise, or when --env names
 * a file the service does not read: dotenv on that file under the process environment. An example
 * file stands for the real one, read as written.
 */
function seenEnvironment(env: LoadedEnv, chosen: { example: boolean; otherFile: boolean }, runtime: DeploymentRuntime, processEnv: NodeJS.ProcessEnv): Record<string, string> {
  if (runtime.compose && !chosen.example && !chosen.otherFile) return { ...runtime.compose.environment.values };
  return effectiveEnvironment(env, chosen.example ? {} : processEnv);
}

/** The same deployment with new texts for its files (what `--fix` would write), parsed as if read from disk. */
export function withFileTexts(deployment: Deployment, texts: { config?: string; env?: string }, processEnv: NodeJS.ProcessEnv): Deployment {
  const { config } = deployment;
  const env = texts.env === undefined ? deployment.env : parseEnvText(deployment.env.file, texts.env);
  return {
    ...deployment,
    env,
    environment: effectiveEnvironment(env, processEnv),
    config: config && texts.config !== undefined ? parseYamlText(config.file, texts.config, config.bom) : config,
  };
}

async function readEnv(inputs: DeploymentInputs): Promise<{ env: LoadedEnv; envFound: boolean }> {
  if (inputs.env) return { env: await loadEnvFile(resolve(inputs.cwd, inputs.env), displayPath(inputs.cwd, inputs.env)), envFound: true };
  const fallback = resolve(inputs.cwd, '.env');
  if (!existsSync(fallback)) return { env: emptyEnv('.env'), envFound: false };
  return { env: await loadEnvFile(fallback, displayPath(inputs.cwd, fallback)), envFound: true };
}

function chooseConfigPath(inputs: DeploymentInputs, environment: Record<string, string>, runtime: DeploymentRuntime): { path: string; source: ConfigPathSource } {
  if (inputs.config) return { path: inputs.config, source: 'option' };
  const inContainer = runtime.compose?.config;
  if (inContainer?.remote) return { path: inContainer.containerPath, source: 'CONFIG_PATH' };
  if (inContainer?.hostPath) return { path: inContainer.hostPath, source: 'compose-mount' };
  if (inContainer) return { path: 'librechat.yaml', source: 'compose-unmounted' };
  const fromEnv = environment.CONFIG_PATH?.trim();
  if (fromEnv) return { path: fromEnv, source: 'CONFIG_PATH' };
  return { path: 'librechat.yaml', source: 'default' };
}

/** A config path the user did not type names where it came from, so the fix is obvious. */
function missingConfig(shown: string, source: ConfigPathSource, envOrigin: string): HandledError {
  if (source === 'compose-mount') {
    return new HandledError({ code: 'config.mount-missing', params: { file: shown } });
  }
  if (source === 'CONFIG_PATH') {
    return new HandledError({ code: 'config.path-missing', params: { file: shown, origin: envOrigin } });
  }
  return new HandledError({ code: 'config.default-missing', params: { file: shown } });
}

/** Paths inside the working directory are shown relative (stable in reports); others as given. */
export function displayPath(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

async function fetchRemoteConfig(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: 'follow' });
    if (!response.ok) throw new HandledError({ code: 'config.fetch-status', params: { url, status: response.status } });
    return await readCappedText(response, url);
  } catch (error) {
    if (error instanceof HandledError) throw error;
    throw new HandledError({ code: 'config.fetch-failed', params: { url, reason: (error as Error).message } });
  }
}

/** The body as text, refused past the size limit local files have (a wrong URL can stream forever). */
async function readCappedText(response: Response, url: string): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_INPUT_BYTES) {
      await reader?.cancel();
      throw new HandledError({ code: 'config.remote-too-large', params: { url, limitMegabytes: MAX_INPUT_BYTES / 1024 / 1024 } });
    }
    chunks.push(chunk.value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
